import { methodNotAllowed, readJsonRequest } from "@/lib/check/http";
import { limitedRespond } from "@/lib/check/limited";
import { runSend } from "@/lib/check/run-send";
import { sendRequestSchema } from "@/lib/check/schema";

// POST /api/send (docs/api.md): the same guards and account limits as /api/check, then one
// login and one test message, answered as JSON or streamed.

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function POST(req: Request): Promise<Response> {
  const request = await readJsonRequest(req, sendRequestSchema);
  if (!request.ok) return request.response;
  return limitedRespond(req, request.data.email, (options) => runSend(request.data, options));
}

export {
  methodNotAllowed as GET,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  methodNotAllowed as OPTIONS,
};
