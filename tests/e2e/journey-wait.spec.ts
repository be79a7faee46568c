import { authsFor, moveServerClock, user } from "./support";
import { ACCOUNT_PASSWORD, checkLogin, expect, expectView, test } from "./wizard";

test.describe.configure({ mode: "serial" }); // the first test moves the shared server's clock

test("too many attempts → wait: the server's countdown runs and Test again stays off until it ends", async ({ page }) => {
  const login = user("too-many-attempts");
  // Both clocks are the test's: the page's (page.clock) and the server's limits (moveServerClock).
  await page.clock.install();
  await checkLogin(page, login, ACCOUNT_PASSWORD);

  await expectView(page, "verdict");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("Google paused logins after too many tries.");
  await expect(page.locator("[data-verdict]")).toContainText("Wait about 15 minutes");
  await page.locator("[data-verdict]").getByRole("button").first().click();

  await expectView(page, "wait");
  await expect(page.getByRole("img", { name: /clock/i })).toBeVisible();
  const countdown = page.getByTestId("countdown");
  await expect(countdown).toContainText(/^(15:00|14:5\d)/);
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

  await page.clock.fastForward("15:01");
  moveServerClock(15 * 60_000 + 1000);
  await expect(countdown).toHaveCount(0);
  await expect(button).toBeEnabled();
  await page.getByRole("textbox", { name: /password/i }).fill(ACCOUNT_PASSWORD);
  await button.click();
  await expectView(page, "verdict");
  expect(await authsFor(login)).toHaveLength(2);
});

test("'Change address or password' during the pause sends no login: the plain form shows the server's countdown", async ({ page }) => {
  const login = user("too-many-attempts");
  await checkLogin(page, login, ACCOUNT_PASSWORD);
  await expectView(page, "verdict");
  await page.getByRole("button", { name: "Change address or password" }).click();
  await expectView(page, "enter");
  await page.getByLabel("Gmail address").fill(login);
  await page.getByLabel(/^Password/).fill("another password 2");
  await page.getByRole("button", { name: "Check my login" }).click();
  await expectView(page, "wait");
  await expect(page.getByTestId("countdown")).toContainText(/^1[45]:\d\d/);
  await expect(page.getByRole("button", { name: "Test again" })).toBeDisabled();
  expect(await authsFor(login)).toHaveLength(1);
});

test("the app's own limit counts down on the form and keeps the button off", async ({ page }) => {
  const login = user("bad-credentials");
  for (let i = 0; i < 5; i++) {
    await checkLogin(page, login, `wrong password ${i}`);
    await expectView(page, "verdict");
  }
  await checkLogin(page, login, "wrong password 5");
  await expect(page.getByText(/^Too many checks of this address/)).toBeVisible();
  await expect(page.getByTestId("countdown")).toBeVisible();
  await expect(page.getByRole("button", { name: "Check my login" })).toBeDisabled();
  expect(await authsFor(login)).toHaveLength(5);
});
