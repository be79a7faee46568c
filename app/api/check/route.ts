import { runCheck } from "@/lib/check/run-check";
import type { ApiError } from "@/lib/check/types";
import { createRateLimiter } from "@/lib/guard/rate-limit";
import { checkContentType, checkOrigin, readBody, type Problem } from "@/lib/guard/request";
import { checkRequestSchema, firstIssue } from "./schema";

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
      error: { field: null, message: `Too many checks of this address in a short time. Wait ${slot.retryAfterSeconds} s: every failed login counts against the account at Google.` },
    };
    return Response.json(body, { status: 429, headers: { ...NO_STORE, "Retry-After": String(slot.retryAfterSeconds) } });
  }
  try {
    const result = await runCheck(parsed.data);
    return Response.json(result, { headers: NO_STORE });
  } finally {
    slot.release();
  }
}

function methodNotAllowed(): Response {
  const body: ApiError = { error: { field: null, message: "Use POST." } };
  return Response.json(body, { status: 405, headers: { ...NO_STORE, Allow: "POST" } });
}

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE, methodNotAllowed as OPTIONS };
