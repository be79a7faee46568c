import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { diagnoseSend } from "@/lib/diagnosis/send";
import { type ProbeOptions, probeLogin } from "@/lib/smtp/probe";
import { composeTestMessage, TEST_SUBJECT } from "@/lib/smtp/test-message";
import type { FakeGmail } from "../fake-gmail/index.mjs";
import { startFake, user } from "./fake-env";

// The test mail against the fake Gmail: one login on the mode that worked, one message,
// and each way Gmail refuses to send.

let fake: FakeGmail;
beforeAll(async () => {
  fake = await startFake();
});
afterAll(() => fake.close());
afterEach(async () => {
  await fake.waitForAllClosed(2000);
});

async function send(login: string, opts: { mode?: "tls" | "starttls"; to?: string; password?: string } = {}) {
  const to = opts.to ?? login;
  const message = await composeTestMessage({ from: login, to, sentAt: new Date("2026-12-01T10:00:00Z") });
  const options: ProbeOptions = {
    target: { host: "127.0.0.1", tlsPort: fake.tlsPort, starttlsPort: fake.starttlsPort },
    only: opts.mode ?? "tls",
    mail: { from: login, to, message },
  };
  const probe = await probeLogin({ user: login, pass: opts.password ?? "pw-123456" }, options);
  return { probe, ...diagnoseSend(probe, "account") };
}

const messagesTo = (address: string) => fake.connections.flatMap((c) => c.messages).filter((m) => m.to.includes(address));

describe("the test mail", () => {
  for (const mode of ["tls", "starttls"] as const) {
    it(`is sent over ${mode} with one login, and Gmail's queue id is kept`, async () => {
      const login = user("accepted");
      const { outcome, probe } = await send(login, { mode });
      expect(outcome).toBe("sent");
      expect(fake.authAttempts(login)).toHaveLength(1);
      const conns = fake.connections.filter((c) => c.auths.some((a) => a.user === login));
      expect(conns.map((c) => c.kind)).toEqual([mode]);
      expect(messagesTo(login)).toEqual([expect.objectContaining({ from: login, to: [login], subject: TEST_SUBJECT })]);
      if (probe.outcome !== "replied" || !probe.sent?.ok) throw new Error("expected a sent message");
      expect(probe.sent.queueId).toBe(conns[0]?.sessionId);
      expect(probe.phases.map((p) => p.name)).toContain("send");
    });
  }

  it("says which app sent it and when, and nothing else", async () => {
    const login = user("accepted");
    await send(login, { password: "Canary-send-4e1a-Pa55" });
    const data = messagesTo(login)[0]?.data ?? "";
    expect(data).toContain("Gmail SMTP Wizard");
    expect(data).toContain("Date: Tue, 01 Dec 2026 10:00:00 +0000");
    expect(data).toContain("on Tue, 01 Dec 2026 10:00:00 GMT.");
    expect(data).not.toContain("Canary");
    expect(data).not.toMatch(/465|587|smtp\.gmail\.com|127\.0\.0\.1/);
  });

  it("goes to another recipient when asked", async () => {
    const login = user("accepted");
    const { outcome } = await send(login, { to: "friend@example.com" });
    expect(outcome).toBe("sent");
    expect(fake.connections.flatMap((c) => c.messages).some((m) => m.from === login && m.to.join() === "friend@example.com")).toBe(true);
  });
});

describe("when Gmail refuses to send", () => {
  const cases: Array<[scenario: string, outcome: string, stage: string]> = [
    ["daily-limit", "daily-limit", "MAIL FROM"],
    ["daily-quota", "daily-limit", "MAIL FROM"],
    ["daily-relay", "daily-limit", "RCPT TO"],
    ["daily-limit-data", "daily-limit", "DATA"],
    ["message-blocked", "message-rejected", "DATA"],
  ];
  for (const [scenario, expected, stage] of cases) {
    it(`${scenario} → ${expected} (at ${stage}), after one accepted login, nothing delivered`, async () => {
      const login = user(scenario);
      const { outcome, probe } = await send(login);
      expect(outcome).toBe(expected);
      if (probe.outcome !== "replied" || !probe.sent || probe.sent.ok) throw new Error("expected a refusal");
      expect(probe.sent.stage).toBe(stage);
      expect(probe.sent.reply?.code).toBe(scenario === "message-blocked" ? 552 : 550);
      expect(fake.authAttempts(login)).toHaveLength(1);
      expect(messagesTo(login)).toHaveLength(0);
    });
  }

  it("a recipient Gmail cannot find → recipient-rejected", async () => {
    const login = user("accepted");
    const { outcome } = await send(login, { to: "someone@no-such-domain.invalid" });
    expect(outcome).toBe("recipient-rejected");
  });

  it("a login that fails now → the login's verdict, and no MAIL FROM is sent", async () => {
    const login = user("app-password-required");
    const { outcome, step } = await send(login);
    expect({ outcome, step }).toEqual({ outcome: "app-password-required", step: "app-password" });
    const commands = fake.connections.filter((c) => c.auths.some((a) => a.user === login)).flatMap((c) => c.commands);
    expect(commands.some((c) => /^MAIL/i.test(c))).toBe(false);
  });
});
