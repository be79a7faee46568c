import { readFileSync } from "node:fs";
import { user } from "./support";
import { browserKeeps, CHECK_BUTTON, checkLogin, expect, expectView, test, testAgain } from "./wizard";

const CANARY = "Canary-browser-51d0-Pa55";
const CANARY_2 = "Canary-second-8e2f-Pa55";

test("the password never reaches the URL, history, storage or cookies, nor the server's log", async ({ page }) => {
  const seen: string[] = [];
  page.on("request", (req) => seen.push(req.url()));
  await checkLogin(page, user("bad-credentials"), CANARY);
  await expectView(page, "verdict");
  expect(await browserKeeps(page)).not.toContain(CANARY);
  expect(await page.content()).not.toContain(CANARY);

  await page.locator("[data-verdict]").getByRole("button").first().click();
  await expectView(page, "less-secure-access");
  await testAgain(page, CANARY_2);
  await expectView(page, "verdict");
  for (const secret of [CANARY, CANARY_2]) {
    expect(await browserKeeps(page)).not.toContain(secret);
    expect(await page.content()).not.toContain(secret);
  }
  await page.reload();
  await page.goBack();
  expect(await browserKeeps(page)).not.toContain(CANARY);
  expect(seen.join("\n")).not.toContain(CANARY);
  expect(seen.join("\n")).not.toContain(CANARY_2);
  const log = readFileSync(process.env.SERVER_LOG!, "utf8");
  expect(log).not.toContain(CANARY);
  expect(log).not.toContain(CANARY_2);
});

test("the address is kept in this tab's sessionStorage (not a secret), the password never; neither in the URL or history", async ({
  page,
}) => {
  const login = user("bad-credentials");
  await checkLogin(page, login, CANARY);
  await expectView(page, "verdict");
  const stored = await page.evaluate(() => JSON.stringify(Object.entries(sessionStorage)));
  expect(stored).toContain(login);
  expect(stored).not.toContain(CANARY);
  expect(page.url()).not.toContain(encodeURIComponent(login));
  expect(await page.evaluate(() => JSON.stringify(history.state))).not.toContain(login);
  expect(await browserKeeps(page)).not.toContain(CANARY);
});

test("the password box is emptied when the page is hidden (pagehide)", async ({ page }) => {
  await page.goto("/");
  const box = page.getByLabel(/^Password/);
  await expect(page.getByRole("button", { name: CHECK_BUTTON })).toBeEnabled();
  await box.fill(CANARY);
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: true })));
  await expect(box).toHaveValue("");
  // And after leaving for another page and coming Back, it is empty too.
  await box.fill(CANARY);
  await page.goto("/icon.svg");
  await page.goBack();
  await expect(page.getByLabel(/^Password/)).toHaveValue("");
});
