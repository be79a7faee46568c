import { authsFor, user } from "./support";
import { ACCOUNT_PASSWORD, checkLogin, expect, expectGoogleLink, expectView, GOOD_APP_PASSWORD, test, testAgain } from "./wizard";

test("535 with an account password → less secure access is gone → 2-Step Verification → app password → done", async ({ page }) => {
  const login = user("bad-credentials");
  await checkLogin(page, login, ACCOUNT_PASSWORD);

  await expectView(page, "verdict");
  await expect(page.locator("[data-verdict]")).toHaveAttribute("data-step", "less-secure-access");
  await expect(page.getByRole("heading", { level: 2 })).toContainText("normal password");
  await page.locator("[data-verdict]").getByRole("button").first().click();

  await expectView(page, "less-secure-access");
  await expect(page.getByRole("img", { name: /not available for your account/i })).toBeVisible();
  await expect(page.getByText("May 30, 2022", { exact: false })).toBeVisible();
  await expectGoogleLink(page, "https://myaccount.google.com/lesssecureapps");
  await page.getByRole("button", { name: "Next: Turn on 2-Step Verification" }).click();

  await expectView(page, "two-step-verification");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("Turn on 2-Step Verification");
  await expectGoogleLink(page, "https://myaccount.google.com/signinoptions/two-step-verification");
  await expect(page.getByRole("img", { name: /Turn on 2-Step Verification/ })).toBeVisible();
  await page.getByRole("button", { name: "Next: Create an app password" }).click();

  await expectView(page, "app-password");
  await expectGoogleLink(page, "https://myaccount.google.com/apppasswords");
  await testAgain(page, GOOD_APP_PASSWORD);

  await expectView(page, "done");
  expect((await authsFor(login)).map((a) => a.code)).toEqual([535, 235]);
});
