import { settings } from "@/lib/config/settings.mjs";
import { isLoopbackOrigin } from "./loopback.mjs";

// The checks every API request passes before its body is looked at. Each returns a
// problem (status + message) or null. No check ever includes the body in its message.

export const MAX_BODY_BYTES = 4 * 1024;

export interface Problem {
  status: 403 | 413 | 415;
  message: string;
}

export function checkOrigin(req: Request): Problem | null {
  const origin = req.headers.get("origin");
  if (isLoopbackOrigin(origin, settings().port)) return null;
  return {
    status: 403,
    message: origin ? "Requests from other sites are refused." : "Requests without an Origin header are refused.",
  };
}

export function checkContentType(req: Request): Problem | null {
  const type = (req.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type === "application/json") return null;
  return { status: 415, message: "Send the request as application/json." };
}

/** Reads at most MAX_BODY_BYTES; a longer body is refused without reading the rest. */
export async function readBody(req: Request): Promise<{ text: string } | Problem> {
  const tooLarge: Problem = { status: 413, message: `The request body is over ${MAX_BODY_BYTES} bytes.` };
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return tooLarge;
  if (!req.body) return { text: "" };
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return tooLarge;
    }
    chunks.push(value);
  }
  return { text: Buffer.concat(chunks).toString("utf8") };
}
