import { appPort, rawRequest } from "./support";
import { CHECK_BUTTON, expect, test } from "./wizard";

test("the form is set up for password managers and says where the password goes", async ({ page }) => {
  await page.goto("/");
  const email = page.getByLabel("Gmail address");
  await expect(email).toHaveAttribute("type", "email");
  await expect(email).toHaveAttribute("autocomplete", "username");
  await expect(email).toHaveAttribute("spellcheck", "false");
  const password = page.getByLabel(/^Password/);
  await expect(password).toHaveAttribute("type", "password");
  await expect(password).toHaveAttribute("autocomplete", "current-password");
  await expect(page.getByText("Your password goes only to Google's mail server, for this one check. It is never stored.")).toBeVisible();
});

test("the submit button is disabled until the page is interactive", async () => {
  const html = (await rawRequest({ path: "/", headers: { Host: `127.0.0.1:${appPort()}` } })).body;
  const button = /<button[^>]*type="submit"[^>]*>/.exec(html)?.[0] ?? "";
  expect(button).toContain("disabled");
});

test("show/hide toggles the password", async ({ page }) => {
  await page.goto("/");
  const password = page.getByLabel(/^Password/);
  const toggle = page.getByRole("button", { name: "Show password" });
  await toggle.click();
  await expect(password).toHaveAttribute("type", "text");
  await expect(page.getByRole("button", { name: "Hide password" })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "Hide password" }).click();
  await expect(password).toHaveAttribute("type", "password");
});

test("recognises an app password and warns about characters Google refuses", async ({ page }) => {
  await page.goto("/");
  const password = page.getByLabel(/^Password/);
  await password.fill("abcd efgh ijkl mnop");
  await expect(page.getByText("Looks like an app password — spaces will be removed.")).toBeVisible();
  await password.fill("pässword");
  await expect(page.locator('[data-note="non-ascii"]')).toBeVisible();
  await password.fill(" password");
  await expect(page.locator('[data-note="leading-or-trailing-space"]')).toBeVisible();
  await password.fill("pass\u200bword");
  await expect(page.locator('[data-note="invisible-characters"]')).toBeVisible();
  await expect(password).toHaveAttribute("aria-describedby", /.+/);
});

test("warns when the address is clearly not a Google one", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Gmail address").fill("someone@outlook.com");
  await expect(page.locator('[data-note="non-google-provider"]')).toContainText("Outlook");
});

test("an empty form gets a clear message next to the field", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: CHECK_BUTTON }).click();
  const email = page.getByLabel("Gmail address");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator('[data-note="error"]')).toContainText("Enter your Gmail address.");
});
