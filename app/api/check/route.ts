import { methodNotAllowed, readJsonRequest, tooManyRequests } from "@/lib/check/http";
import { respond } from "@/lib/check/respond";
import { runCheck } from "@/lib/check/run-check";
import { checkRequestSchema } from "@/lib/check/schema";
import { createRateLimiter } from "@/lib/guard/rate-limit";

// POST /api/check (docs/api.md): guards, then one check, answered as JSON or streamed.

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const limiter = createRateLimiter();

export async function POST(req: Request): Promise<Response> {
  const request = await readJsonRequest(req, checkRequestSchema);
  if (!request.ok) return request.response;
  const slot = limiter.acquire(request.data.email);
  if (!slot.ok) {
    return tooManyRequests(
      slot.retryAfterSeconds,
      `Too many checks of this address in a short time. Wait ${slot.retryAfterSeconds} s: every failed login counts against the account at Google.`,
    );
  }
  return respond(req, (options) => runCheck(request.data, options), slot.release);
}

export {
  methodNotAllowed as GET,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  methodNotAllowed as OPTIONS,
};
