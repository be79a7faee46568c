import type { Page } from "@playwright/test";
import { authsFor, user } from "./support";
import { ACCOUNT_PASSWORD, CHECK_BUTTON, expect, expectView, fillLogin, GOOD_APP_PASSWORD, test, testAgain } from "./wizard";

/** The Google buttons of the checklist page, in order, with where they go. */
async function googleLinks(page: Page) {
  return page.locator("a[data-google-link]").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
}

test("a normal password without 2-Step Verification: one checklist page → app password → done", async ({ page }) => {
  const login = user("bad-credentials");
  await fillLogin(page, login, ACCOUNT_PASSWORD);
  // Recognized as a normal password: the app-password path is offered first, the check stays possible.
  await expect(page.getByRole("radio", { name: "My normal Google password" })).toBeChecked();
  await expect(page.getByTestId("normal-password-note")).toContainText("app password");
  await page.getByRole("button", { name: "Check it anyway" }).click();

  await expectView(page, "verdict");
  const verdict = page.locator("[data-verdict]");
  await expect(verdict).toHaveAttribute("data-step", "less-secure-access");
  // Good news in its own tone, not the red of a failure; the first actions are on this screen.
  await expect(verdict).toHaveAttribute("data-tone", "nearly");
  await expect(page.getByTestId("first-action").getByRole("listitem")).toHaveText([
    "Turn on 2-Step Verification",
    "Create an app password",
    "Paste it here and test",
  ]);
  await verdict.getByRole("button", { name: "Switch to an app password" }).click();

  await expectView(page, "less-secure-access");
  await expect(page).toHaveTitle(/^Switch to an app password in three steps – Gmail SMTP Wizard$/);
  await expect(page.getByText("about 5 minutes", { exact: false })).toBeVisible();
  const items = page.locator("[data-checklist-item]");
  await expect(items).toHaveCount(3);
  // No button to the removed setting's page; the history is folded away.
  expect(await googleLinks(page)).toEqual([
    "https://myaccount.google.com/signinoptions/two-step-verification",
    "https://myaccount.google.com/apppasswords",
  ]);
  await expect(page.getByText("May 30, 2022", { exact: false })).toBeHidden();
  await page.getByText("Why doesn't my normal password work?").click();
  await expect(page.getByText("May 30, 2022", { exact: false })).toBeVisible();
  await expect(page.getByRole("img", { name: /not available for your account/i })).toBeVisible();

  // ① 2-Step Verification: its drawing, its button leading; ticked, it folds and ② leads.
  await expect(items.nth(0).getByRole("img", { name: /2-Step Verification/ })).toBeVisible();
  await expect(items.nth(0).getByRole("link", { name: "Open 2-Step Verification" })).toHaveAttribute("target", "_blank");
  // Each box is named by its item for a screen reader: "Done: Turn on 2-Step Verification".
  await items.nth(0).getByRole("checkbox", { name: "Done: Turn on 2-Step Verification" }).check();
  await expect(items.nth(0)).toHaveAttribute("data-done", "true");
  await expect(items.nth(0).getByRole("link")).toHaveCount(0);
  await expect(items.nth(1).getByRole("img", { name: /App passwords/ })).toBeVisible();
  await items.nth(1).getByRole("checkbox", { name: "Done: Create an app password" }).check();

  // ③ The test is the last item; nothing on this page offered a test before it.
  await expect(page.getByRole("button", { name: "Test again" })).toHaveCount(1);
  await expect(items.nth(2).getByRole("button", { name: "Test again" })).toBeVisible();
  await testAgain(page, GOOD_APP_PASSWORD);

  await expectView(page, "done");
  expect((await authsFor(login)).map((a) => a.code)).toEqual([535, 235]);
});

test("“Make an app password first” goes to the checklist without spending a login", async ({ page }) => {
  const login = user("bad-credentials");
  await fillLogin(page, login, ACCOUNT_PASSWORD);
  await page.getByRole("button", { name: "Make an app password first" }).click();
  await expectView(page, "less-secure-access");
  expect(await authsFor(login)).toEqual([]);
  // The address came along; the normal password did not.
  await expect(page.getByLabel("Gmail address")).toHaveValue(login);
  await expect(page.getByRole("textbox", { name: /password/i })).toHaveValue("");
  await testAgain(page, GOOD_APP_PASSWORD);
  await expectView(page, "done");
  expect((await authsFor(login)).map((a) => a.code)).toEqual([235]);
});

test("a 16-letter password is recognized as an app password before any login", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("button", { name: CHECK_BUTTON })).toBeEnabled();
  await page.getByLabel(/^Password/).fill("abcd efgh ijkl mnop");
  await expect(page.getByRole("radio", { name: "A 16-letter app password" })).toBeChecked();
  await expect(page.getByTestId("normal-password-note")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Check my login" })).toBeVisible();
});

test("2-Step Verification, opened directly, offers no test that cannot pass", async ({ page }) => {
  await page.goto("/?view=two-step-verification");
  await expectView(page, "two-step-verification");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("Turn on 2-Step Verification");
  await expect(page.getByRole("button", { name: "Next: Create an app password" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Test again" })).toHaveCount(0);
  await expect(page.getByRole("textbox", { name: /password/i })).toHaveCount(0);
});
