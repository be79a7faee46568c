import { authsFor, user } from "./support";
import { checkLogin, expect, expectGoogleLink, expectView, GOOD_APP_PASSWORD, test, testAgain } from "./wizard";

test("535 with an app password → check the password → corrected → done", async ({ page }) => {
  const login = user("bad-credentials");
  await checkLogin(page, login, "abcd efgh ijkl mnop");

  await expectView(page, "verdict");
  await expect(page.locator("[data-verdict]")).toHaveAttribute("data-step", "check-password");
  await page.locator("[data-verdict]").getByRole("button").first().click();

  await expectView(page, "check-password");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(/check/i);
  await expectGoogleLink(page, "https://accounts.google.com/");
  await expect(page.getByRole("img", { name: /sign/i })).toBeVisible();
  await testAgain(page, GOOD_APP_PASSWORD);

  await expectView(page, "done");
  expect((await authsFor(login)).map((a) => a.code)).toEqual([535, 235]);
});
