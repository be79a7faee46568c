import { startFakeGmail } from "../fake-gmail/server.mjs";
import { authsFor, ownServer, postCheck, user, withInterceptedTls } from "./support";
import { CHECK_BUTTON, checkLogin, expect, expectNoViolations, expectView, test } from "./wizard";

// The diagnosis through the real server and page: custom domains sorted before any login
// (the tests' DNS server answers for *.test), and a wrong clock told from an interceptor.

const json = (body: string) => JSON.parse(body);
const at = (scenario: string, domain: string) => user(scenario).replace("@gmail.com", `@${domain}`);

test("a Google Workspace domain: the login is tried, and the answer says Workspace", async () => {
  const email = at("accepted", "workspace.test");
  const body = json((await postCheck({ email, password: "pw-12345" })).body);
  expect(body).toMatchObject({ verdict: "ok", domain: { kind: "workspace", provider: "Google Workspace" }, notes: [] });
  expect(await authsFor(email)).toHaveLength(1);
});

test("another provider's domain: wrong-provider with its SMTP server, and the password goes nowhere", async ({ page }) => {
  const email = at("accepted", "microsoft.test");
  const canary = "Canary-m365-77b1-Pa55";
  const res = await postCheck({ email, password: canary });
  expect(json(res.body)).toMatchObject({
    verdict: "wrong-provider",
    step: "wrong-provider",
    domain: { kind: "other-provider", provider: "Microsoft 365", smtp: { host: "smtp.office365.com", port: 587 } },
  });
  expect(res.body).not.toContain(canary);
  expect(await authsFor(email)).toHaveLength(0);

  await page.goto("/");
  await page.getByLabel("Gmail address").fill(email);
  await page.getByLabel(/^Password/).fill(canary);
  await page.getByRole("button", { name: CHECK_BUTTON }).click();
  await expectView(page, "verdict");
  await expect(page.getByTestId("provider-settings")).toContainText("Microsoft 365");
  await expect(page.getByTestId("provider-settings")).toContainText("smtp.office365.com");
  await page.locator("[data-verdict]").getByRole("button").first().click();
  await expectView(page, "wrong-provider");
  await expect(page.getByTestId("provider-settings")).toContainText("port 587");
});

test("a forwarding service: forwarded-address → the send-mail-as step, no login", async ({ page }) => {
  const email = at("accepted", "forwarded.test");
  await page.goto("/");
  await page.getByLabel("Gmail address").fill(email);
  await page.getByLabel(/^Password/).fill("pw-12345");
  await page.getByRole("button", { name: CHECK_BUTTON }).click();
  await expectView(page, "verdict");
  await expect(page.locator("[data-verdict]")).toHaveAttribute("data-verdict", "forwarded-address");
  await expect(page.getByTestId("domain-line")).toContainText("Cloudflare Email Routing");
  await page.getByRole("button", { name: "Send as this address from Gmail" }).click();
  await expectView(page, "send-mail-as");
  await expect(page.locator('[data-illustration="send-mail-as"]')).toBeVisible();
  await expect(page.locator("a[data-google-link]")).toHaveAttribute("href", "https://mail.google.com/mail/u/0/#settings/accounts");
  expect(await authsFor(email)).toHaveLength(0);
});

test("a domain with no mail servers: an input error under the address field, the password kept, no login", async ({ page }) => {
  const email = at("accepted", "no-such-domain.test");
  const res = await postCheck({ email, password: "pw-12345" });
  expect(res.status).toBe(400);
  expect(json(res.body)).toEqual({ error: { field: "email", message: "no-such-domain.test has no mail servers: check the spelling." } });

  await page.goto("/");
  await page.getByLabel("Gmail address").fill(email);
  await page.getByLabel(/^Password/).fill("pw-12345");
  await page.getByRole("button", { name: CHECK_BUTTON }).click();
  await expect(page.getByText("no-such-domain.test has no mail servers: check the spelling.")).toBeVisible();
  await expect(page.getByLabel("Gmail address")).toHaveAttribute("aria-invalid", "true");
  expect(await authsFor(email)).toHaveLength(0);
});

test("a Workspace address on a fix step gets the Workspace advice", async ({ page }) => {
  const email = at("app-password-required", "workspace.test");
  await page.goto("/");
  await page.getByLabel("Gmail address").fill(email);
  await page.getByLabel(/^Password/).fill("my normal password 1");
  await page.getByRole("button", { name: CHECK_BUTTON }).click();
  await expectView(page, "verdict");
  await expect(page.getByTestId("domain-line")).toContainText("Google Workspace");
  await page.getByRole("button", { name: "Create an app password" }).click();
  await expectView(page, "app-password");
  await expect(page.getByTestId("workspace-notes")).toContainText("administrator");
  await expect(page.getByTestId("workspace-notes")).toContainText("smtp-relay.gmail.com");
});

