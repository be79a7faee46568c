import type { PasswordKind, StepId, VerdictId } from "@/lib/diagnosis/ids";
import type { Phase, PortMode } from "@/lib/smtp/types";

// The 200 body of POST /api/check (../shared/product.md, "HTTP API"), shared by the route
// and the page. `smtp.mode`, `passwordKind` and `certIssuer` are additions to the contract.
export interface CheckResponse {
  verdict: VerdictId;
  step: StepId | null;
  smtp?: { port: number; mode: PortMode; code: number; enhanced: string | null; reply: string };
  phases: Phase[];
  transcript: string[];
  elapsedMs: number;
  passwordKind: PasswordKind;
  /** The issuer of an untrusted certificate, when one was seen. */
  certIssuer?: string;
  /** Set when the address belongs to another provider and no login was tried. */
  provider?: string;
}

/**
 * With `Accept: application/x-ndjson` the check streams one JSON object per line: a
 * `{"phase": …}` as each phase ends, then one `{"result": …}` (or `{"error": …}`).
 */
export type CheckStreamLine = { phase: Phase } | { result: CheckResponse } | ApiError;

export interface ApiError {
  error: { field: string | null; message: string };
}
