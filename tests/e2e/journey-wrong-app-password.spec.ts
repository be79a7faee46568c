import { authsFor, user } from "./support";
import { checkLogin, expect, expectGoogleLink, expectUniqueControlNames, expectView, GOOD_APP_PASSWORD, test, testAgain } from "./wizard";

test("a refused app password → make a new one → done", async ({ page }) => {
  const login = user("bad-credentials");
  await checkLogin(page, login, "abcd efgh ijkl mnop");

  await expectView(page, "verdict");
  const verdict = page.locator("[data-verdict]");
  await expect(verdict).toHaveAttribute("data-step", "check-password");
  await expect(verdict).toHaveAttribute("data-tone", "bad");
  // The Google page is one press away on this screen; the main button opens the whole step.
  await expect(page.getByTestId("first-action").getByRole("link", { name: "Make a new app password" })).toHaveAttribute(
    "href",
    "https://myaccount.google.com/apppasswords",
  );
  await expectUniqueControlNames(page);
  await verdict.getByRole("button", { name: "Show me how, step by step" }).click();

  await expectView(page, "check-password");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("Make a new app password");
  await expectGoogleLink(page, "https://myaccount.google.com/apppasswords");
  await expect(page.getByRole("link", { name: "Make a new app password" })).toBeVisible();
  await expect(page.getByRole("img", { name: /App passwords/ })).toBeVisible();
  // The reasons worth a look: the exact account, and a password change deletes app passwords.
  await expect(page.getByText(/only with the account it was made in/)).toBeVisible();
  await expect(page.getByText(/Changing your Google password deletes every app password/)).toBeVisible();
  await testAgain(page, GOOD_APP_PASSWORD);

  await expectView(page, "done");
  expect((await authsFor(login)).map((a) => a.code)).toEqual([535, 235]);
});

test("refused twice: “Google still …” with the try number, what was tried and further advice; the progress stays on Fix", async ({
  page,
}) => {
  const login = user("bad-credentials");
  await checkLogin(page, login, "abcd efgh ijkl mnop");
  await expectView(page, "verdict");
  await expect(page.getByTestId("try-number")).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Progress" }).locator('[aria-current="step"]')).toContainText("Result");
  await page.locator("[data-verdict]").getByRole("button", { name: "Show me how, step by step" }).click();

  await expectView(page, "check-password");
  await testAgain(page, "zyxw vuts rqpo nmlk");
  await expectView(page, "verdict");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("Google still refuses this password.");
  await expect(page.getByTestId("try-number")).toHaveText("Try 2: the same answer as the try before.");
  // On a repeat the list of what to try now replaces the first-time advice.
  await expect(page.getByTestId("first-action")).toHaveCount(0);
  const repeat = page.getByTestId("repeat");
  await expect(repeat.getByRole("listitem").filter({ hasText: /^Try \d/ })).toHaveCount(2);
  await expect(repeat).toContainText("private (incognito) window");
  // A test again from a fix step and its answer stay on Fix.
  await expect(page.getByRole("navigation", { name: "Progress" }).locator('[aria-current="step"]')).toContainText("Fix");

  await page.locator("[data-verdict]").getByRole("button", { name: "Show me how, step by step" }).click();
  await testAgain(page, GOOD_APP_PASSWORD);
  await expectView(page, "done");
  expect((await authsFor(login)).map((a) => a.code)).toEqual([535, 535, 235]);
});

test("another address with the same answer is a first try, not “still”", async ({ page }) => {
  await checkLogin(page, user("bad-credentials"), "abcd efgh ijkl mnop");
  await expectView(page, "verdict");
  await page.getByRole("button", { name: "Change address or password" }).click();
  await expectView(page, "enter");
  await page.getByLabel("Gmail address").fill(user("bad-credentials"));
  await page.getByLabel(/^Password/).fill("abcd efgh ijkl mnop");
  await page.getByRole("button", { name: "Check my login" }).click();
  await expectView(page, "verdict");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("Google didn't accept this app password.");
  await expect(page.getByTestId("try-number")).toHaveCount(0);
});
