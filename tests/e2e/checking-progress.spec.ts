import { user } from "./support";
import { checkLogin, expect, expectView, test } from "./wizard";

test("while the check runs, each phase shows as it happens", async ({ page }) => {
  // This login name's fake Gmail answers the login only after 2 seconds.
  await checkLogin(page, user("slow-accepted"), "pw-12345");
  const ladder = page.getByTestId("checking");
  await expect(ladder).toBeVisible();
  await expect(ladder.locator('[data-phase-step="greeting"]')).toHaveAttribute("data-state", "done");
  await expect(ladder.locator('[data-phase-step="connect"]')).toHaveAttribute("data-state", "done");
  await expect(ladder.locator('[data-phase-step="login"]')).toHaveAttribute("data-state", "active");
  await expect(ladder.getByText("Log in, once: in progress")).toHaveCount(1);
  await expectView(page, "done");
});
