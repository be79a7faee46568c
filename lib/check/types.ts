import type { PasswordKind, SendOutcomeId, StepId, VerdictId } from "@/lib/diagnosis/ids";
import type { Note } from "@/lib/diagnosis/notes";
import type { DomainInfo } from "@/lib/domain/lookup";
import type { Refusal } from "@/lib/guard/limits";
import type { TranscriptLine } from "@/lib/smtp/transcript";
import type { Phase, PortMode } from "@/lib/smtp/types";

export type { TranscriptLine };

/** The 200 body of POST /api/check (docs/api.md), shared by the route, the page and the tests. */
export interface CheckResponse {
  verdict: VerdictId;
  step: StepId | null;
  /** The reply that decided the verdict: the answer to AUTH, or an error reply before it; and the server that gave it. */
  smtp?: SmtpSummary;
  phases: Phase[];
  /** The dialogue as data; it becomes text only where it is shown or copied. */
  transcript: TranscriptLine[];
  elapsedMs: number;
  passwordKind: PasswordKind;
  /** The issuer of an untrusted certificate, when one was seen. */
  certIssuer?: string;
  /** Set when the address belongs to another provider and no login was tried. */
  provider?: string;
  /** Seconds until this account may log in again, when Google asked for a pause (too-many-attempts, google-unavailable). */
  retryAfter?: number;
  /** Where the address's mail lives: Gmail, Google Workspace, a forwarder, another provider, or not checked. */
  domain: DomainInfo;
  /** What the check found besides its verdict (a blocked port, an unreachable IPv6 route, …). */
  notes: Note[];
  /** For clock-wrong: the computer's time and the certificate's dates (ISO 8601). */
  clock?: { now: string; validFrom: string; validTo: string };
}

/** A reply, where it came from, and in which TLS mode. */
export interface SmtpSummary {
  /** The SMTP server: smtp.gmail.com (or the test server). */
  host: string;
  port: number;
  mode: PortMode;
  code: number;
  enhanced: string | null;
  reply: string;
}

/** The 200 body of POST /api/send (docs/api.md). */
export interface SendResponse {
  outcome: SendOutcomeId;
  /** For a login verdict: its first fix step. */
  step: StepId | null;
  from: string;
  to: string;
  /** Google's id for the message, from "250 2.0.0 OK <time> <id> - gsmtp". */
  queueId?: string;
  smtp?: SmtpSummary;
  phases: Phase[];
  transcript: TranscriptLine[];
  elapsedMs: number;
  passwordKind: PasswordKind;
  /** Seconds until this account may log in again, when Google asked for a pause. */
  retryAfter?: number;
}

export interface ApiError {
  error: {
    field: string | null;
    message: string;
    /** 429 only: seconds until this account may be tried again (also the Retry-After header). */
    retryAfter?: number;
    /** 429 only: why (see lib/guard/limits.ts). */
    reason?: Refusal;
  };
}

/**
 * With `Accept: application/x-ndjson` an answer streams one JSON object per line: a
 * `{"phase": …}` as each phase ends, then one `{"result": …}` (or `{"error": …}`).
 */
export type StreamLine<R> = { phase: Phase } | { result: R } | ApiError;
export type CheckStreamLine = StreamLine<CheckResponse>;
