import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis";
import { parseReply } from "@/lib/smtp/errors";
import type { FailureKind, PortFailure, ProbeResult } from "@/lib/smtp/types";
import * as R from "./replies";

const BANNER = `220 smtp.gmail.com ESMTP ${R.ID} - gsmtp`;

function replied(text: string, banner = BANNER): ProbeResult {
  const reply = parseReply(text, 465, "AUTH PLAIN");
  if (!reply) throw new Error(`not a reply: ${text}`);
  return { outcome: "replied", port: 465, mode: "tls", reply, failures: [], banner, phases: [], transcript: [], routes: [], elapsedMs: 1 };
}

function failed(...failures: Array<{ kind: FailureKind; reply?: string; port?: number; phase?: PortFailure["phase"] }>): ProbeResult {
  const list: PortFailure[] = failures.map((f, i) => {
    const port = f.port ?? (i === 0 ? 465 : 587);
    const reply = f.reply ? parseReply(f.reply, port, "EHLO") : undefined;
    return {
      port,
      mode: port === 465 ? "tls" : "starttls",
      phase: f.phase ?? "connect",
      kind: f.kind,
      message: "x",
      ...(reply ? { reply } : {}),
    };
  });
  return { outcome: "failed", failures: list, phases: [], transcript: [], routes: [], elapsedMs: 1 };
}

describe("diagnose: Gmail's login replies", () => {
  const cases: Array<[string, string, string, string | null]> = [
    ["235 accepted", R.ACCEPTED, "ok", null],
    ["534 InvalidSecondFactor (current)", R.APP_PASSWORD_REQUIRED, "app-password-required", "app-password"],
    ["534 InvalidSecondFactor (Learn more at, one space)", R.APP_PASSWORD_REQUIRED_LEARN_MORE, "app-password-required", "app-password"],
    ["534 WebLoginRequired (current)", R.WEB_LOGIN, "web-login-required", "web-login"],
    ["534 5.7.14 (legacy)", R.WEB_LOGIN_LEGACY, "web-login-required", "web-login"],
    ["454 too many attempts (current)", R.TOO_MANY, "too-many-attempts", "wait"],
    ["454 too many attempts (one-line legacy)", R.TOO_MANY_LEGACY, "too-many-attempts", "wait"],
    ["454 temporary system problem", R.TEMPORARY, "google-unavailable", "wait"],
    ["535 5.7.139 from Microsoft", R.MICROSOFT, "wrong-provider", "wrong-provider"],
  ];
  for (const [name, text, verdict, step] of cases) {
    it(`${name} → ${verdict}`, () => {
      expect(diagnose(replied(text), "account")).toEqual({ verdict, step });
    });
  }

  it("535 BadCredentials with an account password → less-secure-access (Google refuses plain passwords)", () => {
    expect(diagnose(replied(R.BAD_CREDENTIALS), "account")).toEqual({ verdict: "bad-credentials", step: "less-secure-access" });
  });

  it("tells a mistyped or revoked app password from a refused account password", () => {
    expect(diagnose(replied(R.BAD_CREDENTIALS), "app")).toEqual({ verdict: "bad-credentials", step: "check-password" });
    expect(diagnose(replied(R.BAD_CREDENTIALS_LEARN_MORE), "app")).toEqual({ verdict: "bad-credentials", step: "check-password" });
  });

  it("a Google reply with no known phrase or link stays unknown (its text is shown)", () => {
    const odd = `534 5.7.9 Something this wizard has never seen. For more information, go to ${R.ID} - gsmtp`;
    expect(diagnose(replied(odd), "account")).toEqual({ verdict: "unknown", step: null });
  });

  it("a 2xx that is not 235 is not a login", () => {
    expect(diagnose(replied(`250 2.0.0 OK ${R.ID} - gsmtp`), "app").verdict).toBe("unknown");
  });

  it("a 535 from a server whose banner is not Google's → wrong-provider", () => {
    const probe = replied("535 5.7.8 Authentication credentials invalid", "220 mx.example.net ESMTP Postfix");
    expect(diagnose(probe, "account").verdict).toBe("wrong-provider");
  });
});

