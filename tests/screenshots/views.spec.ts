import { STEP_IDS } from "@/lib/diagnosis/ids";
import { user, withInterceptedTls } from "../e2e/support";
import { ACCOUNT_PASSWORD, CHECK_BUTTON, checkLogin, chooseRunsOn, expect, fillLogin, test, testAgain } from "../e2e/wizard";
import { COMBOS, frame, shootAll, shot } from "./shoot";

// Every view of the wizard, one test each so the two workers share them out. Views reached
// by a check are checked once and then shot at each width and scheme (the result stays on
// screen); the check in progress lasts only 2 seconds, so it gets a fresh check per shot.

const STEPS = STEP_IDS;

/** [file name, login, password, the verdict the page must show] */
const VERDICTS: [string, () => string, string, string][] = [
  ["verdict-app-password-required", () => user("app-password-required"), ACCOUNT_PASSWORD, "app-password-required"],
  ["verdict-bad-credentials", () => user("bad-credentials"), ACCOUNT_PASSWORD, "bad-credentials"],
  ["verdict-bad-credentials-app", () => user("bad-credentials"), "abcd efgh ijkl mnop", "bad-credentials"],
  ["verdict-web-login-required", () => user("web-login-required"), ACCOUNT_PASSWORD, "web-login-required"],
  ["verdict-too-many-attempts", () => user("too-many-attempts"), ACCOUNT_PASSWORD, "too-many-attempts"],
  ["verdict-google-unavailable", () => user("temporary-problem"), ACCOUNT_PASSWORD, "google-unavailable"],
  ["verdict-wrong-provider", () => "someone@outlook.com", ACCOUNT_PASSWORD, "wrong-provider"],
];

test("enter", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("button", { name: CHECK_BUTTON })).toBeEnabled();
  await shootAll(page, "enter", "enter");
});

test("enter-warnings", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("button", { name: CHECK_BUTTON })).toBeEnabled();
  await page.getByLabel("Gmail address").fill("someone@outlook.com");
  await page.getByLabel(/^Password/).fill("pässword");
  await expect(page.locator('[data-note="non-google-provider"]')).toBeVisible();
  await expect(page.locator('[data-note="non-ascii"]')).toBeVisible();
  await shootAll(page, "enter-warnings", "enter");
});

test("checking", async ({ page }) => {
  for (const { size, scheme } of COMBOS) {
    await frame(page, size, scheme);
    // This login name's fake Gmail answers the login only after 2 seconds.
    await checkLogin(page, user("slow-accepted"), ACCOUNT_PASSWORD);
    await expect(page.getByTestId("checking").locator('[data-phase-step="login"]')).toHaveAttribute("data-state", "active");
    await shot(page, "checking", "enter", size, scheme);
  }
});

for (const [name, login, password, verdict] of VERDICTS) {
  test(name, async ({ page }) => {
    await checkLogin(page, login(), password);
    await expect(page.locator("[data-verdict]")).toHaveAttribute("data-verdict", verdict);
    await shootAll(page, name, "verdict");
  });
}

test("verdict-details", async ({ page }) => {
  await checkLogin(page, user("app-password-required"), ACCOUNT_PASSWORD);
  await expect(page.locator("[data-verdict]")).toHaveAttribute("data-verdict", "app-password-required");
  await page.locator("[data-verdict] summary").click();
  await expect(page.getByTestId("transcript")).toBeVisible();
  await shootAll(page, "verdict-details", "verdict");
});

test("done", async ({ page }) => {
  await checkLogin(page, user("accepted"), ACCOUNT_PASSWORD);
  await shootAll(page, "done", "done");
});

test("done-sent-arrived", async ({ page }) => {
  await checkLogin(page, user("accepted"), ACCOUNT_PASSWORD);
  await page.getByRole("button", { name: "Send me a test mail" }).click();
  await expect(page.getByTestId("test-mail")).toHaveAttribute("data-outcome", "sent");
  await page.getByRole("button", { name: "Yes, it arrived" }).click();
  await shootAll(page, "done-sent-arrived", "done");
});

test("done-sent-not-arrived", async ({ page }) => {
  await checkLogin(page, user("accepted"), ACCOUNT_PASSWORD);
  await page.getByRole("button", { name: "Send me a test mail" }).click();
  await expect(page.getByTestId("test-mail")).toHaveAttribute("data-outcome", "sent");
  await page.getByRole("button", { name: "No, not yet" }).click();
  await shootAll(page, "done-sent-not-arrived", "done");
});

