import "server-only";
import dns from "node:dns";
import net from "node:net";

export type Resolution = { ok: true; addresses: string[]; ms: number } | { ok: false; code: string; message: string; ms: number };

/** Looks up the SMTP host once for both ports, with a deadline of its own. */
export async function resolveHost(host: string, timeoutMs: number): Promise<Resolution> {
  const start = Date.now();
  if (net.isIP(host)) return { ok: true, addresses: [], ms: 0 };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`DNS lookup of ${host} timed out`), { code: "ETIMEDOUT" })), timeoutMs);
  });
  try {
    const found = await Promise.race([dns.promises.lookup(host, { all: true, order: "ipv4first" }), timeout]);
    return { ok: true, addresses: found.map((a) => a.address), ms: Date.now() - start };
  } catch (err) {
    const e = err as { code?: string; message?: string };
    return { ok: false, code: e.code ?? "EDNS", message: e.message ?? "DNS lookup failed", ms: Date.now() - start };
  } finally {
    clearTimeout(timer);
  }
}
