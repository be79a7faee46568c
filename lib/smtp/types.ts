import type { SendOutcome } from "./send";
import type { TranscriptLine } from "./transcript";

// The value the probe returns. It never throws for an SMTP or network failure: every
// outcome is one of these shapes, so the diagnosis can be a pure function of it.

export type PortMode = "tls" | "starttls";

/** The phases a person sees: find server → connect → secure → greeting → log in. */
export type PhaseName = "dns" | "connect" | "tls" | "greeting" | "login" | "send";

export interface Phase {
  name: PhaseName;
  port?: number;
  ok: boolean;
  /** How long the phase took, in milliseconds. */
  ms: number;
}

export interface SmtpReply {
  port: number;
  /** The three-digit reply code, e.g. 534. */
  code: number;
  /** The enhanced status code of RFC 3463, e.g. "5.7.9", when the server sent one. */
  enhanced: string | null;
  /** The full reply text, lines joined by "\n", as the server sent it. */
  reply: string;
  /** The command it answered, e.g. "AUTH PLAIN" or "EHLO". */
  command: string;
}

export type FailureKind =
  | "dns" // the name did not resolve
  | "timeout" // no answer within the phase timeout
  | "refused" // the OS refused or could not route the connection
  | "tls-untrusted" // certificate chain not trusted (antivirus, proxy, self-signed)
  | "tls-name-mismatch" // certificate for another name
  | "tls-out-of-date" // a trusted certificate for the right name, but expired or not yet valid (the clock)
  | "tls-protocol" // the TLS handshake itself failed (e.g. plain text on a TLS port)
  | "reply" // the server answered with an error reply outside AUTH (e.g. 421 at EHLO)
  | "not-smtp" // something answered, but not an SMTP server
  | "no-auth" // the server never offered to log in after TLS
  | "closed" // the server closed the connection mid-session
  | "deadline" // the probe's own overall deadline ran out
  | "cancelled" // the probe closed it: the login went to the other port, 465's certificate already answered, or the page was closed
  | "other";

/** A certificate that something other than Google presented: untrusted, or for another name (an interceptor). */
export const INTERCEPTED_KINDS: ReadonlySet<FailureKind> = new Set(["tls-untrusted", "tls-name-mismatch"]);

export interface PortFailure {
  port: number;
  mode: PortMode;
  phase: PhaseName;
  kind: FailureKind;
  /** What the library or OS said, without credentials. */
  message: string;
  reply?: SmtpReply;
  /** The issuer of the certificate that was presented, when it was not trusted. */
  certIssuer?: string;
  /** The dates of the certificate that was presented, when it was out of them. */
  certValidity?: { validFrom: string; validTo: string };
}

/** Which addresses a port's connection tried, in order, and the one that answered (none: every one failed). */
export interface Route {
  port: number;
  tried: string[];
  connected?: string;
}

interface ProbeCommon {
  phases: Phase[];
  /** The dialogue, one record per line, the AUTH payload replaced by a marker. */
  transcript: TranscriptLine[];
  elapsedMs: number;
  /** Per port: the addresses tried and the one that answered (IPv6 and IPv4 told apart). */
  routes: Route[];
  /** The greeting line(s) of the server that was used or that answered. */
  banner?: string;
}

export type ProbeResult =
  | (ProbeCommon & {
      /** AUTH was sent once and the server answered it (235 or an error). */
      outcome: "replied";
      port: number;
      mode: PortMode;
      reply: SmtpReply;
      failures: PortFailure[];
      /** When a message was to be sent after the login: how that went. */
      sent?: SendOutcome;
    })
  | (ProbeCommon & {
      /** No AUTH reply: every port failed before or during the login. */
      outcome: "failed";
      failures: PortFailure[];
    });
