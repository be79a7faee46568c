// `npm test`: every test, in one command. Finds a browser, makes this run's certificates,
// builds the app, runs Vitest (unit, integration and command line) then Playwright (HTTP + browser), and
// ends with one line "N passed, N failed".
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { bin, buildApp, prepareTestEnv, runNode } from "./support/test-env.mjs";

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

const prepared = await prepareTestEnv({ snippetTools: true });
if (!prepared) {
  console.log("0 passed, 1 failed");
  process.exit(1);
}
const { env, work } = prepared;

let passed = 0;
let failed = 0;
const buildCode = await buildApp(env);
if (buildCode !== 0) failed += 1;

const lintCode = await runNode("Lint and format (Biome)", [bin("@biomejs/biome", "bin/biome"), "check", "."], env);
if (lintCode === 0) passed += 1;
else failed += 1;

// The tests and scripts are type-checked too (the build checks only the app's code).
const tscCode = await runNode("Type check (tsc --noEmit)", [bin("typescript", "bin/tsc"), "--noEmit", "-p", "tsconfig.json"], env);
if (tscCode === 0) passed += 1;
else failed += 1;

const vitestJson = path.join(work, "vitest.json");
const vitestCode = await runNode(
  "Unit, integration and command-line tests (Vitest)",
  [bin("vitest", "vitest.mjs"), "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`],
  env,
);
const vitest = readJson(vitestJson);
passed += vitest?.numPassedTests ?? 0;
const vitestFailed = vitest?.numFailedTests ?? 0;
failed += vitestCode !== 0 && vitestFailed === 0 ? 1 : vitestFailed;

if (buildCode === 0) {
  const pwCode = await runNode(
    "HTTP and browser tests (Playwright)",
    [bin("@playwright/test", "cli.js"), "test", ...process.argv.slice(2)],
    env,
  );
  const report = readJson(env.PW_JSON_REPORT);
  const stats = report?.stats;
  passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  // A failed global setup runs no test but reports an error: count it as a failure.
  const pwFailed = (stats?.unexpected ?? 0) + (report?.errors?.length ?? 0);
  failed += pwCode !== 0 && pwFailed === 0 ? 1 : pwFailed;
}

rmSync(work, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
