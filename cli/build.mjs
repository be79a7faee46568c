// @ts-check
// Builds the command line with esbuild: dist/cli.mjs (the package's `gmail-smtp-wizard`
// command) and public/gmail-smtp-check.mjs (the check alone in one file that needs only
// Node 20+, served by the web app for download). Both carry everything they use (lib/,
// nodemailer, zod, commander, @clack/prompts, picocolors) and the licences of what they carry.
//
//   node cli/build.mjs                 both, into dist/ and public/ (npm run build does this first)
//   node cli/build.mjs --out-dir DIR   both into DIR (the tests build into a folder of their own)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));

/** @param {string[]} argv */
function outputs(argv) {
  const at = argv.indexOf("--out-dir");
  if (at >= 0) {
    const dir = path.resolve(argv[at + 1] ?? "");
    return { bin: path.join(dir, "cli.mjs"), single: path.join(dir, "gmail-smtp-check.mjs") };
  }
  return { bin: path.join(root, "dist", "cli.mjs"), single: path.join(root, "public", "gmail-smtp-check.mjs") };
}

/** `import "server-only"` marks lib files that must never reach the page; here it is an empty module. */
/** @type {esbuild.Plugin} */
export const serverOnly = {
  name: "server-only",
  setup(build) {
    build.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
    build.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "", loader: "js" }));
  },
};

const HEADER = (/** @type {string} */ what) =>
  [
    "#!/usr/bin/env node",
    `// ${what} — Gmail SMTP Wizard ${pkg.version}. Built by cli/build.mjs; the third-party licences are at the end.`,
    // nodemailer is CommonJS and requires Node's modules: give it a require in this ES module.
    'import { createRequire as __wizardCreateRequire } from "node:module";',
    "const require = __wizardCreateRequire(import.meta.url);",
  ].join("\n");

/**
 * The licence of every package bundled into a file, from its metafile inputs.
 * @param {esbuild.Metafile} meta @param {string} output
 */
function licences(meta, output) {
  const out = meta.outputs[path.relative(root, output)] ?? Object.values(meta.outputs)[0];
  /** @type {Map<string, string>} */
  const dirs = new Map();
  for (const input of Object.keys(out?.inputs ?? {})) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m?.[1]) dirs.set(m[1], m[1]);
  }
  const parts = [];
  for (const dir of [...dirs.keys()].sort()) {
    const abs = path.resolve(root, dir);
    const info = JSON.parse(readFileSync(path.join(abs, "package.json"), "utf8"));
    const file = ["LICENSE", "LICENSE.md", "LICENSE.txt", "license", "LICENCE"]
      .map((f) => path.join(abs, f))
      .find((f) => {
        try {
          return readFileSync(f, "utf8").length > 0;
        } catch {
          return false;
        }
      });
    const text = file ? readFileSync(file, "utf8").trim() : `License: ${info.license}`;
    parts.push(`${info.name} ${info.version} (${info.license})\n\n${text.replaceAll("*/", "* /")}`);
  }
  return `\n/*\nThird-party software bundled in this file:\n\n${parts.join("\n\n---\n\n")}\n*/\n`;
}

/**
 * How lib/ code is bundled for plain Node: the "@/" paths of tsconfig.json, "server-only" as
 * an empty module, everything else bundled in (the tests bundle the API route the same way).
 * @type {esbuild.BuildOptions}
 */
export const NODE_BUNDLE = {
  absWorkingDir: root,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  tsconfig: path.join(root, "tsconfig.json"),
  plugins: [serverOnly],
  define: { __WIZARD_VERSION__: JSON.stringify(pkg.version) },
};

/** @param {{ entry: string, outfile: string, what: string }} o */
async function bundle({ entry, outfile, what }) {
  mkdirSync(path.dirname(outfile), { recursive: true });
  const result = await esbuild.build({
    ...NODE_BUNDLE,
    entryPoints: [path.join(root, entry)],
    outfile,
    banner: { js: HEADER(what) },
    legalComments: "none",
    metafile: true,
    write: false,
    logLevel: "warning",
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error(`esbuild wrote nothing for ${entry}`);
  writeFileSync(outfile, file.text + licences(result.metafile, outfile), { mode: 0o755 });
  return outfile;
}

export async function buildCli(argv = process.argv.slice(2)) {
  const out = outputs(argv);
  return Promise.all([
    bundle({ entry: "cli/bin.ts", outfile: out.bin, what: "gmail-smtp-wizard: the web wizard and `check`" }),
    bundle({
      entry: "cli/single-file.ts",
      outfile: out.single,
      what: "gmail-smtp-check.mjs: `node gmail-smtp-check.mjs check you@gmail.com`",
    }),
  ]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = await buildCli();
  for (const f of files) console.log(`Built ${path.relative(process.cwd(), f)}`);
}
