import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis";
import { probeNotes } from "@/lib/diagnosis/notes";
import { probeLogin } from "@/lib/smtp/probe";
import { noteText } from "@/lib/steps/note-copy";
import type { FakeGmail } from "../fake-gmail/index.mjs";
import { startSlowProxy } from "../support/slow-proxy.mjs";
import { closedPort, startFake, user } from "./fake-env";
import { startScriptedServer } from "./scripted-server";

// The network, told apart: which port is blocked, which address family is unreachable,
// who answered, and a clock that is wrong (docs/api.md, "Notes").

let fake: FakeGmail;
beforeAll(async () => {
  fake = await startFake();
});
afterAll(() => fake.close());

/** Whether this machine can use ::1 at all (some containers have no IPv6). */
async function hasIpv6Loopback(): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once("error", () => resolve(false));
    s.listen(0, "::1", () => s.close(() => resolve(true)));
  });
}

describe("ports and address families", () => {
  it("one port blocked, the other open: the verdict is about the login, and a note says which port to use", async () => {
    const blocked = await closedPort();
    const result = await probeLogin(
      { user: user("accepted"), pass: "pw-123456" },
      { target: { host: "127.0.0.1", tlsPort: blocked, starttlsPort: fake.starttlsPort } },
    );
    expect(diagnose(result, "account").verdict).toBe("ok");
    expect(probeNotes(result)).toContainEqual({
      kind: "port-blocked",
      port: blocked,
      mode: "tls",
      usePort: fake.starttlsPort,
      useMode: "starttls",
    });
  });

  // 465's certificate refused while 587 is connected and waiting for its greeting.
  const refused = [
    { certificate: "intercepted", host: "127.0.0.1", kind: "tls-untrusted", verdict: "tls-intercepted", step: "tls-intercepted" },
    { certificate: "trusted", host: "other-name.test", kind: "tls-name-mismatch", verdict: "tls-intercepted", step: "tls-intercepted" },
    { certificate: "expired", host: "127.0.0.1", kind: "tls-out-of-date", verdict: "clock-wrong", step: "clock" },
  ] as const;
  for (const c of refused) {
    it(`465's certificate refused (${c.kind}): the check ends there at once, closing a connected 587, and no password is sent`, async () => {
      const f = await startFake({ certificate: c.certificate });
      const slow587 = await startScriptedServer({ tls: false, starttls: true, greetingDelayMs: 5000 });
      try {
        const login = user("accepted");
        const result = await probeLogin(
          { user: login, pass: "pw-123456" },
          { target: { host: c.host, tlsPort: f.tlsPort, starttlsPort: slow587.port } },
        );
        expect(diagnose(result, "account")).toEqual({ verdict: c.verdict, step: c.step });
        expect(result.elapsedMs).toBeLessThan(2000);
        expect(result.failures).toContainEqual(expect.objectContaining({ port: f.tlsPort, phase: "tls", kind: c.kind }));
        expect(result.failures).toContainEqual(expect.objectContaining({ port: slow587.port, kind: "cancelled" }));
        expect(result.transcript).toContainEqual({
          port: slow587.port,
          from: "note",
          text: `closed: port ${f.tlsPort}'s certificate already answered the check`,
        });
        expect(probeNotes(result).map((n) => n.kind)).not.toContain("port-intercepted");
        // An interceptor may spare 587, so the result says it was not tried; a wrong clock would refuse it too.
        const untested = { kind: "port-untested", port: slow587.port, mode: "starttls", stoppedAt: f.tlsPort };
        if (c.verdict === "tls-intercepted") expect(probeNotes(result)).toContainEqual(untested);
        else expect(probeNotes(result).map((n) => n.kind)).not.toContain("port-untested");
        // 587 was connected (then closed, before its greeting), and got no login.
        expect(result.phases).toContainEqual(expect.objectContaining({ name: "connect", port: slow587.port, ok: true }));
        expect(slow587.auths).toBe(0);
        expect(f.authAttempts(login)).toHaveLength(0);
        await expect.poll(() => slow587.openSockets(), { timeout: 2000 }).toBe(0);
        await f.waitForAllClosed(2000);
      } finally {
        await slow587.close();
        await f.close();
      }
    });
  }

  it("587 ready first, then 465's certificate refused within its grace: the login goes through 587, and a note names the intercepted port", async () => {
    const intercepted = await startFake({ certificate: "intercepted" });
    // 465 takes 400 ms to answer; 587 is ready long before that (milliseconds on loopback).
    const slow465 = await startSlowProxy(intercepted.tlsPort, 400);
    try {
      const login = user("accepted");
      const result = await probeLogin(
        { user: login, pass: "pw-123456" },
        {
          target: { host: "127.0.0.1", tlsPort: slow465.port, starttlsPort: fake.starttlsPort },
          timeouts: { tlsPortGrace: 2000 },
        },
      );
      expect(diagnose(result, "account").verdict).toBe("ok");
      const note = probeNotes(result).find((n) => n.kind === "port-intercepted");
      expect(note).toMatchObject({ mode: "tls", usePort: fake.starttlsPort, useMode: "starttls" });
      expect(note && "issuer" in note ? note.issuer : "").toMatch(/Avast/);
      expect(noteText(note ?? { kind: "no-mx" })).toMatch(
        new RegExp(`did not reach Google.*Avast Web/Mail Shield.*set your program to port ${fake.starttlsPort}, security STARTTLS`),
      );
      expect(intercepted.authAttempts(login)).toHaveLength(0);
      expect(fake.authAttempts(login)).toHaveLength(1);
      await intercepted.waitForAllClosed(2000);
    } finally {
      await slow465.close();
      await intercepted.close();
    }
  });

  it("a host with IPv6 and IPv4 whose IPv6 address cannot be reached: IPv4 is used, and a note says so", async (ctx) => {
    if (!(await hasIpv6Loopback())) {
      ctx.skip(); // This machine has no ::1, so an IPv6 connection cannot be refused here.
      return;
    }
    // The tests' DNS server gives dual-stack.test both ::1 and 127.0.0.1; the fake listens on 127.0.0.1 only.
    const result = await probeLogin(
      { user: user("accepted"), pass: "pw-123456" },
      { target: { host: "dual-stack.test", tlsPort: fake.tlsPort, starttlsPort: fake.starttlsPort } },
    );
    expect(diagnose(result, "account").verdict).toBe("ok");
    expect(result.routes.find((r) => r.port === fake.tlsPort)).toMatchObject({ tried: ["::1", "127.0.0.1"], connected: "127.0.0.1" });
    expect(probeNotes(result)).toContainEqual({ kind: "ipv6-unreachable", address: "::1", usedAddress: "127.0.0.1" });
  });

  it("--ipv4 (family 4) uses only IPv4 addresses: no IPv6 is tried", async () => {
    const result = await probeLogin(
      { user: user("accepted"), pass: "pw-123456" },
      { target: { host: "dual-stack.test", tlsPort: fake.tlsPort, starttlsPort: fake.starttlsPort }, family: 4 },
    );
    expect(result.routes.every((r) => r.tried.every((a) => !a.includes(":")))).toBe(true);
    expect(probeNotes(result).filter((n) => n.kind === "ipv6-unreachable")).toEqual([]);
  });
});

