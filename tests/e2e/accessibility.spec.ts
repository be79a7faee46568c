import AxeBuilder from "@axe-core/playwright";
import { STEP_IDS } from "@/lib/diagnosis/ids";
import { user } from "./support";
import { ACCOUNT_PASSWORD, checkLogin, expect, expectNoViolations, expectView, test } from "./wizard";

const STEPS = STEP_IDS;

for (const scheme of ["light", "dark"] as const) {
  test.describe(`axe, ${scheme}`, () => {
    test.use({ colorScheme: scheme });

    test("the form, with hints and warnings showing", async ({ page }) => {
      await page.goto("/");
      await page.getByLabel("Gmail address").fill("someone@outlook.com");
      await page.getByLabel(/^Password/).fill("pässword abcd");
      await expectNoViolations(page);
    });

    test("a verdict, with its details open", async ({ page }) => {
      await checkLogin(page, user("app-password-required"), ACCOUNT_PASSWORD);
      await expectView(page, "verdict");
      await expectNoViolations(page);
    });

    test("the check in progress", async ({ page }) => {
      await checkLogin(page, user("slow-accepted"), ACCOUNT_PASSWORD);
      await expect(page.getByTestId("checking").locator('[data-phase-step="login"]')).toHaveAttribute("data-state", "active");
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => v.id)).toEqual([]);
    });

    test("done", async ({ page }) => {
      await checkLogin(page, user("accepted"), ACCOUNT_PASSWORD);
      await expectView(page, "done");
      await expectNoViolations(page);
    });

    for (const step of STEPS) {
      test(`fix step ${step}`, async ({ page }) => {
        await page.goto(`/?view=${step}`);
        await expectView(page, step);
        await expectNoViolations(page);
      });
    }
  });
}
