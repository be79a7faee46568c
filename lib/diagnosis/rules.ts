import { INTERCEPTED_KINDS, type SmtpReply } from "@/lib/smtp/types";
import { type Evidence, looksLikeGoogle, type Meaning, means } from "./evidence";
import type { StepId, VerdictId } from "./ids";

// The diagnosis table: first match wins. Each rule cites where its replies come from; every
// wire form of each reply is in docs/gmail-replies.md#login-replies.

export interface Rule {
  verdict: VerdictId;
  /** The first fix step, or a function of the evidence (bad-credentials depends on the password kind). */
  step: StepId | null | ((e: Evidence) => StepId);
  /** Where the reply comes from. */
  source: string;
  matches(e: Evidence): boolean;
}

// The meanings of Google's login replies. Phrases are the stable part of each reply;
// tokens and article numbers those of its help link, current and older.
export const APP_PASSWORD: Meaning = {
  phrase: /application-specific password required/i,
  tokens: ["InvalidSecondFactor"],
  answers: ["185833"],
};
export const WEB_LOGIN: Meaning = {
  phrase: /please log in (?:with|via|through) your web browser/i,
  tokens: ["WebLoginRequired"],
  answers: ["78754"],
};
export const BAD_CREDENTIALS: Meaning = { phrase: /username and password not accepted/i, tokens: ["BadCredentials"], answers: ["14257"] };
export const TOO_MANY: Meaning = { phrase: /too many login attempts/i, tokens: [], answers: ["7126229"] };
export const TEMPORARY: Meaning = { phrase: /temporary system problem/i, tokens: [], answers: [] };

const permanent = (r: SmtpReply | undefined): r is SmtpReply => !!r && r.code >= 500 && r.code < 600;
const transient = (r: SmtpReply | undefined): r is SmtpReply => !!r && r.code >= 400 && r.code < 500;
const googleBanner = (e: Evidence) => !e.banner || looksLikeGoogle(e.banner);

export const RULES: readonly Rule[] = Object.freeze([
  {
    verdict: "ok",
    step: null,
    source: "docs/gmail-replies.md#greeting-and-capabilities: AUTH PLAIN -> 235 2.7.0 Accepted, from Google's own server",
    matches: (e) => !!e.auth && e.auth.code === 235 && googleBanner(e),
  },
  {
    verdict: "wrong-provider",
    step: "wrong-provider",
    source:
      "A login accepted by a server that is not Google's (an ISP or network box answering in its place): the program would talk to it too",
    matches: (e) => !!e.auth && e.auth.code === 235,
  },
  {
    verdict: "wrong-provider",
    step: "wrong-provider",
    source: "docs/gmail-replies.md#login-replies: Microsoft, 535 5.7.139",
    matches: (e) => e.auth?.enhanced === "5.7.139" || e.otherReplies.some((r) => r.enhanced === "5.7.139"),
  },
  {
    verdict: "app-password-required",
    step: "app-password",
    source: "https://support.google.com/mail/?p=InvalidSecondFactor: 534 5.7.9, and 535 5.7.1 in support.google.com/a/answer/3726730",
    matches: (e) => permanent(e.auth) && means(e.auth.reply, APP_PASSWORD),
  },
  {
    verdict: "web-login-required",
    step: "web-login",
    source: "https://support.google.com/mail/?p=WebLoginRequired: 534 5.7.9; legacy 534 5.7.14 answer/78754; 535 5.7.1 in answer/3726730",
    matches: (e) => permanent(e.auth) && (means(e.auth.reply, WEB_LOGIN) || (e.auth.code === 534 && e.auth.enhanced === "5.7.14")),
  },
  {
    verdict: "bad-credentials",
    step: (e) => (e.passwordKind === "app" ? "check-password" : "less-secure-access"),
    source: "https://support.google.com/mail/?p=BadCredentials: 535 5.7.8; 535 5.7.1 in answer/3726730; older answer.py?answer=14257",
    matches: (e) =>
      permanent(e.auth) &&
      looksLikeGoogle(e.auth.reply) &&
      (means(e.auth.reply, BAD_CREDENTIALS) || (e.auth.code === 535 && e.auth.enhanced === "5.7.8")),
  },
  {
    verdict: "too-many-attempts",
    step: "wait",
    source: "docs/gmail-replies.md#login-replies: 454 4.7.0 Too many login attempts, answer/7126229, and the one-line legacy form",
    matches: (e) => transient(e.auth) && means(e.auth.reply, TOO_MANY),
  },
  {
    verdict: "google-unavailable",
    step: "wait",
    source: "docs/gmail-replies.md#login-replies: 454 4.7.0 temporary system problem; 421 4.7.0 Try again later (EHLO); any 4xx",
    matches: (e) =>
      (transient(e.auth) && (means(e.auth.reply, TEMPORARY) || looksLikeGoogle(e.auth.reply))) ||
      (!e.auth && e.otherReplies.some((r) => r.code >= 400 && r.code < 500 && looksLikeGoogle(r.reply))),
  },
  {
    verdict: "wrong-provider",
    step: "wrong-provider",
    source: "A reply or greeting that is not Google's",
    matches: (e) =>
      (!!e.auth && !looksLikeGoogle(e.auth.reply)) ||
      (!!e.banner && /^\d{3}[ -]/.test(e.banner) && !looksLikeGoogle(e.banner)) ||
      (!e.auth && e.otherReplies.some((r) => !looksLikeGoogle(r.reply))),
  },
  {
    verdict: "clock-wrong",
    step: "clock",
    source: "docs/gmail-replies.md#network-and-tls-failures: CERT_HAS_EXPIRED / CERT_NOT_YET_VALID on a trusted certificate",
    // Only when no login went out on the other port: these verdicts say the password was not sent.
    matches: (e) => !e.auth && !e.loginUnanswered && e.failureKinds.has("tls-out-of-date"),
  },
  {
    verdict: "tls-intercepted",
    step: "tls-intercepted",
    source: "docs/gmail-replies.md#network-and-tls-failures: self-signed certificate in chain, altnames mismatch",
    matches: (e) => !e.auth && !e.loginUnanswered && [...e.failureKinds].some((k) => INTERCEPTED_KINDS.has(k)),
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
    source: "docs/gmail-replies.md#network-and-tls-failures: ETIMEDOUT Connection timeout / ECONNREFUSED on every port tried",
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