describe("who answered", () => {
  it("a login accepted by a server that is not Google's → wrong-provider, with what answered", async () => {
    const impostor = await startScriptedServer({
      greeting: "220 mail.isp.example ESMTP Postfix",
      on: { EHLO: ["250-mail.isp.example", "250-AUTH PLAIN LOGIN", "250 8BITMIME"], AUTH: "235 2.7.0 Authentication successful" },
    });
    try {
      const result = await probeLogin(
        { user: "someone@gmail.com", pass: "pw-123456" },
        { target: { host: "127.0.0.1", tlsPort: impostor.port, starttlsPort: await closedPort() } },
      );
      expect(diagnose(result, "account")).toEqual({ verdict: "wrong-provider", step: "wrong-provider" });
      expect(probeNotes(result)).toContainEqual({ kind: "non-google-greeting", text: "220 mail.isp.example ESMTP Postfix" });
    } finally {
      await impostor.close();
    }
  });
});

describe("a certificate out of its dates: the clock, not an interceptor", () => {
  for (const certificate of ["expired", "not-yet-valid"] as const) {
    it(`${certificate} → clock-wrong, with the certificate's dates, and no AUTH`, async () => {
      const f = await startFake({ certificate });
      try {
        const login = user("accepted");
        const result = await probeLogin(
          { user: login, pass: "pw-123456" },
          { target: { host: "127.0.0.1", tlsPort: f.tlsPort, starttlsPort: f.starttlsPort } },
        );
        expect(diagnose(result, "account")).toEqual({ verdict: "clock-wrong", step: "clock" });
        const validity = result.failures.find((x) => x.certValidity)?.certValidity;
        expect(validity).toBeDefined();
        const now = Date.now();
        if (certificate === "expired") expect(Date.parse(validity?.validTo ?? "")).toBeLessThan(now);
        else expect(Date.parse(validity?.validFrom ?? "")).toBeGreaterThan(now);
        expect(f.authAttempts()).toHaveLength(0);
        await f.waitForAllClosed(2000);
      } finally {
        await f.close();
      }
    });
  }
});
