import type { ProbeResult, SmtpReply } from "@/lib/smtp/types";
import type { PasswordKind, SendOutcomeId, StepId } from "./ids";
import { diagnose } from "./index";

// The test mail's outcome, a pure function of what the server said (docs/gmail-replies.md,
// "Sending, after the login"). When the login itself fails now, the outcome is the login's
// verdict, with its fix step.

/**
 * Gmail's daily sending limit, in each wording it has used: "Daily user sending limit
 * exceeded", "Daily user sending quota exceeded", and the Workspace relay's "Daily SMTP
 * relay limit exceeded for user …"; always 550 5.4.5.
 */
const DAILY_LIMIT = /\bdaily (user sending|smtp relay) (limit|quota)\b/i;

export function isDailyLimit(reply: SmtpReply): boolean {
  return reply.code === 550 && (reply.enhanced === "5.4.5" || DAILY_LIMIT.test(reply.reply));
}

export interface SendDiagnosis {
  outcome: SendOutcomeId;
  /** For a login verdict: its first fix step. */
  step: StepId | null;
}

export function diagnoseSend(probe: ProbeResult, passwordKind: PasswordKind): SendDiagnosis {
  if (probe.outcome !== "replied" || probe.reply.code !== 235 || !probe.sent) {
    const { verdict, step } = diagnose(probe, passwordKind);
    // A login accepted without a sending attempt can only mean the check was cut short.
    return verdict === "ok" ? { outcome: "unknown", step: null } : { outcome: verdict, step };
  }
  const sent = probe.sent;
  if (sent.ok) return { outcome: "sent", step: null };
  const reply = sent.reply;
  if (!reply) return { outcome: "unknown", step: null };
  if (isDailyLimit(reply)) return { outcome: "daily-limit", step: null };
  if (reply.code >= 400 && reply.code < 500) return { outcome: "google-unavailable", step: "wait" };
  if (sent.stage === "RCPT TO") return { outcome: "recipient-rejected", step: null };
  return { outcome: "message-rejected", step: null };
}
