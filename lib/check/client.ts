import type { PasswordKind } from "@/lib/diagnosis/ids";
import type { ApiError, CheckResponse } from "./types";

export type CheckOutcome =
  | { ok: true; result: CheckResponse }
  | { ok: false; field: string | null; message: string };

/** Calls POST /api/check from the page. The password travels in the body only, never in a URL. */
export async function requestCheck(body: { email: string; password: string; passwordKind?: PasswordKind }): Promise<CheckOutcome> {
  let res: Response;
  try {
    res = await fetch("/api/check", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      cache: "no-store",
      credentials: "omit",
    });
  } catch {
    return { ok: false, field: null, message: "The app did not answer. Is it still running in your terminal?" };
  }
  const json = (await res.json().catch(() => null)) as CheckResponse | ApiError | null;
  if (!json) return { ok: false, field: null, message: `The app answered with an error (${res.status}). Try again.` };
  if ("error" in json) return { ok: false, ...json.error };
  return { ok: true, result: json };
}
