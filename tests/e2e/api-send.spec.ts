import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { appPort, authsFor, messagesTo, origin, postSend, rawRequest, user } from "./support";

// POST /api/send through the real server: the same guards and secrecy as /api/check, one
// login per request, and the message delivered to the fake Gmail.

const body = (email: string, extra: Record<string, unknown> = {}) => ({ email, password: "pw-12345", mode: "tls", ...extra });

test("sends one message from the address to itself, after exactly one login, and returns Google's queue id", async () => {
  const login = user("accepted");
  const res = await postSend(body(login));
  expect(res.status).toBe(200);
  expect(res.headers["cache-control"]).toBe("no-store");
  const json = JSON.parse(res.body);
  expect(json).toMatchObject({ outcome: "sent", step: null, from: login, to: login, queueId: expect.any(String), passwordKind: "account" });
  expect(json.smtp).toMatchObject({
    code: 250,
    mode: "tls",
    port: Number(process.env.FAKE_GMAIL_TLS_PORT),
    host: process.env.FAKE_GMAIL_HOST,
  });
  expect(json.phases.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["connect", "tls", "greeting", "login", "send"]));
  expect(await authsFor(login)).toHaveLength(1);
  const messages = await messagesTo(login);
  expect(messages).toHaveLength(1);
  expect(messages[0]).toMatchObject({ from: login, to: [login], subject: "Test mail from Gmail SMTP Wizard" });
});

test("the mode that worked decides the port: starttls goes to the STARTTLS port", async () => {
  const login = user("accepted");
  const json = JSON.parse((await postSend(body(login, { mode: "starttls" }))).body);
  expect(json).toMatchObject({ outcome: "sent", smtp: { mode: "starttls", port: Number(process.env.FAKE_GMAIL_STARTTLS_PORT) } });
});

test("another recipient may be given", async () => {
  const login = user("accepted");
  const json = JSON.parse((await postSend(body(login, { to: "friend@example.org" }))).body);
  expect(json).toMatchObject({ outcome: "sent", to: "friend@example.org" });
  expect((await messagesTo("friend@example.org")).some((m) => m.from === login)).toBe(true);
});

test("Gmail's daily limit → daily-limit, and nothing is delivered", async () => {
  const login = user("daily-limit");
  const json = JSON.parse((await postSend(body(login))).body);
  expect(json).toMatchObject({ outcome: "daily-limit", smtp: { code: 550, enhanced: "5.4.5" } });
  expect(await messagesTo(login)).toHaveLength(0);
});

test("a login that fails now → its verdict and fix step", async () => {
  const login = user("app-password-required");
  const json = JSON.parse((await postSend(body(login))).body);
  expect(json).toMatchObject({ outcome: "app-password-required", step: "app-password" });
});

test.describe("refuses what /api/check refuses", () => {
  test("405, 403, 415, 413 and a foreign Host's 421, never cached", async () => {
    const host = { Host: `127.0.0.1:${appPort()}` };
    const answers = [
      [405, await rawRequest({ path: "/api/send", headers: { ...host, Origin: origin() } })],
      [403, await postSend(body("a@gmail.com"), { Origin: "http://evil.example" })],
      [415, await postSend(body("a@gmail.com"), { "Content-Type": "text/plain" })],
      [413, await postSend(body("a@gmail.com", { padding: "x".repeat(5000) }))],
      [421, await postSend(body("a@gmail.com"), { Host: "evil.example" })],
    ] as const;
    for (const [status, res] of answers) {
      expect(res.status).toBe(status);
      expect(res.headers["cache-control"]).toBe("no-store");
    }
  });

  const invalid: Array<[string, unknown, string]> = [
    ["no mode", { email: "a@gmail.com", password: "x" }, "mode"],
    ["an unknown mode", { email: "a@gmail.com", password: "x", mode: "ssl" }, "mode"],
    ["a recipient that is not an address", { email: "a@gmail.com", password: "x", mode: "tls", to: "not an address" }, "to"],
    ["no password", { email: "a@gmail.com", mode: "tls" }, "password"],
  ];
  for (const [name, payload, field] of invalid) {
    test(`400 for ${name}, naming the field`, async () => {
      const res = await postSend(payload);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body).error.field).toBe(field);
    });
  }
});

test("the canary password never comes back, in the message or the server's log", async () => {
  const canary = "Canary-send-77aa-Pa55";
  const login = user("accepted");
  const res = await postSend({ email: login, password: canary, mode: "tls" });
  expect(res.body).not.toContain(canary);
  expect(res.body).not.toContain(Buffer.from(`\u0000${login}\u0000${canary}`).toString("base64"));
  expect(JSON.stringify(await messagesTo(login))).not.toContain(canary);
  expect(readFileSync(process.env.SERVER_LOG ?? "", "utf8")).not.toContain(canary);
});
