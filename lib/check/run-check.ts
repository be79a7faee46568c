import "server-only";
import { diagnose } from "@/lib/diagnosis";
import { probeLogin } from "@/lib/smtp/probe";
import { smtpTarget } from "@/lib/smtp/target";
import type { Phase, ProbeResult } from "@/lib/smtp/types";
import { knownNonGoogleProvider } from "@/lib/steps/address";
import { inferPasswordKind, normalizeAppPassword } from "@/lib/steps/password";
import type { CheckRequest } from "./schema";
import type { CheckResponse } from "./types";

export interface RunOptions {
  onPhase?: (phase: Phase) => void;
  signal?: AbortSignal;
}

/** One check: a real login attempt, then the diagnosis. The password lives only in this call. */
export async function runCheck(input: CheckRequest, options: RunOptions = {}): Promise<CheckResponse> {
  const started = Date.now();
  const passwordKind = input.passwordKind ?? inferPasswordKind(input.password);
  // An app password is 16 letters; Google shows it in groups of four, so spaces that a
  // person pasted along are removed. Only for an app password: others are sent as typed.
  const password = passwordKind === "app" ? normalizeAppPassword(input.password) : input.password;

  const provider = knownNonGoogleProvider(input.email);
  if (provider) {
    // No login is tried: sending an Outlook or Yahoo password to Google would only cost
    // a failed login and could never work.
    return {
      verdict: "wrong-provider",
      step: "wrong-provider",
      phases: [],
      transcript: [],
      elapsedMs: Date.now() - started,
      passwordKind,
      provider,
    };
  }

  const probe = await probeLogin({ user: input.email, pass: password }, options);
  const { verdict, step } = diagnose(probe, passwordKind);
  const reply = probe.outcome === "replied" ? { ...probe.reply, mode: probe.mode } : firstReply(probe);
  const certIssuer = probe.failures.find((f) => f.certIssuer)?.certIssuer;
  return {
    verdict,
    step,
    ...(reply
      ? {
          smtp: {
            host: smtpTarget().host,
            port: reply.port,
            mode: reply.mode,
            code: reply.code,
            enhanced: reply.enhanced,
            reply: reply.reply,
          },
        }
      : {}),
    phases: probe.phases,
    transcript: probe.transcript,
    elapsedMs: probe.elapsedMs,
    passwordKind,
    ...(certIssuer ? { certIssuer } : {}),
  };
}

function firstReply(probe: ProbeResult) {
  for (const f of probe.failures) if (f.reply) return { ...f.reply, mode: f.mode };
  return undefined;
}
