import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { authsFor, user } from "./support";
import { ACCOUNT_PASSWORD, checkLogin, chooseRunsOn, expect, expectView, GOOD_APP_PASSWORD, test } from "./wizard";

// "Where does your program run?" and the check run there: the page serves the single-file
// check and shows the exact commands; the file, downloaded from the page into an empty folder,
// runs with plain node against the same fake Gmail.

test("a program on a server: the done page serves the check and its command, which works from an empty folder", async ({ page }) => {
  const login = user("accepted");
  await chooseRunsOn(page, "A web host or server");
  await checkLogin(page, login, GOOD_APP_PASSWORD);
  await expectView(page, "done");
  await expect(page.getByTestId("runs-elsewhere")).toContainText("your web host or server");
  const there = page.getByTestId("run-there");
  await expect(there).toHaveAttribute("open", "");
  const command = (await there.locator('[data-command="node"]').textContent()) ?? "";
  expect(command).toBe(`node gmail-smtp-check.mjs check ${login}`);
  await expect(there.locator('[data-command="docker"]')).toHaveText(
    `docker run --rm -it -v "$PWD:/w" -w /w node:22-alpine node gmail-smtp-check.mjs check ${login}`,
  );
  await expect(there.locator('[data-command="npx"]')).toHaveText(`npx gmail-smtp-wizard check ${login}`);

  const folder = mkdtempSync(path.join(os.tmpdir(), "run-there-"));
  try {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      there.getByRole("link", { name: "gmail-smtp-check.mjs" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("gmail-smtp-check.mjs");
    await download.saveAs(path.join(folder, "gmail-smtp-check.mjs"));
    // The command exactly as shown, in a plain shell, with only Node on the PATH's side.
    const out = execFileSync("/bin/sh", ["-c", command], {
      cwd: folder,
      encoding: "utf8",
      env: {
        PATH: process.env.PATH,
        NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS,
        GMAIL_SMTP_HOST: process.env.FAKE_GMAIL_HOST,
        GMAIL_SMTP_TLS_PORT: process.env.FAKE_GMAIL_TLS_PORT,
        GMAIL_SMTP_STARTTLS_PORT: process.env.FAKE_GMAIL_STARTTLS_PORT,
        GMAIL_APP_PASSWORD: GOOD_APP_PASSWORD,
        NODE_ENV: "production",
      },
    });
    expect(out).toContain("Google accepted the login.");
    expect(out).not.toContain(GOOD_APP_PASSWORD);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  // One login from the page, one from the command.
  expect((await authsFor(login)).map((a) => a.code)).toEqual([235, 235]);
});

test("the network step always offers the check from the server; open when the program runs elsewhere, folded when here", async ({
  page,
}) => {
  await page.goto("/?view=network");
  await expectView(page, "network");
  await expect(page.getByTestId("run-there")).not.toHaveAttribute("open", "");
  await expect(page.getByTestId("elsewhere")).toHaveCount(0);

  await chooseRunsOn(page, "A device like a NAS or printer");
  await page.goto("/?view=network");
  await expectView(page, "network");
  await expect(page.getByTestId("run-there")).toHaveAttribute("open", "");
  await expect(page.getByTestId("elsewhere")).toContainText("device");
  // The answer is kept for the session: the web-login step names the device too.
  await page.goto("/?view=web-login");
  await expect(page.getByTestId("elsewhere")).toContainText("device");
});

test("a program on this computer: no commands on a step that is not about the network", async ({ page }) => {
  await chooseRunsOn(page, "This computer");
  await checkLogin(page, user("app-password-required"), ACCOUNT_PASSWORD);
  await expectView(page, "verdict");
  await page.getByRole("button", { name: "Create an app password" }).click();
  await expectView(page, "app-password");
  await expect(page.getByTestId("run-there")).toHaveCount(0);
  await expect(page.getByTestId("elsewhere")).toHaveCount(0);
  await page.goto("/?view=network");
  await expectView(page, "network");
  await expect(page.getByTestId("run-there")).not.toHaveAttribute("open", "");
});
