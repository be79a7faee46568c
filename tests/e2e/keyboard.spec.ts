import type { Page } from "@playwright/test";
import { user } from "./support";
import { ACCOUNT_PASSWORD, CHECK_BUTTON, expect, expectView, GOOD_APP_PASSWORD, test } from "./wizard";

/** Presses Tab until the focused element matches, like a person would (at most 40 times). */
async function tabTo(page: Page, matches: (el: { tag: string; text: string; label: string }) => boolean) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      const id = a?.id;
      const label = id
        ? (document.querySelector(`label[for="${id}"]`)?.textContent ?? "")
        : (a?.closest("label")?.textContent?.trim() ?? "");
      return { tag: a?.tagName ?? "", text: a?.textContent?.trim() ?? "", label };
    });
    if (matches(el)) return;
  }
  throw new Error("never reached the element by Tab");
}

/** Opens the form and types the address and a normal password, reaching each field by Tab. */
async function typeLoginByKeyboard(page: Page, login: string) {
  await page.goto("/");
  await expect(page.getByRole("button", { name: CHECK_BUTTON })).toBeEnabled();
  await tabTo(page, (e) => e.label === "Gmail address");
  await page.keyboard.type(login);
  await tabTo(page, (e) => e.label.startsWith("Password"));
  await page.keyboard.type(ACCOUNT_PASSWORD);
}

test("from the form to done with the keyboard only (Tab, Enter, Space)", async ({ page }) => {
  const login = user("app-password-required");
  await typeLoginByKeyboard(page, login);
  // The show/hide toggle works with Space.
  await tabTo(page, (e) => e.tag === "BUTTON" && e.text.startsWith("Show"));
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: /^(Show|Hide) password$/ })).toHaveAttribute("aria-pressed", "true");
  await tabTo(page, (e) => e.text === "Check it anyway");
  await page.keyboard.press("Enter");

  await expectView(page, "verdict");
  await expect(page.getByRole("heading", { level: 2 })).toBeFocused();
  await tabTo(page, (e) => e.text === "Create an app password");
  await page.keyboard.press("Enter");

  await expectView(page, "app-password");
  await tabTo(page, (e) => e.label === "App password");
  await page.keyboard.type(GOOD_APP_PASSWORD);
  await tabTo(page, (e) => e.text === "Test again");
  await page.keyboard.press("Space");
  await expectView(page, "done");
  await expect(page.getByRole("heading", { level: 2 })).toBeFocused();
});

test("the normal-password checklist with the keyboard only: where it runs, tick, tick, paste, test", async ({ page }) => {
  const login = user("bad-credentials");
  await typeLoginByKeyboard(page, login);
  // Arrow keys move within a radio group, as in any form.
  await tabTo(page, (e) => e.tag === "INPUT" && e.label === "This computer");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "A web host or server" })).toBeChecked();
  // The note about a normal password sits just before the question: one Shift+Tab back.
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("button", { name: "Make an app password first" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expectView(page, "less-secure-access");
  await expect(page.getByRole("heading", { level: 2 })).toBeFocused();
  for (const item of [0, 1]) {
    await tabTo(page, (e) => e.tag === "INPUT" && e.label.startsWith("Done"));
    await page.keyboard.press("Space");
    await expect(page.locator("[data-checklist-item]").nth(item)).toHaveAttribute("data-done", "true");
  }
  await tabTo(page, (e) => e.label === "App password");
  await page.keyboard.type(GOOD_APP_PASSWORD);
  await page.keyboard.press("Enter");
  await expectView(page, "done");
  // The program runs on a server: the done page opens the commands to run the check there.
  await expect(page.getByTestId("run-there")).toHaveAttribute("open", "");
  await expect(page.getByTestId("runs-elsewhere")).toBeVisible();
});
