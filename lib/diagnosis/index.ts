import type { ProbeResult } from "@/lib/smtp/types";
import { gatherEvidence } from "./evidence";
import type { PasswordKind, StepId, VerdictId } from "./ids";
import { RULES } from "./rules";

export { type PasswordKind, STEP_IDS, type StepId, VERDICT_IDS, type VerdictId } from "./ids";

export interface Diagnosis {
  verdict: VerdictId;
  step: StepId | null;
}

const UNKNOWN = { verdict: "unknown", step: null } as const;

/** Maps a probe result to a verdict and the first fix step: the first rule that matches wins. */
export function diagnose(probe: ProbeResult, passwordKind: PasswordKind): Diagnosis {
  const evidence = gatherEvidence(probe, passwordKind);
  // The last rule matches everything, so a rule is always found.
  const rule = RULES.find((r) => r.matches(evidence)) ?? UNKNOWN;
  const step = typeof rule.step === "function" ? rule.step(evidence) : rule.step;
  return { verdict: rule.verdict, step };
}
