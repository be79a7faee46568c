import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { authsFor, postCheck, user } from "./support";

// POST /api/check against the fake Gmail: the verdict for each of Gmail's replies, each
// after exactly one AUTH.

const ACCOUNT_PASSWORD = "my normal password, 2024!";
const APP_PASSWORD = "qwer tyui opas dfgh"; // the fake's good app password, as Google displays it

const cases: Array<[scenario: string, password: string, verdict: string, step: string | null]> = [
  ["accepted", ACCOUNT_PASSWORD, "ok", null],
  ["bad-credentials", ACCOUNT_PASSWORD, "bad-credentials", "less-secure-access"],
  ["bad-credentials", "abcd efgh ijkl mnop", "bad-credentials", "check-password"],
  ["app-password-required", ACCOUNT_PASSWORD, "app-password-required", "app-password"],
  ["app-password-required", APP_PASSWORD, "ok", null],
  ["web-login-required", ACCOUNT_PASSWORD, "web-login-required", "web-login"],
  ["web-login-legacy", ACCOUNT_PASSWORD, "web-login-required", "web-login"],
  ["too-many-attempts", ACCOUNT_PASSWORD, "too-many-attempts", "wait"],
  ["temporary-problem", ACCOUNT_PASSWORD, "google-unavailable", "wait"],
  ["microsoft", ACCOUNT_PASSWORD, "wrong-provider", "wrong-provider"],
];

for (const [scenario, password, verdict, step] of cases) {
  test(`${scenario} with ${password === ACCOUNT_PASSWORD ? "an account" : "an app"} password → ${verdict} after exactly one AUTH`, async () => {
    const login = user(scenario);
    const res = await postCheck({ email: login, password });
    expect(res.status).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    const body = JSON.parse(res.body);
    expect(body).toMatchObject({ verdict, step });
    expect(body.phases.length).toBeGreaterThan(0);
    expect(typeof body.elapsedMs).toBe("number");
    expect(body.smtp).toMatchObject({ code: expect.any(Number), reply: expect.any(String), port: expect.any(Number) });
    const auths = await authsFor(login);
    expect(auths).toHaveLength(1);
    // App passwords are sent without the spaces Google displays them with; others as typed.
    expect(auths[0]!.password).toBe(password === ACCOUNT_PASSWORD ? password : password.replace(/ /g, ""));
  });
}

test("an explicit passwordKind wins: a 16-letter account password is sent exactly as typed", async () => {
  const login = user("bad-credentials");
  const password = "Abcd Efgh Ijkl Mnop";
  const res = await postCheck({ email: login, password, passwordKind: "account" });
  expect(JSON.parse(res.body)).toMatchObject({ verdict: "bad-credentials", step: "less-secure-access", passwordKind: "account" });
  expect((await authsFor(login))[0]!.password).toBe(password);
});

test("an Outlook address → wrong-provider without any login attempt", async () => {
  const res = await postCheck({ email: "someone@outlook.com", password: ACCOUNT_PASSWORD });
  expect(JSON.parse(res.body)).toMatchObject({ verdict: "wrong-provider", step: "wrong-provider", provider: "Outlook" });
  expect(await authsFor("someone@outlook.com")).toHaveLength(0);
});

test("the canary password never comes back, and the server never logs it", async () => {
  const canary = "Canary-api-9c1e-Pa55";
  const login = user("bad-credentials");
  const res = await postCheck({ email: login, password: canary });
  expect(res.status).toBe(200);
  expect(res.body).not.toContain(canary);
  expect(res.body).not.toContain(Buffer.from(`\u0000${login}\u0000${canary}`).toString("base64"));
  expect(JSON.stringify(res.headers)).not.toContain(canary);
  expect(JSON.parse(res.body).transcript.join("\n")).toContain("AUTH PLAIN <login data hidden>");
  const log = readFileSync(process.env.SERVER_LOG!, "utf8");
  expect(log).toContain("Gmail SMTP Wizard is running");
  expect(log).not.toContain(canary);
});
