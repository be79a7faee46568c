import type { FailureKind, ProbeResult, SmtpReply } from "@/lib/smtp/types";
import type { PasswordKind } from "./ids";

// The facts a rule looks at, pulled out of a probe result once. A reply's meaning is read
// from its main phrase or from its help link (a `?p=<Token>`, an /answer/<n> or an old
// answer.py?answer=<n>), together with its code: never from filler text ("Learn more at",
// "For more information, go to"), line breaks, spacing or the session id; and an enhanced
// code that disagrees with the phrase does not override it (Google's published 535 5.7.1
// forms): docs/gmail-replies.md#wire-format.

export interface Evidence {
  /** The answer to AUTH, when the login got one. */
  auth?: SmtpReply;
  /** Error replies the server sent outside AUTH (e.g. 421 at EHLO). */
  otherReplies: readonly SmtpReply[];
  failureKinds: ReadonlySet<FailureKind>;
  /** True when every port failed and none got as far as an SMTP reply. */
  noPortAnswered: boolean;
  /** True when a port got as far as sending AUTH but no answer came back. */
  loginUnanswered: boolean;
  /** The greeting of the server that answered the login (or that answered at all). */
  banner?: string;
  passwordKind: PasswordKind;
}

/** The `p` token of a support.google.com/mail/?p=Token link, e.g. "InvalidSecondFactor". */
export function helpToken(reply: string): string | null {
  return /support\.google\.com\/mail\/\?p=([A-Za-z]+)/.exec(reply)?.[1] ?? null;
}

/** The article of a help link: support.google.com/<mail|a|accounts>/answer/<n>, or the older …/bin/answer.py?…answer=<n>. */
export function helpAnswer(reply: string): string | null {
  return (
    /support\.google\.com\/(?:mail|a|accounts)\/answer\/(\d+)/.exec(reply)?.[1] ??
    /support\.google\.com\/(?:mail|a|accounts)\/bin\/answer\.py\?(?:\S*&)?answer=(\d+)/.exec(reply)?.[1] ??
    null
  );
}

/**
 * What the server says, without the code prefix of each line and with the lines joined by
 * one space, so a phrase split across two lines still reads as one: "534-5.7.9 Please log in
 * with your web browser and then try again. For more\n534-5.7.9 information, go to" →
 * "Please log in with your web browser and then try again. For more information, go to".
 */
export function replyWords(reply: string): string {
  return reply
    .split("\n")
    .map((line) => line.replace(/^\d{3}[ -](?:[245]\.\d{1,3}\.\d{1,3}\s+)?/, "").trim())
    .join(" ")
    .replace(/\s+/g, " ");
}

/** A meaning of Google's login replies, recognised by phrase, help token or help article. */
export interface Meaning {
  phrase: RegExp;
  tokens: readonly string[];
  answers: readonly string[];
}

export function means(reply: string, meaning: Meaning): boolean {
  if (meaning.phrase.test(replyWords(reply))) return true;
  const token = helpToken(reply);
  if (token && meaning.tokens.includes(token)) return true;
  const answer = helpAnswer(reply);
  return !!answer && meaning.answers.includes(answer);
}

/** A Google reply ends with "<session id> - gsmtp"; a Google banner names smtp.gmail.com. */
export const looksLikeGoogle = (text: string) => /\bgsmtp\b|smtp\.gmail\.com|google\.com/i.test(text);

export function gatherEvidence(probe: ProbeResult, passwordKind: PasswordKind): Evidence {
  const otherReplies = probe.failures.flatMap((f) => (f.reply ? [f.reply] : []));
  return {
    ...(probe.outcome === "replied" ? { auth: probe.reply } : {}),
    otherReplies,
    failureKinds: new Set(probe.failures.map((f) => f.kind)),
    noPortAnswered: probe.outcome === "failed" && otherReplies.length === 0,
    loginUnanswered: probe.failures.some((f) => f.phase === "login"),
    ...(probe.banner ? { banner: probe.banner } : {}),
    passwordKind,
  };
}
