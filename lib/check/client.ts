import type { PasswordKind } from "@/lib/diagnosis/ids";
import type { Phase } from "@/lib/smtp/types";
import type { ApiError, CheckResponse, CheckStreamLine } from "./types";

export type CheckOutcome = { ok: true; result: CheckResponse } | { ok: false; field: string | null; message: string };

const NOT_RUNNING = "The app did not answer. Is it still running in your terminal?";
/** The server ends every check within 15 s; past this the page stops waiting. */
const CLIENT_TIMEOUT_MS = 25_000;

/**
 * Calls POST /api/check from the page, asking for the streamed form so each phase can be
 * shown as it happens. The password travels in the body only, never in a URL.
 */
export async function requestCheck(
  body: { email: string; password: string; passwordKind?: PasswordKind },
  onPhase: (phase: Phase) => void = () => {},
): Promise<CheckOutcome> {
  let res: Response;
  try {
    res = await fetch("/api/check", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/x-ndjson, application/json" },
      body: JSON.stringify(body),
      cache: "no-store",
      credentials: "omit",
      signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
    });
  } catch {
    return { ok: false, field: null, message: NOT_RUNNING };
  }
  if (!res.ok || !res.body || !res.headers.get("content-type")?.includes("ndjson")) {
    const json = (await res.json().catch(() => null)) as CheckResponse | ApiError | null;
    if (!json) return { ok: false, field: null, message: `The app answered with an error (${res.status}). Try again.` };
    return "error" in json ? { ok: false, ...json.error } : { ok: true, result: json };
  }
  try {
    for await (const line of ndjsonLines(res.body)) {
      if ("phase" in line) onPhase(line.phase);
      else if ("result" in line) return { ok: true, result: line.result };
      else return { ok: false, ...line.error };
    }
  } catch {
    // the connection broke mid-check
  }
  return { ok: false, field: null, message: NOT_RUNNING };
}

async function* ndjsonLines(stream: ReadableStream<Uint8Array>): AsyncGenerator<CheckStreamLine> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffered = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffered += decoder.decode(value, { stream: true });
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) {
      const text = line.trim();
      if (text) yield JSON.parse(text) as CheckStreamLine;
    }
  }
}
