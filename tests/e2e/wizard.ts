import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { appUrl } from "./support";

// Helpers for the wizard journeys: the tests say what a person does and sees.

export const test = base.extend({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures must destructure their first argument.
  baseURL: async ({}, use) => use(appUrl()),
});
export { expect };

export const GOOD_APP_PASSWORD = "qwer tyui opas dfgh"; // the fake Gmail's, as Google displays it
export const ACCOUNT_PASSWORD = "my normal password 1";

/** The wizard's current view: "enter", "verdict", "done" or a step id. */
export const view = (page: Page) => page.locator("[data-view]");

export async function expectView(page: Page, name: string) {
  await expect(view(page)).toHaveAttribute("data-view", name);
}

/** The first page's button: "Check it anyway" once a normal password is typed. */
export const CHECK_BUTTON = /^(Check my login|Check it anyway)$/;

/** Opens the first page, once it answers, and types the address and password. */
export async function fillLogin(page: Page, email: string, password: string, at = "/") {
  await page.goto(at);
  await expect(page.getByRole("button", { name: CHECK_BUTTON })).toBeEnabled();
  await page.getByLabel("Gmail address").fill(email);
  await page.getByLabel(/^Password/).fill(password);
}

/** Opens the first page and answers "Where does your program run?" (kept for the session). */
export async function chooseRunsOn(page: Page, answer: "This computer" | "A web host or server" | "A device like a NAS or printer") {
  await page.goto("/");
  await expect(page.getByRole("button", { name: CHECK_BUTTON })).toBeEnabled();
  await page.getByRole("radio", { name: answer }).check();
}

/** Fills the form on the first page and presses "Check my login". */
export async function checkLogin(page: Page, email: string, password: string, at = "/") {
  await fillLogin(page, email, password, at);
  await page.getByRole("button", { name: CHECK_BUTTON }).click();
}

/** On a fix step: types a new password and presses "Test again". */
export async function testAgain(page: Page, password: string) {
  await page.getByRole("textbox", { name: /password/i }).fill(password);
  await page.getByRole("button", { name: "Test again" }).click();
}

/** The Google link of the current step: its address, and that it opens in a new tab. */
export async function expectGoogleLink(page: Page, href: string) {
  const link = page.locator("a[data-google-link]");
  await expect(link).toHaveAttribute("href", href);
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", /noopener/);
}

/** No two buttons or links on the view share a name: each says where it goes. */
export async function expectUniqueControlNames(page: Page) {
  const names = await page
    .locator("[data-view] :is(button, a):visible")
    .evaluateAll((els) => els.map((e) => (e.getAttribute("aria-label") ?? e.textContent ?? "").trim()));
  expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
}

/** Everything the browser keeps that a password must never reach. */
export async function browserKeeps(page: Page): Promise<string> {
  const inPage = await page.evaluate(() => {
    const dump = (s: Storage) => Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i) ?? "")}`).join("\n");
    return [location.href, JSON.stringify(history.state), dump(localStorage), dump(sessionStorage), document.cookie].join("\n");
  });
  const cookies = JSON.stringify(await page.context().cookies());
  return `${inPage}\n${cookies}`;
}

/** axe finds nothing on the page as it is, its collapsed details opened too. */
export async function expectNoViolations(page: Page) {
  for (const d of await page.locator("details").all()) await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
