import "server-only";
import { diagnose } from "@/lib/diagnosis";
import { type Note, probeNotes } from "@/lib/diagnosis/notes";
import { type DomainInfo, type DomainLookup, lookupDomain } from "@/lib/domain/lookup";
import { PROVIDER_SMTP } from "@/lib/domain/providers";
import { probeLogin } from "@/lib/smtp/probe";
import type { Family } from "@/lib/smtp/resolve";
import { smtpTarget } from "@/lib/smtp/target";
import type { Phase, ProbeResult } from "@/lib/smtp/types";
import { knownNonGoogleProvider } from "@/lib/steps/address";
import { inferPasswordKind, normalizeAppPassword } from "@/lib/steps/password";
import { InputError } from "./input-error";
import type { CheckRequest } from "./schema";
import type { CheckResponse } from "./types";

export interface RunOptions {
  onPhase?: (phase: Phase) => void;
  signal?: AbortSignal;
  /** Only addresses of this family (the command line's --ipv4 / --ipv6). */
  family?: Family;
}

/** The notes a domain look-up adds to the result. */
function domainNotes(lookup: DomainLookup): Note[] {
  if (lookup.kind !== "unchecked") return [];
  if (lookup.reason === "unknown-mx") return [{ kind: "mx-unknown", mx: lookup.mx ?? [] }];
  if (lookup.reason === "no-mx") return [{ kind: "no-mx" }];
  return [{ kind: "domain-unchecked" }];
}

/**
 * One check: where the address's mail lives (a custom domain's MX records, before any
 * login), then a real login attempt, then the diagnosis. The password lives only in this call.
 */
export async function runCheck(input: CheckRequest, options: RunOptions = {}): Promise<CheckResponse> {
  const started = Date.now();
  const passwordKind = input.passwordKind ?? inferPasswordKind(input.password);
  // An app password is 16 letters; Google shows it in groups of four, so spaces that a
  // person pasted along are removed. Only for an app password: others are sent as typed.
  const password = passwordKind === "app" ? normalizeAppPassword(input.password) : input.password;
  const noLogin = (verdict: "wrong-provider" | "forwarded-address", domain: DomainInfo, provider?: string): CheckResponse => ({
    verdict,
    step: verdict === "wrong-provider" ? "wrong-provider" : "send-mail-as",
    phases: [],
    transcript: [],
    elapsedMs: Date.now() - started,
    passwordKind,
    domain,
    notes: [],
    ...(provider ? { provider } : {}),
  });

  // An address at Outlook, Yahoo and the like: no login is tried (it could never work, and
  // would only cost a failed login).
  const provider = knownNonGoogleProvider(input.email);
  if (provider) {
    const smtp = PROVIDER_SMTP[provider];
    return noLogin("wrong-provider", { kind: "other-provider", provider, mx: [], ...(smtp ? { smtp } : {}) }, provider);
  }
  // A custom domain: its MX records say Workspace (log in), another provider or a forwarder
  // (no login), or no mail at all (a typo).
  const lookup = await lookupDomain(input.email);
  if (lookup.kind === "no-mail") throw new InputError("email", `${lookup.domain} has no mail servers: check the spelling.`);
  if (lookup.kind === "other-provider") return noLogin("wrong-provider", lookup, lookup.provider);
  if (lookup.kind === "forwarder") return noLogin("forwarded-address", lookup, lookup.provider);

  const probe = await probeLogin({ user: input.email, pass: password }, { ...options, ...(input.mode ? { only: input.mode } : {}) });
  const { verdict, step } = diagnose(probe, passwordKind);
  const reply = probe.outcome === "replied" ? { ...probe.reply, mode: probe.mode } : firstReply(probe);
  const certIssuer = probe.failures.find((f) => f.certIssuer)?.certIssuer;
  const certValidity = probe.failures.find((f) => f.certValidity)?.certValidity;
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
    elapsedMs: Date.now() - started,
    passwordKind,
    domain: lookup,
    notes: [...domainNotes(lookup), ...probeNotes(probe)],
    ...(certIssuer ? { certIssuer } : {}),
    ...(certValidity ? { clock: { now: new Date().toISOString(), ...certValidity } } : {}),
  };
}

function firstReply(probe: ProbeResult) {
  for (const f of probe.failures) if (f.reply) return { ...f.reply, mode: f.mode };
  return undefined;
}
