import type { Phase } from "@/lib/smtp/types";
import type { CheckRequest, SendRequest } from "./schema";
import type { ApiError, CheckResponse, SendResponse, StreamLine } from "./types";

// The page's side of the API. The password travels in a POST body only, never in a URL.

export type Outcome<R> = { ok: true; result: R } | ({ ok: false } & ApiError["error"]);
export type CheckOutcome = Outcome<CheckResponse>;

const NOT_RUNNING = "This wizard did not answer. Is it still running in your terminal?";
/** The server ends every check within 15 s; past this the page stops waiting. */
const CLIENT_TIMEOUT_MS = 25_000;

/**
 * Checks a login: the request is checked here first with the same schema the route uses
 * (a mistake is shown at once, and no login is spent on it), then sent, asking for the
 * streamed form so each phase can be shown as it happens.
 */
export async function requestCheck(input: CheckRequest, onPhase: (phase: Phase) => void = () => {}): Promise<CheckOutcome> {
  // Loaded on first use, so the schema library is not part of the first page.
  const { checkRequestSchema, firstIssue } = await import("./schema");
  const parsed = checkRequestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, ...firstIssue(parsed.error) };
  return postStreamed<CheckResponse>("/api/check", parsed.data, onPhase);
}

/** Sends the test mail, with the same checks before anything is sent. */
export async function requestSend(input: SendRequest, onPhase: (phase: Phase) => void = () => {}): Promise<Outcome<SendResponse>> {
  const { sendRequestSchema, firstIssue } = await import("./schema");
  const parsed = sendRequestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, ...firstIssue(parsed.error) };
  return postStreamed<SendResponse>("/api/send", parsed.data, onPhase);
}

/** POSTs JSON and reads the answer: streamed lines (phases, then the result) or plain JSON. */
export async function postStreamed<R>(path: string, body: unknown, onPhase: (phase: Phase) => void): Promise<Outcome<R>> {
  let res: Response;
  try {
    res = await fetch(path, {
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
    const json = (await res.json().catch(() => null)) as R | ApiError | null;
    if (!json) return { ok: false, field: null, message: `This wizard answered with an error (${res.status}). Try again.` };
    return typeof json === "object" && "error" in json ? { ok: false, ...json.error } : { ok: true, result: json as R };
  }
  try {
    for await (const line of ndjsonLines<R>(res.body)) {
      if ("phase" in line) onPhase(line.phase);
      else if ("result" in line) return { ok: true, result: line.result };
      else return { ok: false, ...line.error };
    }
  } catch {
    // the connection broke mid-check
  }
  return { ok: false, field: null, message: NOT_RUNNING };
}

async function* ndjsonLines<R>(stream: ReadableStream<Uint8Array>): AsyncGenerator<StreamLine<R>> {
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
      if (text) yield JSON.parse(text) as StreamLine<R>;
    }
  }
}