test("done-daily-limit", async ({ page }) => {
  await checkLogin(page, user("daily-limit"), ACCOUNT_PASSWORD);
  await page.getByRole("button", { name: "Send me a test mail" }).click();
  await expect(page.getByTestId("test-mail")).toHaveAttribute("data-outcome", "daily-limit");
  await shootAll(page, "done-daily-limit", "done");
});

for (const program of ["python", "home-assistant", "swaks"] as const) {
  test(`done-settings-${program}`, async ({ page }) => {
    await checkLogin(page, user("accepted"), ACCOUNT_PASSWORD);
    await page.getByLabel("Where will you use these settings?").selectOption(program);
    await shootAll(page, `done-settings-${program}`, "done");
  });
}

test("done-after-reload", async ({ page }) => {
  await checkLogin(page, user("accepted"), ACCOUNT_PASSWORD);
  await expect(page.getByTestId("test-mail")).toBeVisible();
  await page.reload();
  await shootAll(page, "done-after-reload", "done");
});

for (const step of STEPS) {
  test(`step-${step}`, async ({ page }) => {
    await page.goto(`/?view=${step}`);
    await expect(page.locator("[data-illustration]").first()).toBeVisible();
    await shootAll(page, `step-${step}`, step);
  });
}

test("enter-normal-password", async ({ page }) => {
  await fillLogin(page, "someone@gmail.com", ACCOUNT_PASSWORD);
  await page.getByRole("radio", { name: "A web host or server" }).check();
  await expect(page.getByTestId("normal-password-note")).toBeVisible();
  await shootAll(page, "enter-normal-password", "enter");
});

test("verdict-repeated", async ({ page }) => {
  await checkLogin(page, user("bad-credentials"), "abcd efgh ijkl mnop");
  await page.locator("[data-verdict]").getByRole("button", { name: "Show me how, step by step" }).click();
  await testAgain(page, "zyxw vuts rqpo nmlk");
  await expect(page.getByTestId("try-number")).toContainText("Try 2");
  await shootAll(page, "verdict-repeated", "verdict");
});

test("step-less-secure-access-ticked", async ({ page }) => {
  await page.goto("/?view=less-secure-access");
  await page.locator("[data-checklist-item]").first().getByRole("checkbox", { name: /^Done/ }).check();
  await page.getByText("Why doesn't my normal password work?").click();
  await shootAll(page, "step-less-secure-access-ticked", "less-secure-access");
});

test("step-wait-counting", async ({ page }) => {
  await checkLogin(page, user("too-many-attempts"), ACCOUNT_PASSWORD);
  await page.locator("[data-verdict]").getByRole("button", { name: "Wait, then test again" }).click();
  await expect(page.getByTestId("big-countdown")).toBeVisible();
  await shootAll(page, "step-wait-counting", "wait");
});

test("step-network-server", async ({ page }) => {
  await chooseRunsOn(page, "A web host or server");
  await page.goto("/?view=network");
  await expect(page.getByTestId("run-there")).toBeVisible();
  await shootAll(page, "step-network-server", "network");
});

test("done-server", async ({ page }) => {
  await chooseRunsOn(page, "A web host or server");
  await checkLogin(page, user("accepted"), ACCOUNT_PASSWORD);
  await expect(page.getByTestId("run-there")).toBeVisible();
  await shootAll(page, "done-server", "done");
});

test("verdict-tls-intercepted-details", async ({ page }) => {
  await withInterceptedTls(async ({ server }) => {
    await checkLogin(page, user("accepted"), ACCOUNT_PASSWORD, server.url);
    await expect(page.locator("[data-verdict]")).toHaveAttribute("data-verdict", "tls-intercepted");
    await page.locator("[data-verdict] summary").click();
    await expect(page.getByTestId("transcript")).toBeVisible();
    await shootAll(page, "verdict-tls-intercepted-details", "verdict");
  });
});

test("step-tls-intercepted-untested", async ({ page }) => {
  await withInterceptedTls(async ({ server }) => {
    await checkLogin(page, user("accepted"), ACCOUNT_PASSWORD, server.url);
    await page.getByRole("button", { name: "Turn off mail scanning" }).click();
    await expect(page.getByTestId("alternative")).toBeVisible();
    await shootAll(page, "step-tls-intercepted-untested", "tls-intercepted");
  });
});
