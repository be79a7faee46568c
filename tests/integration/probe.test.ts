import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis";
import { probeLogin } from "@/lib/smtp/probe";
import { AUTH_MARKER } from "@/lib/smtp/transcript";
import { type FakeGmail, GOOD_APP_PASSWORD } from "../fake-gmail/index.mjs";
import { closedPort, startFake, user } from "./fake-env";

const ACCOUNT_PASSWORD = "correct horse battery staple";
let fake: FakeGmail;
const target = () => ({ target: { host: "127.0.0.1", tlsPort: fake.tlsPort, starttlsPort: fake.starttlsPort } });

beforeAll(async () => {
  fake = await startFake();
});
afterAll(() => fake.close());
afterEach(async () => {
  // Every check closes every socket it opened.
  await fake.waitForAllClosed(2000);
});

describe("probe against the fake Gmail: one login per check, the right verdict", () => {
  const cases: Array<[scenario: string, password: string, verdict: string, step: string | null, code: number]> = [
    ["accepted", ACCOUNT_PASSWORD, "ok", null, 235],
    ["bad-credentials", ACCOUNT_PASSWORD, "bad-credentials", "less-secure-access", 535],
    ["bad-credentials", "abcd efgh ijkl mnop", "bad-credentials", "check-password", 535],
    ["app-password-required", ACCOUNT_PASSWORD, "app-password-required", "app-password", 534],
    ["app-password-required", GOOD_APP_PASSWORD, "ok", null, 235],
    ["web-login-required", ACCOUNT_PASSWORD, "web-login-required", "web-login", 534],
    ["web-login-legacy", ACCOUNT_PASSWORD, "web-login-required", "web-login", 534],
    ["too-many-attempts", ACCOUNT_PASSWORD, "too-many-attempts", "wait", 454],
    ["too-many-attempts-legacy", ACCOUNT_PASSWORD, "too-many-attempts", "wait", 454],
    ["temporary-problem", ACCOUNT_PASSWORD, "google-unavailable", "wait", 454],
    ["microsoft", ACCOUNT_PASSWORD, "wrong-provider", "wrong-provider", 535],
    // Other forms of the same replies, each read by its meaning.
    ["bad-credentials-learn-more", ACCOUNT_PASSWORD, "bad-credentials", "less-secure-access", 535],
    ["bad-credentials-answer-py", ACCOUNT_PASSWORD, "bad-credentials", "less-secure-access", 535],
    ["bad-credentials-one-line", "abcd efgh ijkl mnop", "bad-credentials", "check-password", 535],
    ["bad-credentials-published", ACCOUNT_PASSWORD, "bad-credentials", "less-secure-access", 535],
    ["app-password-learn-more", ACCOUNT_PASSWORD, "app-password-required", "app-password", 534],
    ["app-password-published", ACCOUNT_PASSWORD, "app-password-required", "app-password", 535],
    ["web-login-published", ACCOUNT_PASSWORD, "web-login-required", "web-login", 535],
    ["web-login-through", ACCOUNT_PASSWORD, "web-login-required", "web-login", 534],
  ];
  for (const [scenario, password, verdict, step, code] of cases) {
    it(`${scenario} with ${password === ACCOUNT_PASSWORD ? "an account" : "an app"} password → ${verdict}`, async () => {
      const login = user(scenario);
      const result = await probeLogin({ user: login, pass: password }, target());
      const kind = password === ACCOUNT_PASSWORD ? "account" : "app";
      expect(diagnose(result, kind)).toEqual({ verdict, step });
      expect(result.outcome).toBe("replied");
      if (result.outcome !== "replied") return;
      expect(result.reply.code).toBe(code);
      // Exactly one AUTH reached the server, on the preferred TLS port.
      const auths = fake.authAttempts(login);
      expect(auths).toHaveLength(1);
      expect(auths[0]).toMatchObject({ user: login, password, code });
      expect(result.port).toBe(fake.tlsPort);
      expect(result.mode).toBe("tls");
    });
  }
});

describe("probe: what it reports", () => {
  it("returns Google's reply byte for byte and the TLS port's phases in order", async () => {
    const result = await probeLogin({ user: user("app-password-required"), pass: ACCOUNT_PASSWORD }, target());
    if (result.outcome !== "replied") throw new Error("expected a reply");
    expect(result.reply.reply).toMatch(
      /^534-5\.7\.9 Application-specific password required\. For more information, go to\n534 5\.7\.9 {2}https:\/\/support\.google\.com\/mail\/\?p=InvalidSecondFactor \S+ - gsmtp$/,
    );
    expect(result.reply.enhanced).toBe("5.7.9");
    const names = result.phases.filter((p) => p.port === fake.tlsPort).map((p) => p.name);
    expect(names).toEqual(["connect", "tls", "greeting", "login"]);
    expect(result.phases.every((p) => p.ms >= 0)).toBe(true);
    expect(result.elapsedMs).toBeLessThan(1000);
  });

  it("never puts the password or the AUTH payload in the transcript", async () => {
    const canary = "Canary-7f3a9-Pa55";
    const login = user("bad-credentials");
    const result = await probeLogin({ user: login, pass: canary }, target());
    const text = result.transcript.map((l) => l.text).join("\n");
    expect(text).toContain(`AUTH PLAIN ${AUTH_MARKER}`);
    expect(text).not.toContain(canary);
    expect(text).not.toContain(Buffer.from(`\u0000${login}\u0000${canary}`).toString("base64"));
    expect(text).toContain("EHLO [127.0.0.1]");
  });

  it("logs in over STARTTLS when the TLS port is closed, still only once", async () => {
    const login = user("accepted");
    const result = await probeLogin(
      { user: login, pass: ACCOUNT_PASSWORD },
      { target: { host: "127.0.0.1", tlsPort: await closedPort(), starttlsPort: fake.starttlsPort } },
    );
    expect(diagnose(result, "account").verdict).toBe("ok");
    if (result.outcome !== "replied") throw new Error("expected a reply");
    expect(result.mode).toBe("starttls");
    expect(fake.authAttempts(login)).toHaveLength(1);
    const conn = fake.connections.find((c) => c.auths.some((a) => a.user === login));
    expect(conn?.tlsEstablished).toBe(true);
    expect(conn?.commands.slice(0, 3)).toEqual(["EHLO [127.0.0.1]", "STARTTLS", "EHLO [127.0.0.1]"]);
  });

  it("both ports refused → network-blocked, no login tried", async () => {
    const result = await probeLogin(
      { user: user("accepted"), pass: ACCOUNT_PASSWORD },
      { target: { host: "127.0.0.1", tlsPort: await closedPort(), starttlsPort: await closedPort() } },
    );
    expect(diagnose(result, "account")).toEqual({ verdict: "network-blocked", step: "network" });
  });
});

