import type { SmtpReply } from "@/lib/smtp/types";
import { type Evidence, helpAnswer, helpToken } from "./evidence";
import type { StepId, VerdictId } from "./ids";

// The diagnosis table: first match wins. Each rule cites where its reply comes from;
// reply texts are in docs/gmail-replies.md#login-replies.

export interface Rule {
  verdict: VerdictId;
  /** The first fix step, or a function of the evidence (bad-credentials depends on the password kind). */
  step: StepId | null | ((e: Evidence) => StepId);
  /** Where the reply comes from. */
  source: string;
  matches(e: Evidence): boolean;
}

const is = (r: SmtpReply | undefined, code: number, enhanced?: string): r is SmtpReply =>
  !!r && r.code === code && (enhanced === undefined || r.enhanced === enhanced);

/** A Google reply ends with "<session id> - gsmtp"; a Google banner names smtp.gmail.com. */
const looksLikeGoogle = (text: string) => /\bgsmtp\b|smtp\.gmail\.com|google\.com/i.test(text);

export const RULES: readonly Rule[] = Object.freeze([
  {
    verdict: "ok",
    step: null,
    source: "docs/gmail-replies.md#greeting-and-capabilities: AUTH PLAIN -> 235 2.7.0 Accepted",
    matches: (e) => is(e.auth, 235),
  },
  {
    verdict: "wrong-provider",
    step: "wrong-provider",
    source: "docs/gmail-replies.md#login-replies: Microsoft, not Google (535 5.7.139)",
    matches: (e) => e.auth?.enhanced === "5.7.139" || e.otherReplies.some((r) => r.enhanced === "5.7.139"),
  },
  {
    verdict: "app-password-required",
    step: "app-password",
    source: "https://support.google.com/mail/?p=InvalidSecondFactor (534 5.7.9)",
    matches: (e) => is(e.auth, 534) && helpToken(e.auth.reply) === "InvalidSecondFactor",
  },
  {
    verdict: "web-login-required",
    step: "web-login",
    source: "https://support.google.com/mail/?p=WebLoginRequired (534 5.7.9); legacy 534 5.7.14 answer/78754",
    matches: (e) => (is(e.auth, 534) && helpToken(e.auth.reply) === "WebLoginRequired") || is(e.auth, 534, "5.7.14"),
  },
  {
    verdict: "bad-credentials",
    step: (e) => (e.passwordKind === "app" ? "check-password" : "less-secure-access"),
    source: "https://support.google.com/mail/?p=BadCredentials (535 5.7.8)",
    matches: (e) =>
      is(e.auth, 535) && (e.auth.enhanced === "5.7.8" || helpToken(e.auth.reply) === "BadCredentials") && looksLikeGoogle(e.auth.reply),
  },
  {
    verdict: "too-many-attempts",
    step: "wait",
    source: "docs/gmail-replies.md#login-replies: too many login attempts, 454 4.7.0, answer/7126229 (current) or the one-line legacy form",
    // The legacy form has no link, so its first words are the only evidence there is.
    matches: (e) => is(e.auth, 454) && (helpAnswer(e.auth.reply) === "7126229" || /too many login attempts/i.test(e.auth.reply)),
  },
  {
    verdict: "google-unavailable",
    step: "wait",
    source: "docs/gmail-replies.md#login-replies: 454 4.7.0 temporary system problem; 421 4.7.0 Try again later (EHLO); any 4xx",
    matches: (e) =>
      (!!e.auth && e.auth.code >= 400 && e.auth.code < 500 && looksLikeGoogle(e.auth.reply)) ||
      (!e.auth && e.otherReplies.some((r) => r.code >= 400 && r.code < 500)),
  },
  {
    verdict: "wrong-provider",
    step: "wrong-provider",
    source: "docs/api.md#verdicts-and-steps: another non-Google reply or banner",
    matches: (e) =>
      (!!e.auth && !looksLikeGoogle(e.auth.reply)) || (!!e.banner && /^\d{3}[ -]/.test(e.banner) && !looksLikeGoogle(e.banner)),
  },
  {
    verdict: "tls-intercepted",
    step: "tls-intercepted",
    source: "docs/gmail-replies.md#network-and-tls-failures: self-signed certificate in chain, altnames mismatch",
    matches: (e) => !e.auth && (e.failureKinds.has("tls-untrusted") || e.failureKinds.has("tls-name-mismatch")),
  },
  {
    verdict: "dns-failed",
    step: "network",
    source: "docs/gmail-replies.md#network-and-tls-failures: EDNS getaddrinfo ENOTFOUND smtp.gmail.com",
    matches: (e) => !e.auth && e.failureKinds.has("dns"),
  },
  {
    verdict: "not-smtp",
    step: "network",
    source: "docs/gmail-replies.md#network-and-tls-failures: Invalid greeting / no greeting from a non-SMTP peer",
    matches: (e) => !e.auth && e.failureKinds.has("not-smtp"),
  },
  {
    verdict: "network-blocked",
    step: "network",
    source: "docs/gmail-replies.md#network-and-tls-failures: ETIMEDOUT Connection timeout / ECONNREFUSED on both ports",
    matches: (e) =>
      !e.auth &&
      e.noPortAnswered &&
      !e.loginUnanswered &&
      e.failureKinds.size > 0 &&
      [...e.failureKinds].every((k) => k === "timeout" || k === "refused" || k === "cancelled" || k === "deadline"),
  },
  {
    verdict: "unknown",
    step: null,
    source: "anything else: the raw reply and transcript are shown",
    matches: () => true,
  },
]);
