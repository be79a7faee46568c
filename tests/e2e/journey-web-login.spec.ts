import { authsFor, user } from "./support";
import { ACCOUNT_PASSWORD, checkLogin, expect, expectGoogleLink, expectView, test, testAgain } from "./wizard";

test("web login required → sign in on the web → test again → done", async ({ page }) => {
  const login = user("web-login-required");
  await checkLogin(page, login, ACCOUNT_PASSWORD);

  await expectView(page, "verdict");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("Google wants you to sign in with your browser first.");
  await page.locator("[data-verdict]").getByRole("button").first().click();

  await expectView(page, "web-login");
  await expectGoogleLink(page, "https://myaccount.google.com/notifications");
  await expect(page.getByRole("img", { name: /security alert/i })).toBeVisible();
  await expect(page.getByText(/DisplayUnlockCaptcha/i)).toHaveCount(0);
  await testAgain(page, ACCOUNT_PASSWORD);

  await expectView(page, "done");
  expect((await authsFor(login)).map((a) => a.code)).toEqual([534, 235]);
});
