import "server-only";
import dns from "node:dns";
import net from "node:net";
import { settings } from "@/lib/config/settings.mjs";

export type Resolution = { ok: true; addresses: string[]; ms: number } | { ok: false; code: string; message: string; ms: number };

/** 4 or 6: only addresses of that family (the command line's --ipv4 / --ipv6). */
export type Family = 4 | 6;

async function lookupAll(host: string, timeoutMs: number): Promise<string[]> {
  const servers = settings().dnsServers;
  if (!servers) {
    // The system's resolver, in the system's order (IPv6 first where the system prefers it),
    // as the person's own program would get them.
    const found = await dns.promises.lookup(host, { all: true, order: "verbatim" });
    return found.map((a) => a.address);
  }
  const r = new dns.promises.Resolver({ timeout: timeoutMs, tries: 1 });
  r.setServers([...servers]);
  const [v6, v4] = await Promise.allSettled([r.resolve6(host), r.resolve4(host)]);
  const addresses = [...(v6.status === "fulfilled" ? v6.value : []), ...(v4.status === "fulfilled" ? v4.value : [])];
  if (addresses.length > 0) return addresses;
  throw v4.status === "rejected" ? v4.reason : Object.assign(new Error(`${host} has no address`), { code: "ENOTFOUND" });
}

/** Looks up the SMTP host once for both ports, with a deadline of its own. */
export async function resolveHost(host: string, timeoutMs: number, family?: Family): Promise<Resolution> {
  const start = Date.now();
  if (net.isIP(host)) return { ok: true, addresses: [], ms: 0 };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`DNS lookup of ${host} timed out`), { code: "ETIMEDOUT" })), timeoutMs);
  });
  try {
    const all = await Promise.race([lookupAll(host, timeoutMs), timeout]);
    const addresses = family ? all.filter((a) => net.isIP(a) === family) : all;
    if (addresses.length === 0)
      return { ok: false, code: "ENOTFOUND", message: `${host} has no IPv${family} address`, ms: Date.now() - start };
    return { ok: true, addresses, ms: Date.now() - start };
  } catch (err) {
    const e = err as { code?: string; message?: string };
    return { ok: false, code: e.code ?? "EDNS", message: e.message ?? "DNS lookup failed", ms: Date.now() - start };
  } finally {
    clearTimeout(timer);
  }
}
