import { user } from "./support";
import { checkLogin, expect, expectView, GOOD_APP_PASSWORD, test } from "./wizard";

// The settings on the done page: the choice of program is kept for the session, every value
// has a Copy button that says it copied, and no snippet holds the password.

test("the program chosen is kept for the session; Copy confirms, and the clipboard holds the value", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const login = user("accepted");
  await checkLogin(page, login, GOOD_APP_PASSWORD);
  await expectView(page, "done");
  const settings = page.getByTestId("program-settings");
  await page.getByLabel("Where will you use these settings?").selectOption("home-assistant");
  await expect(settings).toHaveAttribute("data-program", "home-assistant");
  const snippet = page.locator('[data-snippet="home-assistant"]');
  await expect(snippet).toContainText("password: !secret gmail_app_password");
  await expect(snippet).toContainText("encryption: tls");

  await settings.getByRole("button", { name: "Copy the Home Assistant snippet" }).click();
  await expect(settings.getByText("Copied").first()).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.textContent());

  await page.reload();
  await expectView(page, "done");
  await expect(page.getByTestId("program-settings")).toHaveAttribute("data-program", "home-assistant");
});

test("no snippet of any program holds the password the page still has in memory", async ({ page }) => {
  const login = user("accepted");
  const canary = "Canary-done-3c9b-Pa55";
  await checkLogin(page, login, canary);
  await expectView(page, "done");
  const select = page.getByLabel("Where will you use these settings?");
  const programs = await select.locator("option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(programs.length).toBeGreaterThanOrEqual(14);
  for (const program of programs) {
    await select.selectOption(program);
    await expect(page.getByTestId("program-settings")).toHaveAttribute("data-program", program);
    expect(await page.locator("main").textContent()).not.toContain(canary);
  }
});
