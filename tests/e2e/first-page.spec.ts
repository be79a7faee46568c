import { expect, test, type Page } from "@playwright/test";
import { authsFor, user } from "./support";

// The first page: address and password in, the verdict and Google's reply out.

async function check(page: Page, email: string, password: string) {
  await page.goto("/");
  await page.getByLabel("Gmail address").fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole("button", { name: /check/i }).click();
}

test.use({ baseURL: process.env.APP_URL });

test("accepted: says the login works", async ({ page }) => {
  const login = user("accepted");
  await check(page, login, "any password at all");
  const verdict = page.locator("[data-verdict]");
  await expect(verdict).toHaveAttribute("data-verdict", "ok");
  await expect(verdict).toContainText("Google accepted the login.");
  expect(await authsFor(login)).toHaveLength(1);
});

test("534: asks for an app password and shows Google's reply", async ({ page }) => {
  await check(page, user("app-password-required"), "my normal password");
  const verdict = page.locator("[data-verdict]");
  await expect(verdict).toHaveAttribute("data-verdict", "app-password-required");
  await expect(verdict).toHaveAttribute("data-step", "app-password");
  await expect(verdict).toContainText("p=InvalidSecondFactor");
});

test("535: bad credentials, and the password never reaches the URL", async ({ page }) => {
  const canary = "Canary-page-77b2-Pa55";
  await check(page, user("bad-credentials"), canary);
  const verdict = page.locator("[data-verdict]");
  await expect(verdict).toHaveAttribute("data-verdict", "bad-credentials");
  await expect(verdict).toContainText("p=BadCredentials");
  expect(page.url()).not.toContain(canary);
  expect(page.url()).not.toContain("password");
  expect(await page.content()).not.toContain(canary);
});
