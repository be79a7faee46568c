import "server-only";
import { diagnoseSend } from "@/lib/diagnosis/send";
import { probeLogin } from "@/lib/smtp/probe";
import { smtpTarget } from "@/lib/smtp/target";
import { composeTestMessage } from "@/lib/smtp/test-message";
import { inferPasswordKind, normalizeAppPassword } from "@/lib/steps/password";
import type { RunOptions } from "./run-check";
import type { SendRequest } from "./schema";
import type { SendResponse } from "./types";

/**
 * The test mail: one login on the port of the mode that just worked, then one message from
 * the address to itself (or to `to`). The password lives only in this call.
 */
export async function runSend(input: SendRequest, options: RunOptions = {}): Promise<SendResponse> {
  const passwordKind = input.passwordKind ?? inferPasswordKind(input.password);
  const password = passwordKind === "app" ? normalizeAppPassword(input.password) : input.password;
  const to = input.to ?? input.email;
  const message = await composeTestMessage({ from: input.email, to, sentAt: new Date() });
  const probe = await probeLogin(
    { user: input.email, pass: password },
    { ...options, only: input.mode, mail: { from: input.email, to, message } },
  );
  const { outcome, step } = diagnoseSend(probe, passwordKind);
  const target = smtpTarget();
  // The reply that decided: the end of DATA (or the refusal of MAIL, RCPT or DATA), else the
  // answer to AUTH, else an error reply before the login.
  const reply = probe.outcome === "replied" ? (probe.sent?.reply ?? probe.reply) : probe.failures.find((f) => f.reply)?.reply;
  const port = input.mode === "tls" ? target.tlsPort : target.starttlsPort;
  return {
    outcome,
    step,
    from: input.email,
    to,
    ...(probe.outcome === "replied" && probe.sent?.ok && probe.sent.queueId ? { queueId: probe.sent.queueId } : {}),
    ...(reply
      ? { smtp: { host: target.host, port, mode: input.mode, code: reply.code, enhanced: reply.enhanced, reply: reply.reply } }
      : {}),
    phases: probe.phases,
    transcript: probe.transcript,
    elapsedMs: probe.elapsedMs,
    passwordKind,
  };
}
