import "server-only";
import type * as z from "zod/mini";
import type { Refusal } from "@/lib/guard/limits";
import { checkContentType, checkOrigin, readBody } from "@/lib/guard/request";
import { firstIssue } from "./schema";
import type { ApiError } from "./types";

// Every answer the API gives that is not a result is built here, so each has the same
// shape ({error: {field, message}}) and is never cached. The Host header was already
// checked by server.mjs before Next saw the request (docs/api.md, "Guards").

export const NO_STORE = { "Cache-Control": "no-store" } as const;

export function errorResponse(
  status: number,
  message: string,
  options: { field?: string | null; headers?: Record<string, string>; extra?: Omit<ApiError["error"], "field" | "message"> } = {},
): Response {
  const body: ApiError = { error: { field: options.field ?? null, message, ...options.extra } };
  return Response.json(body, { status, headers: { ...NO_STORE, ...options.headers } });
}

export function methodNotAllowed(): Response {
  return errorResponse(405, "Use POST.", { headers: { Allow: "POST" } });
}

export function tooManyRequests(retryAfterSeconds: number, message: string, reason: Refusal): Response {
  return errorResponse(429, message, {
    headers: { "Retry-After": String(retryAfterSeconds) },
    extra: { retryAfter: retryAfterSeconds, reason },
  });
}

/**
 * The guards every POST passes, in order: same origin, JSON, at most 4 KB, valid JSON,
 * the schema. Either the parsed body or the answer that refuses it.
 */
export async function readJsonRequest<S extends z.ZodMiniType>(
  req: Request,
  schema: S,
): Promise<{ ok: true; data: z.infer<S> } | { ok: false; response: Response }> {
  const refused = checkOrigin(req) ?? checkContentType(req);
  if (refused) return { ok: false, response: errorResponse(refused.status, refused.message) };
  const body = await readBody(req);
  if ("status" in body) return { ok: false, response: errorResponse(body.status, body.message) };
  let json: unknown;
  try {
    json = JSON.parse(body.text);
  } catch {
    return { ok: false, response: errorResponse(400, "The request body is not valid JSON.") };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = firstIssue(parsed.error);
    return { ok: false, response: errorResponse(400, issue.message, { field: issue.field }) };
  }
  return { ok: true, data: parsed.data };
}
