import { methodNotAllowed, readJsonRequest } from "@/lib/check/http";
import { limitedRespond } from "@/lib/check/limited";
import { runCheck } from "@/lib/check/run-check";
import { checkRequestSchema } from "@/lib/check/schema";

// POST /api/check (docs/api.md): guards, the account's limits, then one check, answered as
// JSON or streamed.

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function POST(req: Request): Promise<Response> {
  const request = await readJsonRequest(req, checkRequestSchema);
  if (!request.ok) return request.response;
  return limitedRespond(req, request.data.email, (options) => runCheck(request.data, options));
}

export {
  methodNotAllowed as GET,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  methodNotAllowed as OPTIONS,
};
