import type { FailureKind, ProbeResult, SmtpReply } from "@/lib/smtp/types";
import type { PasswordKind } from "./ids";

// The facts a rule looks at, pulled out of a probe result once. Rules classify on reply
// code + enhanced code + the `?p=<Token>` of Google's URL, never on filler text or
// spacing ("Learn more at" / "For more information, go to", one or two spaces, any
// session id): docs/gmail-replies.md#wire-format.

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
  banner?: string;
  passwordKind: PasswordKind;
}

/** The `p` token of a support.google.com/mail/?p=Token link, e.g. "InvalidSecondFactor". */
export function helpToken(reply: string): string | null {
  return /support\.google\.com\/mail\/\?p=([A-Za-z]+)/.exec(reply)?.[1] ?? null;
}

/** The article number of a support.google.com/<mail|a>/answer/<n> link, e.g. "7126229". */
export function helpAnswer(reply: string): string | null {
  return /support\.google\.com\/(?:mail|a)\/answer\/(\d+)/.exec(reply)?.[1] ?? null;
}

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
