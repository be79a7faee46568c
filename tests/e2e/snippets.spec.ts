import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { freePort, ROOT } from "../support/server-process";
import { messagesTo, type OwnServer, ownServer, user } from "./support";
import { checkLogin, expect, expectView, GOOD_APP_PASSWORD, test } from "./wizard";

// The snippets on the done page, copied off the page as a person would, run with the real
// python3, node and swaks against the fake Gmail, for the TLS (465-style) and the STARTTLS
// (587-style) case. Each must log in and deliver one message the fake records. Certificate
// checks stay on: the throwaway CA is trusted the way each program trusts a CA.

const PASSWORD = GOOD_APP_PASSWORD.replace(/ /g, "");
const CA = () => process.env.NODE_EXTRA_CA_CERTS ?? "";

/** A folder inside the project, so the Node snippet finds the project's own nodemailer. */
function workDir(): string {
  const base = path.join(ROOT, ".test-run");
  mkdirSync(base, { recursive: true });
  return mkdtempSync(path.join(base, "snippet-"));
}

async function snippetFor(page: Page, program: "python" | "node" | "swaks"): Promise<string> {
  await page.getByLabel("Where will you use these settings?").selectOption(program);
  const code = await page.locator(`[data-snippet="${program}"]`).textContent();
  expect(code).toBeTruthy();
  expect(code).not.toContain(PASSWORD);
  return code ?? "";
}

function run(command: string, args: string[], env: Record<string, string>, cwd: string) {
  const result = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: "utf8", timeout: 60_000 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

for (const mode of ["tls", "starttls"] as const) {
  test.describe(`snippets copied off the page, ${mode}`, () => {
    let server: (OwnServer & { url: string }) | undefined;
    test.beforeAll(async () => {
      // For STARTTLS the server's TLS port is closed, so the check logs in over STARTTLS and the page proves that mode.
      if (mode === "starttls") server = await ownServer({ tlsPort: await freePort() });
    });
    test.afterAll(async () => {
      await server?.stop();
    });

    async function done(page: Page, login: string) {
      await checkLogin(page, login, GOOD_APP_PASSWORD, server?.url);
      await expectView(page, "done");
      await expect(page.getByTestId("program-settings")).toBeVisible();
    }

    test(`Python (${mode}) delivers one message`, async ({ page }) => {
      const login = user("accepted");
      await done(page, login);
      const dir = workDir();
      writeFileSync(path.join(dir, "send_test.py"), await snippetFor(page, "python"));
      const result = run("python3", ["send_test.py"], { SSL_CERT_FILE: CA(), GMAIL_APP_PASSWORD: PASSWORD }, dir);
      expect(result.output).toContain("Sent.");
      expect(result.status).toBe(0);
      expect(await messagesTo(login)).toEqual([expect.objectContaining({ from: login, to: [login], subject: "Test mail from Python" })]);
    });

    test(`Node (${mode}) delivers one message`, async ({ page }) => {
      const login = user("accepted");
      await done(page, login);
      const dir = workDir();
      writeFileSync(path.join(dir, "send-test.mjs"), await snippetFor(page, "node"));
      const result = run(process.execPath, ["send-test.mjs"], { NODE_EXTRA_CA_CERTS: CA(), GMAIL_APP_PASSWORD: PASSWORD }, dir);
      expect(result.status, result.output).toBe(0);
      expect(await messagesTo(login)).toEqual([expect.objectContaining({ from: login, to: [login], subject: "Test mail from Node.js" })]);
    });

    test(`swaks (${mode}) delivers one message, verifying the certificate`, async ({ page }) => {
      const login = user("accepted");
      await done(page, login);
      const command = (await snippetFor(page, "swaks")).trim();
      expect(command).toContain("--tls-verify");
      const result = run(
        "bash",
        ["-c", `${command} --tls-ca-path ${JSON.stringify(CA())}`],
        { SWAKS_OPT_auth_password: PASSWORD },
        workDir(),
      );
      expect(result.status, result.output).toBe(0);
      expect(result.output).not.toContain(PASSWORD);
      expect(await messagesTo(login)).toEqual([expect.objectContaining({ from: login, to: [login], subject: "Test mail from swaks" })]);
    });
  });
}