describe("diagnose: every form of every reply, by its meaning, whatever its enhanced code", () => {
  for (const [name, text, verdict] of R.FORMS) {
    it(`${name} → ${verdict}`, () => {
      expect(diagnose(replied(text), "account").verdict).toBe(verdict);
    });
  }

  it("the meaning wins over a code that disagrees: Application-specific password required under 535 5.7.8", () => {
    const odd = `535 5.7.8 Application-specific password required. ${R.ID} - gsmtp`;
    expect(diagnose(replied(odd), "account")).toEqual({ verdict: "app-password-required", step: "app-password" });
  });
});

describe("diagnose: who answered", () => {
  it("a 235 from a server whose greeting is not Google's is not a login that works → wrong-provider", () => {
    const probe = replied(R.ACCEPTED, "220 mail.isp.example ESMTP Postfix");
    expect(diagnose(probe, "app")).toEqual({ verdict: "wrong-provider", step: "wrong-provider" });
  });
});

describe("diagnose: failures before the login", () => {
  it("421 4.7.0 at EHLO on both ports → google-unavailable", () => {
    const probe = failed({ kind: "reply", reply: R.TRY_AGAIN_LATER_EHLO }, { kind: "reply", reply: R.TRY_AGAIN_LATER_EHLO });
    expect(diagnose(probe, "account")).toEqual({ verdict: "google-unavailable", step: "wait" });
  });
  it("both ports time out or are refused → network-blocked", () => {
    expect(diagnose(failed({ kind: "timeout" }, { kind: "refused" }), "app")).toEqual({ verdict: "network-blocked", step: "network" });
  });
  it("a login that got no answer is not a blocked network → unknown", () => {
    const probe = failed({ kind: "timeout" }, { kind: "cancelled" });
    probe.failures[0]!.phase = "login";
    expect(diagnose(probe, "app")).toEqual({ verdict: "unknown", step: null });
  });
  it("the name does not resolve → dns-failed", () => {
    expect(diagnose(failed({ kind: "dns" }, { kind: "dns" }), "app")).toEqual({ verdict: "dns-failed", step: "network" });
  });
  it("a trusted certificate out of its dates → clock-wrong, step clock", () => {
    expect(diagnose(failed({ kind: "tls-out-of-date" }, { kind: "tls-out-of-date" }), "app")).toEqual({
      verdict: "clock-wrong",
      step: "clock",
    });
  });
  it("an untrusted certificate on either port → tls-intercepted", () => {
    expect(diagnose(failed({ kind: "tls-untrusted" }, { kind: "timeout" }), "app")).toEqual({
      verdict: "tls-intercepted",
      step: "tls-intercepted",
    });
    expect(diagnose(failed({ kind: "tls-name-mismatch" }, { kind: "tls-name-mismatch" }), "app").verdict).toBe("tls-intercepted");
  });
  it("a refused certificate on 465 while 587's login got no answer: not a verdict that says the password stayed home", () => {
    // 587 was ready first and logged in; 465's certificate was refused within its grace; then the deadline.
    for (const kind of ["tls-untrusted", "tls-name-mismatch", "tls-out-of-date"] as const) {
      const result = failed({ kind, phase: "tls" }, { kind: "deadline", phase: "login" });
      expect(diagnose(result, "app")).toEqual({ verdict: "unknown", step: null });
    }
  });
  it("something that is not an SMTP server → not-smtp", () => {
    expect(diagnose(failed({ kind: "not-smtp" }, { kind: "timeout" }), "app")).toEqual({ verdict: "not-smtp", step: "network" });
  });
  it("anything else → unknown, with no step", () => {
    expect(diagnose(failed({ kind: "other" }, { kind: "closed" }), "app")).toEqual({ verdict: "unknown", step: null });
  });
});
