// @ts-check
// `npm run test:pack`: the package as it would be published. `npm pack` (its prepack builds),
// the tarball installed into an empty folder with `npm install <tgz>`, then
// `npx gmail-smtp-wizard` started there against the fake Gmail: the page and a check answer,
// it did not build, and the installed `check` and single file work. Needs the npm registry
// (the package's dependencies are installed from it). Prints one line per assertion, then
// "N passed, N failed".
//   node tests/cli/pack-smoke.mjs [--keep]    --keep: leave the temporary folder
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { makeTestCertificates } from "../fake-gmail/certs.mjs";
import { startFakeGmail } from "../fake-gmail/server.mjs";
import { root } from "../support/paths.mjs";

const work = mkdtempSync(path.join(os.tmpdir(), "gmail-smtp-pack-"));
let passed = 0;
let failed = 0;
/** @param {boolean} ok @param {string} what @param {string} [detail] */
function expect(ok, what, detail = "") {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? "✓" : "✗"} ${what}${ok || !detail ? "" : `\n    ${detail.split("\n").join("\n    ")}`}`);
}

/** @returns {Promise<number>} */
const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const port = /** @type {net.AddressInfo} */ (s.address()).port;
      s.close(() => resolve(port));
    });
  });

/** @param {string} cmd @param {string[]} args @param {import("node:child_process").ExecFileSyncOptions} [options] */
const run = (cmd, args, options = {}) =>
  execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...options }).toString();

/** Runs to the end; resolves with the exit code and output. @param {string} cmd @param {string[]} args @param {object} options */
function runAsync(cmd, args, options) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout?.on("data", (d) => (out += d));
    child.stderr?.on("data", (d) => (out += d));
    child.on("close", (code) => resolve({ code, out }));
  });
}

const certs = await makeTestCertificates(path.join(work, "certs"));
const fake = await startFakeGmail({ certDir: certs.dir });
/** @type {import("node:child_process").ChildProcess | undefined} */
let server;

try {
  // 1. npm pack: prepack builds (npm run build: the command line, then next build).
  console.log("npm pack (its prepack builds the app; about a minute)…");
  // The build's own output comes first on standard output, then npm's JSON.
  const packOut = run("npm", ["pack", "--json", "--pack-destination", work], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  const packed = JSON.parse(packOut.slice(packOut.search(/^\[\s*\{\s*"id": "gmail-smtp-wizard@/m)))[0];
  const tgz = path.join(work, packed.filename);
  const files = packed.files.map((/** @type {{ path: string }} */ f) => f.path);
  console.log(
    `  ${packed.filename}: ${(packed.size / 1024).toFixed(0)} kB packed, ${(packed.unpackedSize / 1024).toFixed(0)} kB unpacked, ${files.length} files`,
  );
  for (const needed of [
    "server.mjs",
    "lib/config/settings.mjs",
    "lib/guard/headers.mjs",
    "lib/guard/loopback.mjs",
    ".next/BUILD_ID",
    "dist/cli.mjs",
    "public/gmail-smtp-check.mjs",
    "package.json",
  ]) {
    expect(files.includes(needed), `the tarball holds ${needed}`);
  }
  const stray = files.filter(
    (/** @type {string} */ f) => /^\.next\/(cache|dev|build)\/|\.map$/.test(f) || /^(app|components|tests|cli)\//.test(f),
  );
  expect(stray.length === 0, "the tarball holds no build cache, source maps or sources", stray.slice(0, 10).join("\n"));
  expect(packed.size < 5 * 1024 * 1024, `the tarball is under 5 MB (${(packed.size / 1024 / 1024).toFixed(1)} MB)`);
  const packedBuildId = readFileSync(path.join(root, ".next", "BUILD_ID"), "utf8");

  // 2. Into an empty folder, as a person would: npm install <tgz>.
  const app = path.join(work, "empty");
  mkdirSync(app);
  console.log("npm install <tarball> into an empty folder…");
  run("npm", ["install", tgz, "--no-audit", "--no-fund", "--loglevel=error"], { cwd: app, maxBuffer: 64 * 1024 * 1024 });
  const installed = path.join(app, "node_modules", "gmail-smtp-wizard");
  expect(existsSync(path.join(installed, ".next", "BUILD_ID")), "the installed package carries the built app");

  // 3. npx gmail-smtp-wizard: the web wizard, exactly as npm start, from the packed build.
  const port = await freePort();
  /** @type {Record<string, string | undefined>} */
  const env = {
    ...process.env,
    BROWSER: "none",
    PORT: String(port),
    GMAIL_SMTP_HOST: fake.host,
    GMAIL_SMTP_TLS_PORT: String(fake.tlsPort),
    GMAIL_SMTP_STARTTLS_PORT: String(fake.starttlsPort),
    NODE_EXTRA_CA_CERTS: certs.caPath,
  };
  delete env.GMAIL_APP_PASSWORD;
  let output = "";
  server = spawn("npx", ["--no-install", "gmail-smtp-wizard"], {
    cwd: app,
    env: /** @type {NodeJS.ProcessEnv} */ (env),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (d) => (output += d));
  server.stderr?.on("data", (d) => (output += d));
  const started = Date.now();
  while (!output.includes("is running at") && server.exitCode === null && Date.now() - started < 60_000) {
    await new Promise((r) => setTimeout(r, 200));
  }
  expect(output.includes(`is running at http://127.0.0.1:${port}/`), `npx gmail-smtp-wizard starts (${Date.now() - started} ms)`, output);

  const base = `http://127.0.0.1:${port}`;
  const page = await fetch(`${base}/`);
  const html = await page.text();
  expect(page.status === 200 && html.includes("Gmail SMTP Wizard"), `GET / answers 200 with the page`, `${page.status}`);
  const csp = page.headers.get("content-security-policy") ?? "";
  expect(csp.includes("default-src 'self'"), "with server.mjs's security headers");
  // fetch() will not send another Host; node:http will.
  const foreign = await new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: "/", headers: { Host: "evil.example" } }, (res) => resolve(res.statusCode))
      .on("error", reject);
  });
  expect(foreign === 421, "a foreign Host gets 421 (server.mjs's guard)", `${foreign}`);

  const download = await fetch(`${base}/gmail-smtp-check.mjs`);
  const served = await download.text();
  expect(
    download.status === 200 && served === readFileSync(path.join(installed, "public", "gmail-smtp-check.mjs"), "utf8"),
    "GET /gmail-smtp-check.mjs serves the single file",
    `${download.status}`,
  );

  /** @param {string} email */
  const apiCheck = async (email) => {
    const res = await fetch(`${base}/api/check`, {
      method: "POST",
      headers: { Origin: base, "Content-Type": "application/json" },
      body: JSON.stringify({ email, password: "Canary-pack-1" }),
    });
    return { status: res.status, body: await res.json() };
  };
  const ok = await apiCheck("accepted--pack1@gmail.com");
  expect(ok.status === 200 && ok.body.verdict === "ok", "POST /api/check against the fake: ok", JSON.stringify(ok));
  const refused = await apiCheck("bad-credentials--pack1@gmail.com");
  expect(
    refused.status === 200 && refused.body.verdict === "bad-credentials",
    "POST /api/check against the fake: bad-credentials",
    JSON.stringify(refused),
  );

  expect(!/Building/i.test(output), "it did not build", output);
  expect(readFileSync(path.join(installed, ".next", "BUILD_ID"), "utf8") === packedBuildId, ".next/BUILD_ID is the packed one");
  expect(!existsSync(path.join(installed, ".next", "cache", "swc")), "no compiler cache appeared");

  // 4. The installed command's check, and the single file from a folder with nothing else.
  const cliEnv = { ...env, GMAIL_APP_PASSWORD: "Canary-pack-2" };
  const check = /** @type {{ code: number, out: string }} */ (
    await runAsync("npx", ["--no-install", "gmail-smtp-wizard", "check", "app-password-required--pack2@gmail.com"], {
      cwd: app,
      env: cliEnv,
    })
  );
  expect(
    check.code === 1 && check.out.includes("InvalidSecondFactor"),
    "npx gmail-smtp-wizard check: exit 1 for app-password-required",
    check.out,
  );
  const lone = path.join(work, "lone");
  mkdirSync(lone);
  copyFileSync(path.join(installed, "public", "gmail-smtp-check.mjs"), path.join(lone, "gmail-smtp-check.mjs"));
  const single = /** @type {{ code: number, out: string }} */ (
    await runAsync(process.execPath, ["gmail-smtp-check.mjs", "check", "accepted--pack3@gmail.com"], { cwd: lone, env: cliEnv })
  );
  expect(
    single.code === 0 && single.out.includes("235 2.7.0 Accepted"),
    "node gmail-smtp-check.mjs check, alone in a folder: exit 0",
    single.out,
  );
  expect(!`${check.out}${single.out}${output}`.includes("Canary"), "no password in any output");
} catch (err) {
  expect(false, "the pack run itself", err instanceof Error ? `${err.message}\n${/** @type {any} */ (err).stderr ?? ""}` : String(err));
} finally {
  if (server?.pid && server.exitCode === null) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  await fake.close();
  if (!process.argv.includes("--keep")) rmSync(work, { recursive: true, force: true });
  else console.log(`Kept ${work}`);
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
