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

  // Added to configuration.yaml, never saved over it; the secrets line is only the line.
  await expect(settings).toContainText("Add this to configuration.yaml:");
  await expect(page.locator('[data-snippet-setup="home-assistant"]')).toHaveText('gmail_app_password: ""');
  await settings.getByRole("button", { name: "Copy YAML (the Home Assistant snippet)" }).click();
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

test("each snippet is a numbered recipe, its lines wrap instead of hiding past the edge, and options are chosen, not copied", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const login = user("accepted");
  await checkLogin(page, login, GOOD_APP_PASSWORD);
  await expectView(page, "done");
  await expect(page.locator("[data-verdict] > p").first()).not.toContainText(/SSL\/TLS|port/);
  await expect(page.getByText("Details: the login check")).toBeVisible();

  const settings = page.getByTestId("program-settings");
  // WP Mail SMTP: a menu choice has no Copy button, a typed value has one.
  await expect(settings.locator('[data-field="Mailer"]')).toContainText("Choose this option.");
  await expect(settings.locator('[data-field="Mailer"]').getByRole("button")).toHaveCount(0);
  await expect(settings.locator('[data-field="SMTP Host"]').getByRole("button", { name: /^Copy/ })).toHaveCount(1);
  await expect(settings.locator('[data-field="SMTP Password"]')).toContainText("In your program's password box");

  await page.getByLabel("Where will you use these settings?").selectOption("python");
  const steps = page.getByTestId("snippet-steps").locator(":scope > li");
  await expect(steps).toHaveCount(3);
  // Numbered: a list item that is a flex box loses its number.
  expect(await steps.evaluateAll((els) => els.map((el) => getComputedStyle(el).display))).toEqual(["list-item", "list-item", "list-item"]);
  await expect(steps.nth(0)).toContainText("In a terminal (macOS or Linux)");
  await expect(steps.nth(1)).toContainText("Save this as send_test.py:");
  await expect(page.locator('[data-snippet-run="python"]')).toHaveText("python3 send_test.py");
  await expect(settings).toContainText("PowerShell 7");
  for (const block of await settings.locator("pre").all()) {
    const fits = await block.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
    expect(fits, (await block.textContent()) ?? "").toBe(true);
  }
});

test("on a laptop the Copy buttons of the settings line up at the right", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await checkLogin(page, user("accepted"), GOOD_APP_PASSWORD);
  await expectView(page, "done");
  const buttons = page.getByTestId("program-settings").locator("dl [data-field] button");
  const rights = await buttons.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().right)));
  expect(rights.length).toBeGreaterThan(3);
  expect(new Set(rights).size).toBe(1);
});
