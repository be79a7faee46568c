import { STEP_IDS } from "@/lib/diagnosis/ids";
import { getStep } from "@/lib/steps";
import { user } from "./support";
import { ACCOUNT_PASSWORD, CHECK_BUTTON, checkLogin, expect, expectView, test } from "./wizard";

test("Back and Forward move between steps; a reload stays on the step", async ({ page }) => {
  const login = user("bad-credentials");
  await checkLogin(page, login, ACCOUNT_PASSWORD);
  await expectView(page, "verdict");
  await page.locator("[data-verdict]").getByRole("button").first().click();
  await expectView(page, "less-secure-access");
  expect(new URL(page.url()).search).toBe("?view=less-secure-access");

  await page.goBack();
  await expectView(page, "verdict");
  await expect(page.getByRole("heading", { level: 2 })).toContainText("normal password");
  await page.goBack();
  await expectView(page, "enter");
  // Back on the form: the address is still there to change, the password is not.
  await expect(page.getByLabel("Gmail address")).toHaveValue(login);
  await expect(page.getByLabel(/^Password/)).toHaveValue("");

  await page.goForward();
  await expectView(page, "verdict");
  await page.goForward();
  await expectView(page, "less-secure-access");

  await page.reload();
  await expectView(page, "less-secure-access");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("Switch to an app password in three steps");
  // The verdict of the entry before survives the reload too (it holds no secret).
  await page.goBack();
  await expectView(page, "verdict");
  await expect(page.locator("[data-verdict]")).toHaveAttribute("data-verdict", "bad-credentials");
});

test("Next moves from step to step, and Back returns", async ({ page }) => {
  await page.goto("/?view=two-step-verification");
  await expectView(page, "two-step-verification");
  await page.getByRole("button", { name: "Next: Create an app password" }).click();
  await expectView(page, "app-password");
  expect(new URL(page.url()).search).toBe("?view=app-password");
  await page.goBack();
  await expectView(page, "two-step-verification");
});

test("every step has its own page, reachable by its address; each ends in a test but the one before the app password", async ({ page }) => {
  for (const step of STEP_IDS) {
    await page.goto(`/?view=${step}`);
    await expectView(page, step);
    await expect(page).toHaveTitle(new RegExp(`^${getStep(step).title} – Gmail SMTP Wizard$`));
    await expect(page.locator("[data-illustration]").first()).toBeVisible();
    if (getStep(step).checklist) await expect(page.getByTestId("checklist")).toBeVisible();
    else await expect(page.getByRole("heading", { level: 3, name: "What to do" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Test again" })).toHaveCount(step === "two-step-verification" ? 0 : 1);
  }
});

test("a result page without its result (an old link) falls back to the form", async ({ page }) => {
  await page.goto("/?view=verdict");
  await expectView(page, "enter");
  expect(new URL(page.url()).search).toBe("");
});

test("'Change address or password' goes back to the form", async ({ page }) => {
  await checkLogin(page, user("app-password-required"), ACCOUNT_PASSWORD);
  await expectView(page, "verdict");
  await page.getByRole("button", { name: "Change address or password" }).click();
  await expectView(page, "enter");
  await expect(page.getByRole("button", { name: CHECK_BUTTON })).toBeVisible();
});
