import "server-only";
import type { Phase } from "@/lib/smtp/types";
import { errorResponse, NO_STORE } from "./http";
import { InputError } from "./input-error";
import type { StreamLine } from "./types";

const FAILED = "The check failed unexpectedly. Try again.";

/**
 * The probe never throws for a network or SMTP failure, so an error here is a bug: log what
 * it was and where, never the request (it holds the password).
 */
function logUnexpected(err: unknown) {
  const e = err instanceof Error ? err : new Error(String(err));
  console.error(`Unexpected ${e.name} during a check:\n${e.stack ?? e.message}`);
}

/** Runs one check (or send) with its phases reported to `onPhase`, stopping when `signal` aborts. */
export type Job<R> = (options: { onPhase: (phase: Phase) => void; signal: AbortSignal }) => Promise<R>;

/**
 * Answers with the job's result: plain JSON, or, when the page asks for
 * `application/x-ndjson`, a stream with one line per phase as it ends and then the result.
 * `release` runs once the job is over, however it ended. If the page goes away, the job's
 * signal aborts, so no login is sent any more (each one counts at Google).
 */
export function respond<R>(req: Request, job: Job<R>, release: () => void): Promise<Response> | Response {
  const accept = req.headers.get("accept") ?? "";
  if (accept.includes("application/x-ndjson")) return streamed(req.signal, job, release);
  return (async () => {
    try {
      return Response.json(await job({ onPhase: () => {}, signal: req.signal }), { headers: NO_STORE });
    } catch (err) {
      if (err instanceof InputError) return errorResponse(400, err.message, { field: err.field });
      logUnexpected(err);
      return errorResponse(500, FAILED);
    } finally {
      release();
    }
  })();
}

function streamed<R>(requestSignal: AbortSignal, job: Job<R>, release: () => void): Response {
  const encoder = new TextEncoder();
  // Aborted when the page goes away: the request ends, or the reader cancels the stream.
  const gone = new AbortController();
  requestSignal.addEventListener("abort", () => gone.abort(), { once: true });
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: StreamLine<R>) => {
        if (gone.signal.aborted) return;
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        } catch {
          gone.abort();
        }
      };
      try {
        send({ result: await job({ onPhase: (phase) => send({ phase }), signal: gone.signal }) });
      } catch (err) {
        if (err instanceof InputError) send({ error: { field: err.field, message: err.message } });
        else {
          logUnexpected(err);
          send({ error: { field: null, message: FAILED } });
        }
      } finally {
        release();
        if (!gone.signal.aborted) controller.close();
      }
    },
    cancel() {
      gone.abort();
    },
  });
  return new Response(body, {
    headers: { ...NO_STORE, "Content-Type": "application/x-ndjson; charset=utf-8", "X-Content-Type-Options": "nosniff" },
  });
}