describe("probe against misbehaving servers", () => {
  it("421 at EHLO on both ports → google-unavailable, with no AUTH sent", async () => {
    const f = await startFake({ ehlo: "try-again-later" });
    try {
      const result = await probeLogin(
        { user: user("accepted"), pass: ACCOUNT_PASSWORD },
        { target: { host: "127.0.0.1", tlsPort: f.tlsPort, starttlsPort: f.starttlsPort } },
      );
      expect(diagnose(result, "account")).toEqual({ verdict: "google-unavailable", step: "wait" });
      expect(result.failures.some((x) => x.reply?.code === 421 && x.reply.enhanced === "4.7.0")).toBe(true);
      expect(f.authAttempts()).toHaveLength(0);
      await f.waitForAllClosed(2000);
    } finally {
      await f.close();
    }
  });

  it("a certificate from an intercepting antivirus → tls-intercepted, names the issuer, sends nothing", async () => {
    const f = await startFake({ certificate: "intercepted" });
    try {
      const result = await probeLogin(
        { user: user("accepted"), pass: ACCOUNT_PASSWORD },
        { target: { host: "127.0.0.1", tlsPort: f.tlsPort, starttlsPort: f.starttlsPort } },
      );
      expect(diagnose(result, "account")).toEqual({ verdict: "tls-intercepted", step: "tls-intercepted" });
      expect(result.failures.map((x) => x.certIssuer).join(" ")).toContain("Avast Web/Mail Shield Root");
      expect(f.authAttempts()).toHaveLength(0);
      await f.waitForAllClosed(2000);
    } finally {
      await f.close();
    }
  });

  it("NODE_TLS_REJECT_UNAUTHORIZED=0 in the process changes nothing: an untrusted certificate still stops the login", async () => {
    const f = await startFake({ certificate: "intercepted" });
    const before = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
    try {
      const result = await probeLogin(
        { user: user("accepted"), pass: ACCOUNT_PASSWORD },
        { target: { host: "127.0.0.1", tlsPort: f.tlsPort, starttlsPort: f.starttlsPort } },
      );
      expect(diagnose(result, "account")).toEqual({ verdict: "tls-intercepted", step: "tls-intercepted" });
      expect(result.failures.find((x) => x.port === f.tlsPort)?.kind).toBe("tls-untrusted");
      // 587 refuses it too, after STARTTLS (on its own: with both, 465's refusal ends the check first).
      const starttls = await probeLogin(
        { user: user("accepted"), pass: ACCOUNT_PASSWORD },
        { target: { host: "127.0.0.1", tlsPort: f.tlsPort, starttlsPort: f.starttlsPort }, only: "starttls" },
      );
      expect(starttls.failures.map((x) => [x.port, x.phase, x.kind])).toEqual([[f.starttlsPort, "tls", "tls-untrusted"]]);
      expect(f.authAttempts()).toHaveLength(0);
      await f.waitForAllClosed(2000);
    } finally {
      if (before === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      else process.env.NODE_TLS_REJECT_UNAUTHORIZED = before;
      await f.close();
    }
  });

  it("something that answers with garbage → not-smtp", async () => {
    const f = await startFake({ greeting: "garbage" });
    try {
      const result = await probeLogin(
        { user: user("accepted"), pass: ACCOUNT_PASSWORD },
        { target: { host: "127.0.0.1", tlsPort: await closedPort(), starttlsPort: f.starttlsPort } },
      );
      expect(diagnose(result, "account")).toEqual({ verdict: "not-smtp", step: "network" });
      await f.waitForAllClosed(2000);
    } finally {
      await f.close();
    }
  });

  it("a server that takes the connection and stays silent → not-smtp; the check ends on its own timeouts", async () => {
    const f = await startFake({ greeting: "silent" });
    try {
      const result = await probeLogin(
        { user: user("accepted"), pass: ACCOUNT_PASSWORD },
        {
          target: { host: "127.0.0.1", tlsPort: f.tlsPort, starttlsPort: f.starttlsPort },
          timeouts: { tlsTimeout: 300, greetingTimeout: 300 },
        },
      );
      expect(diagnose(result, "account")).toEqual({ verdict: "not-smtp", step: "network" });
      expect(result.elapsedMs).toBeLessThan(1000);
      await f.waitForAllClosed(2000);
    } finally {
      await f.close();
    }
  });
});
