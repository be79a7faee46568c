import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { authsFor, postCheck, user } from "./support";

// POST /api/check against the fake Gmail, through the real server: the shape of the
// answer, one AUTH per request, and what is sent. The verdict for each of Gmail's replies
// is tested once against the probe (tests/integration/probe.test.ts) and once as pure
// rules (tests/unit/diagnosis).

const ACCOUNT_PASSWORD = "my normal password, 2024!";
const APP_PASSWORD = "qwer tyui opas dfgh"; // the fake's good app password, as Google displays it

test("a refused login: the full answer, after exactly one AUTH with the password as typed", async () => {
  const login = user("app-password-required");
  const res = await postCheck({ email: login, password: ACCOUNT_PASSWORD });
  expect(res.status).toBe(200);
  expect(res.headers["cache-control"]).toBe("no-store");
  const body = JSON.parse(res.body);
  expect(body).toMatchObject({ verdict: "app-password-required", step: "app-password", passwordKind: "account" });
  expect(body.smtp).toMatchObject({ code: 534, enhanced: "5.7.9", mode: "tls", port: expect.any(Number) });
  expect(body.smtp.reply).toMatch(/^534-5\.7\.9 Application-specific password required\./);
  expect(body.phases.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["connect", "tls", "greeting", "login"]));
  expect(typeof body.elapsedMs).toBe("number");
  expect(body.transcript).toContainEqual({ port: body.smtp.port, from: "client", text: "AUTH PLAIN <login data hidden>" });
  const auths = await authsFor(login);
  expect(auths).toHaveLength(1);
  expect(auths[0]!.password).toBe(ACCOUNT_PASSWORD);
});

test("an app password is sent without the spaces Google shows it with, and works", async () => {
  const login = user("app-password-required");
  const res = await postCheck({ email: login, password: APP_PASSWORD });
  expect(JSON.parse(res.body)).toMatchObject({ verdict: "ok", step: null, passwordKind: "app" });
  const auths = await authsFor(login);
  expect(auths.map((a) => a.password)).toEqual([APP_PASSWORD.replace(/ /g, "")]);
});

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
  const log = readFileSync(process.env.SERVER_LOG!, "utf8");
  expect(log).toContain("Gmail SMTP Wizard is running");
  expect(log).not.toContain(canary);
});
