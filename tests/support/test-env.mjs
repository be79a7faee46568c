// @ts-check
// What every test command needs before it starts: a browser, this run's throwaway
// certificates (trusted by the app through NODE_EXTRA_CA_CERTS), and the app built.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { makeTestCertificates } from "../fake-gmail/certs.mjs";
import { bin, root } from "./paths.mjs";
import { ensureChromium, ensureSnippetTools } from "./provision.mjs";

export { bin, root };

/**
 * Runs node with these arguments in the project root; resolves with the exit code.
 * @param {string} label @param {string[]} args @param {NodeJS.ProcessEnv} env
 * @returns {Promise<number>}
 */
export function runNode(label, args, env) {
  console.log(`\n▶ ${label}`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: "inherit", env });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** @returns {Promise<{ env: NodeJS.ProcessEnv, work: string } | null>} null (after saying why) when there is no browser */
/** @param {{ snippetTools?: boolean }} [options] snippetTools: also python3 and swaks (npm test runs snippets) */
export async function prepareTestEnv(options = {}) {
  const browser = ensureChromium();
  if (!browser || (options.snippetTools && !ensureSnippetTools())) return null;
  console.log(`Browser for the tests: ${browser.path}${browser.own ? " (Playwright's own)" : ""}`);
  const work = mkdtempSync(path.join(os.tmpdir(), "gmail-smtp-wizard-test-"));
  const certs = await makeTestCertificates(path.join(work, "certs"));
  /** @type {NodeJS.ProcessEnv} */
  const env = {
    ...process.env,
    NODE_EXTRA_CA_CERTS: certs.caPath,
    FAKE_GMAIL_CERT_DIR: certs.dir,
    TEST_RUN_DIR: work,
    BROWSER: "none",
    NEXT_TELEMETRY_DISABLED: "1",
    PW_JSON_REPORT: path.join(work, "playwright.json"),
    ...(browser.own ? {} : { PW_CHROMIUM_PATH: browser.path }),
  };
  return { env, work };
}

/** @param {NodeJS.ProcessEnv} env */
export async function buildApp(env) {
  // The command-line check first: the app serves it for download (public/gmail-smtp-check.mjs).
  const cli = await runNode("Build the command-line check", ["cli/build.mjs"], env);
  if (cli !== 0) return cli;
  return runNode("Build the app", [bin("next", "dist/bin/next"), "build"], env);
}
