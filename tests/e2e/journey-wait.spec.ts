import { authsFor, moveServerClock, user } from "./support";
import { ACCOUNT_PASSWORD, CHECK_BUTTON, checkLogin, expect, expectView, GOOD_APP_PASSWORD, test } from "./wizard";

test.describe.configure({ mode: "serial" }); // the first test moves the shared server's clock

test("too many attempts → wait: the server's countdown runs and Test again stays off until it ends", async ({ page }) => {
  const login = user("too-many-attempts");
  // Both clocks are the test's: the page's (page.clock) and the server's limits (moveServerClock).
  await page.clock.install();
  await checkLogin(page, login, ACCOUNT_PASSWORD);

  await expectView(page, "verdict");
  // First words: stop the program that keeps retrying (each try extends the pause).
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(
    "Stop your program from retrying: Google paused logins after too many tries.",
  );
  await expect(page.locator("[data-verdict]")).toHaveAttribute("data-tone", "wait");
  await expect(page.locator("[data-verdict]")).toContainText("Wait about 15 minutes");
  await expect(page.getByTestId("first-action")).toContainText("Pause every program that sends mail with this account");
  await page.locator("[data-verdict]").getByRole("button", { name: "Wait, then test again" }).click();

  await expectView(page, "wait");
  // The live clock leads the page, above the drawing; the security-activity link opens the notifications.
  const big = page.getByTestId("big-countdown");
  await expect(big).toContainText(/1[45]:\d\d/);
  const clockImage = page.getByRole("img", { name: /clock/i });
  await expect(clockImage).toBeVisible();
  expect((await big.boundingBox())?.y ?? 1e9).toBeLessThan((await clockImage.boundingBox())?.y ?? 0);
  await expect(page.getByRole("link", { name: "Recent security activity" })).toHaveAttribute(
    "href",
    "https://myaccount.google.com/notifications",
  );
  // A normal password: the wait is the time to make an app password.
  await expect(page.getByTestId("while-you-wait")).toContainText("While you wait: create an app password");
  // And the test box asks for one: the same normal password would fail again after the wait.
  await expect(page.getByRole("textbox", { name: "App password" })).toBeVisible();
  await expect(page.getByText("your normal password won't work, even after the pause")).toBeVisible();
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
  // Still paused: the verdict says so, with the try number.
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("Google still has logins paused for this account.");
  await expect(page.getByTestId("try-number")).toContainText("Try 2");
});

test("454 → wait → the countdown ends → test again → done", async ({ page }) => {
  const login = user("too-many-attempts-once");
  await page.clock.install();
  await checkLogin(page, login, GOOD_APP_PASSWORD);
  await expectView(page, "verdict");
  await page.locator("[data-verdict]").getByRole("button", { name: "Wait, then test again" }).click();
  await expectView(page, "wait");
  // An app password was used: no advice to make one.
  await expect(page.getByTestId("while-you-wait")).toHaveCount(0);
  const button = page.getByRole("button", { name: "Test again" });
  await expect(button).toBeDisabled();
  await page.clock.fastForward("15:01");
  moveServerClock(15 * 60_000 + 1000);
  await expect(page.getByTestId("big-countdown")).toContainText("The wait is over");
  await expect(button).toBeEnabled();
  await page.getByRole("textbox", { name: /password/i }).fill(GOOD_APP_PASSWORD);
  await button.click();
  await expectView(page, "done");
  expect((await authsFor(login)).map((a) => a.code)).toEqual([454, 235]);
});

test("'Change address or password' during the pause sends no login: the plain form shows the server's countdown", async ({ page }) => {
  const login = user("too-many-attempts");
  await checkLogin(page, login, ACCOUNT_PASSWORD);
  await expectView(page, "verdict");
  await page.getByRole("button", { name: "Change address or password" }).click();
  await expectView(page, "enter");
  await page.getByLabel("Gmail address").fill(login);
  await page.getByLabel(/^Password/).fill("another password 2");
  await page.getByRole("button", { name: CHECK_BUTTON }).click();
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
  await page.clock.install();
  await checkLogin(page, login, "wrong password 5");
  await expect(page.getByText(/^Too many checks of this address/)).toBeVisible();
  // No "Wait 57 seconds" said once and left to go stale: the button counts down instead.
  await expect(page.getByText(/Wait \d+ seconds?/)).toHaveCount(0);
  const countdown = page.getByTestId("countdown");
  await expect(countdown).toBeVisible();
  const first = await countdown.textContent();
  await page.clock.fastForward(2000);
  await expect(countdown).not.toHaveText(first ?? "");
  await expect(page.getByRole("button", { name: CHECK_BUTTON })).toBeDisabled();
  // The address and the password stay in the form for when the countdown ends.
  await expect(page.getByLabel(/^Password/)).toHaveValue("wrong password 5");
  expect(await authsFor(login)).toHaveLength(5);
});

test("Google's own temporary problem: the first thing to do is nothing on your side", async ({ page }) => {
  await checkLogin(page, user("temporary-problem"), GOOD_APP_PASSWORD);
  await expectView(page, "verdict");
  await expect(page.locator("[data-verdict]")).toHaveAttribute("data-verdict", "google-unavailable");
  await expect(page.getByTestId("first-action")).toHaveText(/Nothing needs changing on your side/);
  await expect(page.getByTestId("first-action")).not.toContainText("retrying");
});
