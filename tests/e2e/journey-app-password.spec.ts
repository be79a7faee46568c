import { authsFor, user } from "./support";
import {
  ACCOUNT_PASSWORD,
  checkLogin,
  expect,
  expectGoogleLink,
  expectUniqueControlNames,
  expectView,
  GOOD_APP_PASSWORD,
  test,
} from "./wizard";

test("534 → create an app password → paste it → done", async ({ page }) => {
  const login = user("app-password-required");
  await checkLogin(page, login, ACCOUNT_PASSWORD);

  await expectView(page, "verdict");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("Google wants an app password: you're nearly there.");
  await expect(page.getByTestId("announcer")).toHaveText("Google wants an app password: you're nearly there.");
  // Nearly there: not the red of a failure; the first action and Google's page are on this screen.
  await expect(page.locator("[data-verdict]")).toHaveAttribute("data-tone", "nearly");
  await expect(page.getByTestId("first-action")).toContainText("Open the App passwords page");
  await expect(page.locator("[data-verdict]").getByRole("link", { name: "Open App passwords" })).toHaveAttribute(
    "href",
    "https://myaccount.google.com/apppasswords",
  );
  await expectUniqueControlNames(page);
  await page.getByRole("button", { name: "Create an app password" }).click();

  await expectView(page, "app-password");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("Create an app password");
  await expectGoogleLink(page, "https://myaccount.google.com/apppasswords");
  await expect(page.getByRole("img", { name: /App passwords/ }).first()).toBeVisible();
  await expect(page.locator("[data-illustration]")).toHaveCount(2);
  await expect(page.getByText("The setting you are looking for is not available for your account", { exact: false })).toBeVisible();
  // The address is carried over; only the password is new.
  await expect(page.getByLabel("Gmail address")).toHaveValue(login);
  await page.getByRole("textbox", { name: /password/i }).fill(GOOD_APP_PASSWORD);
  await expect(page.getByText("Looks like an app password — spaces will be removed.")).toBeVisible();
  await page.getByRole("button", { name: "Test again" }).click();

  await expectView(page, "done");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("It works: Google accepted the login.");
  // The settings proven just now, in WP Mail SMTP's words (the server's test host and port here).
  const settings = page.getByTestId("program-settings");
  await expect(settings.locator('[data-field="SMTP Host"]')).toContainText(process.env.FAKE_GMAIL_HOST ?? "");
  await expect(settings.locator('[data-field="SMTP Port"]')).toContainText(process.env.FAKE_GMAIL_TLS_PORT ?? "");
  await expect(settings.locator('[data-field="Encryption"]')).toContainText("SSL");
  await expect(settings.locator('[data-field="SMTP Username"]')).toContainText(login);
  const auths = await authsFor(login);
  expect(auths.map((a) => a.code)).toEqual([534, 235]);
  expect(auths[1]!.password).toBe("qwertyuiopasdfgh");
});

test("an app password pasted on the first page logs in straight away", async ({ page }) => {
  await checkLogin(page, user("app-password-required"), GOOD_APP_PASSWORD);
  await expectView(page, "done");
});
