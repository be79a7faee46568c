// `npm test`: every test, in one command. Makes a throwaway CA and server certificate for
// this run (trusted by the app through NODE_EXTRA_CA_CERTS), finds a browser, builds the
// app, runs Vitest (unit + integration) then Playwright (HTTP + browser), and ends with
// one line "N passed, N failed".
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { makeTestCertificates } from "./fake-gmail/certs.mjs";
import { findChromium, HOW_TO_GET_A_BROWSER } from "./support/browser.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = (pkg, file) => path.join(root, "node_modules", pkg, file);

function run(label, args, env) {
  console.log(`\n▶ ${label}`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: "inherit", env });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

const browser = findChromium();
if (!browser) {
  console.error(HOW_TO_GET_A_BROWSER);
  console.log("0 passed, 1 failed");
  process.exit(1);
}
console.log(`Browser for the tests: ${browser.path}${browser.own ? " (Playwright's own)" : ""}`);

const work = mkdtempSync(path.join(os.tmpdir(), "gmail-smtp-wizard-test-"));
const certs = await makeTestCertificates(path.join(work, "certs"));
const env = {
  ...process.env,
  NODE_EXTRA_CA_CERTS: certs.caPath,
  FAKE_GMAIL_CERT_DIR: certs.dir,
  TEST_RUN_DIR: work,
  BROWSER: "none",
  NEXT_TELEMETRY_DISABLED: "1",
  ...(browser.own ? {} : { PW_CHROMIUM_PATH: browser.path }),
  PW_JSON_REPORT: path.join(work, "playwright.json"),
};

let passed = 0;
let failed = 0;
const buildCode = await run("Build the app", [bin("next", "dist/bin/next"), "build"], env);
if (buildCode !== 0) failed += 1;

const vitestJson = path.join(work, "vitest.json");
const vitestCode = await run("Unit and integration tests (Vitest)", [bin("vitest", "vitest.mjs"), "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`], env);
const vitest = readJson(vitestJson);
passed += vitest?.numPassedTests ?? 0;
const vitestFailed = vitest?.numFailedTests ?? 0;
failed += vitestCode !== 0 && vitestFailed === 0 ? 1 : vitestFailed;

if (buildCode === 0) {
  const pwCode = await run("HTTP and browser tests (Playwright)", [bin("@playwright/test", "cli.js"), "test", ...process.argv.slice(2)], env);
  const report = readJson(env.PW_JSON_REPORT);
  const stats = report?.stats;
  passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  // A failed global setup runs no test but reports an error: count it as a failure.
  const pwFailed = (stats?.unexpected ?? 0) + (report?.errors?.length ?? 0);
  failed += pwCode !== 0 && pwFailed === 0 ? 1 : pwFailed;
}

if (existsSync(work)) rmSync(work, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
