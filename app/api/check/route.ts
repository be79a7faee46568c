import { runCheck } from "@/lib/check/run-check";
import type { ApiError, CheckStreamLine } from "@/lib/check/types";
import { createRateLimiter } from "@/lib/guard/rate-limit";
import { checkContentType, checkOrigin, type Problem, readBody } from "@/lib/guard/request";
import { type CheckRequest, checkRequestSchema, firstIssue } from "./schema";

// POST /api/check: ../shared/product.md, "HTTP API". The Host header was already checked
// by server.mjs (421 for anything but this server's loopback names).

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const NO_STORE = { "Cache-Control": "no-store" } as const;
const limiter = createRateLimiter();

function problem(p: Problem): Response {
  const body: ApiError = { error: { field: p.field, message: p.message } };
  return Response.json(body, { status: p.status, headers: NO_STORE });
}

export async function POST(req: Request): Promise<Response> {
  const refused = checkOrigin(req) ?? checkContentType(req);
  if (refused) return problem(refused);
  const body = await readBody(req);
  if ("status" in body) return problem(body);
  let json: unknown;
  try {
    json = JSON.parse(body.text);
  } catch {
    return problem({ status: 400, field: null, message: "The request body is not valid JSON." });
  }
  const parsed = checkRequestSchema.safeParse(json);
  if (!parsed.success) return problem({ status: 400, ...firstIssue(parsed.error) });
  const slot = limiter.acquire(parsed.data.email);
  if (!slot.ok) {
    const body: ApiError = {
      error: {
        field: null,
        message: `Too many checks of this address in a short time. Wait ${slot.retryAfterSeconds} s: every failed login counts against the account at Google.`,
      },
    };
    return Response.json(body, { status: 429, headers: { ...NO_STORE, "Retry-After": String(slot.retryAfterSeconds) } });
  }
  if (wantsStream(req)) return streamCheck(parsed.data, req.signal, slot.release);
  try {
    // If the page goes away, no login is sent any more (each one counts at Google).
    const result = await runCheck(parsed.data, { signal: req.signal });
    return Response.json(result, { headers: NO_STORE });
  } finally {
    slot.release();
  }
}

function wantsStream(req: Request): boolean {
  return (req.headers.get("accept") ?? "").includes("application/x-ndjson");
}

/** The same check, reported as it happens: one line per phase, then the result. */
function streamCheck(input: CheckRequest, requestSignal: AbortSignal, release: () => void): Response {
  const encoder = new TextEncoder();
  // Aborted when the page goes away: the request ends, or the reader cancels the stream.
  const gone = new AbortController();
  requestSignal.addEventListener("abort", () => gone.abort(), { once: true });
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: CheckStreamLine) => {
        if (gone.signal.aborted) return;
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        } catch {
          gone.abort();
        }
      };
      try {
        send({ result: await runCheck(input, { onPhase: (phase) => send({ phase }), signal: gone.signal }) });
      } catch {
        // Never echo what failed: it could hold the request. The probe itself does not throw.
        send({ error: { field: null, message: "The check failed unexpectedly. Try again." } });
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

function methodNotAllowed(): Response {
  const body: ApiError = { error: { field: null, message: "Use POST." } };
  return Response.json(body, { status: 405, headers: { ...NO_STORE, Allow: "POST" } });
}

export {
  methodNotAllowed as GET,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  methodNotAllowed as OPTIONS,
};
