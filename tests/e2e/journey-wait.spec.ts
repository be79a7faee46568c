import { authsFor, user } from "./support";
import { ACCOUNT_PASSWORD, checkLogin, expect, expectView, test } from "./wizard";

test("too many attempts → wait: the countdown runs and Test again stays off until it ends", async ({ page }) => {
  const login = user("too-many-attempts");
  // The page's clock is the test's: ten minutes pass in an instant.
  await page.clock.install();
  await checkLogin(page, login, ACCOUNT_PASSWORD);

  await expectView(page, "verdict");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("Google paused logins after too many tries.");
  await page.locator("[data-verdict]").getByRole("button").first().click();

  await expectView(page, "wait");
  await expect(page.getByRole("img", { name: /clock/i })).toBeVisible();
  const countdown = page.getByTestId("countdown");
  await expect(countdown).toContainText(/^(10:00|9:5\d)/);
  const button = page.getByRole("button", { name: "Test again" });
  await expect(button).toBeDisabled();
  const first = await countdown.textContent();
  await page.clock.fastForward(2000);
  await expect(countdown).not.toHaveText(first ?? "");
  await expect(button).toBeDisabled();
  // Pressing Enter in the password box does not sneak a check past the countdown.
  await page.getByRole("textbox", { name: /password/i }).fill(ACCOUNT_PASSWORD);
  await page.getByRole("textbox", { name: /password/i }).press("Enter");
  await page.waitForTimeout(300);
  expect(await authsFor(login)).toHaveLength(1);

  await page.clock.fastForward("10:01");
  await expect(countdown).toHaveCount(0);
  await expect(button).toBeEnabled();
  await page.getByRole("textbox", { name: /password/i }).fill(ACCOUNT_PASSWORD);
  await button.click();
  await expectView(page, "verdict");
  expect(await authsFor(login)).toHaveLength(2);
});