test("a wrong clock: clock-wrong, with the computer's time and the certificate's dates shown, and no AUTH", async ({ page }) => {
  const certDir = process.env.FAKE_GMAIL_CERT_DIR ?? "";
  const expired = await startFakeGmail({ certDir, certificate: "expired" });
  const server = await ownServer({ tlsPort: expired.tlsPort, starttlsPort: expired.starttlsPort });
  try {
    const email = user("accepted");
    const body = json((await server.check({ email, password: "pw-12345" })).body);
    expect(body).toMatchObject({
      verdict: "clock-wrong",
      step: "clock",
      clock: { now: expect.any(String), validFrom: expect.any(String), validTo: expect.any(String) },
    });
    expect(Date.parse(body.clock.validTo)).toBeLessThan(Date.now());
    expect(expired.authAttempts()).toHaveLength(0);

    await page.goto(server.url);
    await page.getByLabel("Gmail address").fill(user("accepted"));
    await page.getByLabel(/^Password/).fill("pw-12345");
    await page.getByRole("button", { name: CHECK_BUTTON }).click();
    await expectView(page, "verdict");
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("Your computer's clock seems to be wrong.");
    await expect(page.getByTestId("clock-facts")).toContainText("This computer says it is");
    await page.getByRole("button", { name: "Set the clock right" }).click();
    await expectView(page, "clock");
    await expect(page.getByTestId("clock-facts")).toBeVisible();
    await expect(page.locator('[data-illustration="computer-clock"]')).toBeVisible();
    await expired.waitForAllClosed(2000);
  } finally {
    await server.stop();
    await expired.close();
  }
});

test("465 intercepted, 587 never tried: the step offers 587 alone, which logs in once and leads to 587's settings", async ({ page }) => {
  // 465 goes to the interceptor; 587 to the shared (clean) fake Gmail, a second away.
  await withInterceptedTls(async ({ intercepted, server, starttlsPort }) => {
    // The API: the first check stops at 465's certificate and says 587 was not tried; `mode` tests 587 alone.
    const email = user("accepted");
    const first = json((await server.check({ email, password: "pw-12345" })).body);
    expect(first).toMatchObject({ verdict: "tls-intercepted", step: "tls-intercepted" });
    expect(first.notes).toContainEqual({ kind: "port-untested", port: starttlsPort, mode: "starttls", stoppedAt: intercepted.tlsPort });
    expect(await authsFor(email)).toHaveLength(0);
    const interceptedConnections = intercepted.connections.length;
    const alone = json((await server.check({ email, password: "pw-12345", mode: "starttls" })).body);
    expect(alone).toMatchObject({ verdict: "ok", smtp: { port: starttlsPort, mode: "starttls" }, notes: [] });
    expect(alone.phases.every((p: { port?: number }) => p.port === undefined || p.port === starttlsPort)).toBe(true);
    expect(intercepted.connections.length).toBe(interceptedConnections);
    expect(await authsFor(email)).toHaveLength(1);

    // The page: verdict → step → "Test port 587 alone" → done, with 587's settings.
    const viaPage = user("accepted");
    await checkLogin(page, viaPage, "pw-12345", server.url);
    await expectView(page, "verdict");
    await page.getByRole("button", { name: "Turn off mail scanning" }).click();
    await expectView(page, "tls-intercepted");
    // The first thing to do names the program that was seen, instead of "after a check, this page names it".
    await expect(page.locator("[data-step-page] ol > li").first()).toHaveText(/^Find Avast Web\/Mail Shield, the program that sealed/);
    const offer = page.getByTestId("alternative");
    await expect(offer.getByRole("heading")).toHaveText("Can't turn the scanning off?");
    await expect(offer).toContainText(`The check stopped at port ${intercepted.tlsPort} and didn't get as far as port ${starttlsPort}.`);
    await expect(offer).toContainText(`If it works, set your program to port ${starttlsPort} with STARTTLS.`);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoViolations(page);
    }
    await page.getByRole("textbox", { name: /password/i }).fill("pw-12345");
    await page.getByRole("button", { name: `Test port ${starttlsPort} alone` }).click();
    await expectView(page, "done");
    await expect(page.getByText(`${starttlsPort}`, { exact: true }).first()).toBeVisible();
    expect(await authsFor(viaPage)).toHaveLength(1);

    // Once 587 alone was chosen, a later test from a fix step stays on 587 (465 would only stop again).
    const refused = user("bad-credentials");
    await checkLogin(page, refused, "abcd efgh ijkl mnop", server.url);
    await page.getByRole("button", { name: "Turn off mail scanning" }).click();
    // Refused by the form before any test (no password): the offer stays, nothing is kept.
    await page.getByRole("button", { name: `Test port ${starttlsPort} alone` }).click();
    await expect(page.getByText("Enter the password.")).toBeVisible();
    await expect(page.getByTestId("alternative")).toBeVisible();
    await expect(page.getByRole("button", { name: "Test again", exact: true })).toBeVisible();
    await page.getByRole("textbox", { name: /password/i }).fill("abcd efgh ijkl mnop");
    await page.getByRole("button", { name: `Test port ${starttlsPort} alone` }).click();
    await expectView(page, "verdict");
    await expect(page.locator("[data-verdict]")).toHaveAttribute("data-verdict", "bad-credentials");
    await page.locator("[data-verdict]").getByRole("button").first().click();
    await expectView(page, "check-password");
    // The port is kept in the history entry: a reload keeps it too.
    await page.reload();
    await expectView(page, "check-password");
    const before465 = intercepted.connections.length;
    await page.getByRole("textbox", { name: /password/i }).fill("zyxw vuts rqpo nmlk");
    await page.getByRole("button", { name: `Test again on port ${starttlsPort}` }).click();
    // Try 1 was the interception, try 2 the first 587 alone.
    await expect(page.getByTestId("try-number")).toContainText("Try 3");
    expect(await authsFor(refused)).toHaveLength(2);
    expect(intercepted.connections.length).toBe(before465);

    expect(intercepted.authAttempts()).toHaveLength(0);
    await intercepted.waitForAllClosed(2000);
  });
});
