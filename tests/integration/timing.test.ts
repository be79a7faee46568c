import { afterAll, beforeAll, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis";
import { probeLogin } from "@/lib/smtp/probe";
import { OVERALL_DEADLINE_MS, TLS_PORT_GRACE_MS } from "@/lib/smtp/timeouts";
import { AUTH_MARKER } from "@/lib/smtp/transcript";
import type { FakeGmail } from "../fake-gmail/index.mjs";
import { closedPort, startFake, user } from "./fake-env";
import { startScriptedTlsServer } from "./scripted-server";

let fake: FakeGmail;
beforeAll(async () => {
  fake = await startFake();
});
afterAll(() => fake.close());

it("prefers the TLS port when it is ready shortly after the STARTTLS port", async () => {
  const slow465 = await startScriptedTlsServer({ tlsDelayMs: TLS_PORT_GRACE_MS / 3, answerAuth: true });
  try {
    const login = user("accepted");
    const result = await probeLogin(
      { user: login, pass: "pw-123456" },
      { host: "127.0.0.1", tlsPort: slow465.port, starttlsPort: fake.starttlsPort },
    );
    expect(diagnose(result, "account").verdict).toBe("ok");
    if (result.outcome !== "replied") throw new Error("expected a reply");
    expect(result.port).toBe(slow465.port);
    expect(slow465.auths).toBe(1);
    // The STARTTLS port was ready first, and was closed without a login.
    expect(fake.authAttempts(login)).toHaveLength(0);
    expect(result.phases.some((p) => p.port === fake.starttlsPort && p.name === "greeting" && p.ok)).toBe(true);
    await fake.waitForAllClosed(2000);
    await expect.poll(() => slow465.openSockets(), { timeout: 2000 }).toBe(0);
  } finally {
    await slow465.close();
  }
});

it("a login still unanswered at the deadline: ends in time, closes, and is not called a blocked network", async () => {
  // Each step just inside its own timeout, so only the overall deadline can end the check.
  const drip = await startScriptedTlsServer({ tlsDelayMs: 4500, greetingDelayMs: 3000, ehloDelayMs: 1400, answerAuth: false });
  try {
    const result = await probeLogin(
      { user: "someone@gmail.com", pass: "pw-123456" },
      { host: "127.0.0.1", tlsPort: drip.port, starttlsPort: await closedPort() },
    );
    expect(drip.auths).toBe(1);
    expect(result.outcome).toBe("failed");
    expect(result.failures).toContainEqual(expect.objectContaining({ port: drip.port, phase: "login", kind: "deadline" }));
    expect(diagnose(result, "account")).toEqual({ verdict: "unknown", step: null });
    expect(result.elapsedMs).toBeLessThanOrEqual(OVERALL_DEADLINE_MS);
    expect(result.transcript.join("\n")).toContain("deadline");
    await expect.poll(() => drip.openSockets(), { timeout: 2000 }).toBe(0);
  } finally {
    await drip.close();
  }
}, 25_000);

it("an aborted check (the page was closed) sends no login", async () => {
  const slow = await startScriptedTlsServer({ greetingDelayMs: 500, answerAuth: true });
  try {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const result = await probeLogin(
      { user: "someone@gmail.com", pass: "pw-123456" },
      { host: "127.0.0.1", tlsPort: slow.port, starttlsPort: await closedPort() },
      { signal: controller.signal },
    );
    expect(result.outcome).toBe("failed");
    expect(result.elapsedMs).toBeLessThan(1500);
    await new Promise((r) => setTimeout(r, 600));
    expect(slow.auths).toBe(0);
    await expect.poll(() => slow.openSockets(), { timeout: 2000 }).toBe(0);
  } finally {
    await slow.close();
  }
});

it("587 without STARTTLS: the password is never sent in plain text", async () => {
  const net = await import("node:net");
  let auths = 0;
  const plain = net.createServer((s) => {
    s.on("error", () => {});
    s.write("220 smtp.gmail.com ESMTP p1 - gsmtp\r\n");
    s.on("data", (d: Buffer) => {
      if (/^EHLO/i.test(d.toString())) s.write("250-smtp.gmail.com at your service\r\n250 AUTH LOGIN PLAIN\r\n");
      if (/^STARTTLS/i.test(d.toString())) s.write("502 5.5.1 Unrecognized command. p1 - gsmtp\r\n");
      if (/^AUTH/i.test(d.toString())) auths += 1;
    });
  });
  await new Promise<void>((r) => plain.listen(0, "127.0.0.1", () => r()));
  try {
    const port = (plain.address() as import("node:net").AddressInfo).port;
    const result = await probeLogin(
      { user: "someone@gmail.com", pass: "pw-123456" },
      { host: "127.0.0.1", tlsPort: await closedPort(), starttlsPort: port },
    );
    expect(result.outcome).toBe("failed");
    expect(auths).toBe(0);
    expect(result.transcript.join("\n")).not.toContain("C: AUTH");
  } finally {
    plain.close();
  }
});

it("a phase listener that throws (a page that went away) cannot stop or hang the check", async () => {
  const login = user("accepted");
  const result = await probeLogin(
    { user: login, pass: "pw-123456" },
    { host: "127.0.0.1", tlsPort: await closedPort(), starttlsPort: fake.starttlsPort },
    {
      onPhase: () => {
        throw new Error("the stream is gone");
      },
    },
  );
  expect(diagnose(result, "account").verdict).toBe("ok");
  expect(fake.authAttempts(login)).toHaveLength(1);
  await fake.waitForAllClosed(2000);
});

it("a server that echoes the credentials back: the reply handed on is scrubbed", async () => {
  const echo = await startScriptedTlsServer({ answerAuth: false, echoAuth: true });
  try {
    const pass = "Canary-echo-3b7e-Pa55";
    const result = await probeLogin(
      { user: "someone@gmail.com", pass },
      { host: "127.0.0.1", tlsPort: echo.port, starttlsPort: await closedPort() },
    );
    if (result.outcome !== "replied") throw new Error("expected a reply");
    const payload = Buffer.from(`\u0000someone@gmail.com\u0000${pass}`).toString("base64");
    expect(result.reply.code).toBe(535);
    expect(result.reply.reply).not.toContain(payload);
    expect(result.reply.reply).toContain(AUTH_MARKER);
  } finally {
    await echo.close();
  }
});
