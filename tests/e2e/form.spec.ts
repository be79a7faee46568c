import { appPort, authsFor, rawRequest, user } from "./support";
import { CHECK_BUTTON, checkLogin, expect, fillLogin, test } from "./wizard";

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
  // A warning says so with an icon as well as its color.
  await expect(page.locator('[data-note="non-google-provider"] [data-note-icon="warning"]')).toBeVisible();
});

test("an empty form gets a clear message next to the field", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: CHECK_BUTTON }).click();
  const email = page.getByLabel("Gmail address");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator('[data-note="error"]')).toContainText("Enter your Gmail address.");
  await expect(page.locator('[data-note="error"] [data-note-icon="error"]')).toBeVisible();
  // Focus goes to what to correct.
  await expect(email).toBeFocused();
});

test("a check refused before any login keeps what was typed and puts focus on the field to correct", async ({ page }) => {
  await checkLogin(page, "someone@no-such-domain.test", "pw-12345");
  await expect(page.getByText("no-such-domain.test has no mail servers: check the spelling.")).toBeVisible();
  await expect(page.getByLabel("Gmail address")).toBeFocused();
  await expect(page.getByLabel(/^Password/)).toHaveValue("pw-12345");
});

test("while a check runs, the tab's title and the focus say so", async ({ page }) => {
  await checkLogin(page, user("slow-accepted"), "pw-12345");
  await expect(page.getByTestId("checking")).toBeVisible();
  // Phases arrive meanwhile and re-render the page: the title must stay the check's.
  await expect(page.getByTestId("checking").locator('[data-phase-step="login"]')).toHaveAttribute("data-state", "active");
  await expect(page).toHaveTitle("Checking your login… – Gmail SMTP Wizard");
  await expect(page.getByRole("heading", { name: /Talking to Gmail/ })).toBeFocused();
  await expect(page).toHaveTitle(/^It works/, { timeout: 10_000 });
});

test("while the answer's view is still loading, a second submit sends no second login", async ({ page }) => {
  const login = user("accepted");
  await fillLogin(page, login, "pw-12345");
  // From now on the page's code arrives slowly, all but the request's checks: Google's answer
  // comes while the views that show it are still on their way.
  let delayed = 0;
  await page.route("**/_next/static/chunks/**", async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    if (!body.includes('passwordKind is "account"')) {
      delayed += 1;
      await new Promise((r) => setTimeout(r, 2500));
    }
    await route.fulfill({ response, body });
  });
  const answered = page.waitForResponse("**/api/check");
  await page.getByRole("button", { name: CHECK_BUTTON }).click();
  await answered;
  // The premise: the views that show the answer really were still on their way.
  expect(delayed).toBeGreaterThan(0);
  await page.waitForTimeout(800);
  // The form, if it were back, would take this submit (Enter in a field does the same).
  await page.evaluate(() => document.querySelector("form")?.requestSubmit());
  await expect(page.locator("[data-view]")).toHaveAttribute("data-view", "done", { timeout: 15_000 });
  expect(await authsFor(login)).toHaveLength(1);
});
