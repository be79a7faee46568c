import { existsSync, readdirSync, statSync, utimesSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// `gmail-smtp-wizard` with no arguments: the web wizard, through the project's own entry
// (server.mjs: the settings, 127.0.0.1 only, the Host guard, the browser), from the build
// the package carries. It never builds on the person's computer: the package holds no
// sources to build from, and no build tools.

/** The package's root folder: this file is <root>/dist/cli.mjs once built. */
export function packageRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
}

// What server.mjs compares with .next/BUILD_ID before it decides to build (its newestSource).
const SOURCES = ["app", "components", "lib", "public", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package.json"];

function newestSource(root: string): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const name of readdirSync(p)) visit(path.join(p, name));
    else newest = Math.max(newest, s.mtimeMs);
  };
  for (const r of SOURCES) visit(path.join(root, r));
  return newest;
}

/** Null when server.mjs will start without building, else the sentence to stop with. */
export function prepareBuild(root: string): string | null {
  const buildId = path.join(root, ".next", "BUILD_ID");
  const clone = existsSync(path.join(root, "app"));
  if (!existsSync(buildId)) {
    return clone
      ? "This folder has no build of the web wizard yet (.next is missing). Run npm start here: it builds once, then starts."
      : "This copy of Gmail SMTP Wizard is missing its built web app (.next), and it never builds on your computer. Install it again: npx gmail-smtp-wizard@latest";
  }
  if (statSync(buildId).mtimeMs >= newestSource(root)) return null;
  // In a clone the sources really changed: building is npm start's job, not this command's.
  if (clone) return "The build of the web wizard is older than its sources. Run npm start (or npm run build) in this folder first.";
  // In an installed package there is nothing to build from; a newer file time only means the
  // files were unpacked in another order. Mark the build current so server.mjs uses it.
  try {
    const now = new Date();
    utimesSync(buildId, now, now);
    return null;
  } catch {
    return `The built web app in ${root} looks older than its files, and this command may not update it. Install it again: npx gmail-smtp-wizard@latest`;
  }
}

export async function startWizard(): Promise<void> {
  const root = packageRoot();
  const problem = prepareBuild(root);
  if (problem) {
    process.stderr.write(`${problem}\n`);
    process.exit(1);
  }
  // Not bundled: server.mjs is the package's own file, next to the built app it serves.
  await import(pathToFileURL(path.join(root, "server.mjs")).href);
}
