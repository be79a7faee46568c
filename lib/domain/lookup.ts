import "server-only";
import dns from "node:dns";
import { settings } from "@/lib/config/settings.mjs";
import { classifyMx, isGmailDomain, type ProviderSmtp } from "./providers";

// Before any login, a custom domain's MX records say whether it is Google Workspace (log in),
// another provider (no login: the password would go to Google for nothing), a forwarding
// service (no login: log in with the Gmail it forwards to), or has no mail at all (a typo).
// DNS only; GMAIL_DNS_SERVERS points every look-up at the tests' server (docs/api.md).

/** How long the MX look-up may take: a person waits for it before the login starts. */
export const MX_TIMEOUT_MS = 700;

export type DomainInfo =
  | { kind: "gmail" }
  | { kind: "workspace"; provider: string; mx: string[] }
  | { kind: "forwarder"; provider: string; mx: string[] }
  | { kind: "other-provider"; provider?: string; mx: string[]; smtp?: ProviderSmtp }
  /** Not checked: the look-up failed or timed out, or the MX hosts are nobody this app knows (a gateway may front Google). */
  | { kind: "unchecked"; mx?: string[]; reason: "lookup-failed" | "unknown-mx" | "no-mx" };

export type DomainLookup = DomainInfo | { kind: "no-mail"; domain: string };

function resolver(timeoutMs: number): dns.promises.Resolver {
  const r = new dns.promises.Resolver({ timeout: timeoutMs, tries: 1 });
  const servers = settings().dnsServers;
  if (servers) r.setServers([...servers]);
  return r;
}

const code = (err: unknown) => (err as { code?: string } | null)?.code ?? "";

/** The domain of an address: "Info@MyBakery.com" → "mybakery.com". */
export function domainOf(email: string): string {
  return email
    .slice(email.lastIndexOf("@") + 1)
    .trim()
    .toLowerCase()
    .replace(/\.+$/, "");
}

async function hasAddress(r: dns.promises.Resolver, domain: string): Promise<boolean> {
  const found = await Promise.allSettled([r.resolve4(domain), r.resolve6(domain)]);
  return found.some((f) => f.status === "fulfilled" && f.value.length > 0);
}

export async function lookupDomain(email: string, timeoutMs = MX_TIMEOUT_MS): Promise<DomainLookup> {
  const domain = domainOf(email);
  if (isGmailDomain(domain)) return { kind: "gmail" };
  const r = resolver(timeoutMs);
  const timer = setTimeout(() => r.cancel(), timeoutMs + 100);
  try {
    let records: dns.MxRecord[];
    try {
      records = await r.resolveMx(domain);
    } catch (err) {
      if (code(err) === "ENOTFOUND") return { kind: "no-mail", domain };
      if (code(err) !== "ENODATA") return { kind: "unchecked", reason: "lookup-failed" };
      records = [];
    }
    // No MX: mail would go to the domain's own address, if it has one (RFC 5321 §5.1).
    if (records.length === 0) return (await hasAddress(r, domain)) ? { kind: "unchecked", reason: "no-mx" } : { kind: "no-mail", domain };
    const mx = records
      .sort((a, b) => a.priority - b.priority)
      .map((m) => m.exchange.toLowerCase().replace(/\.$/, ""))
      .filter((h) => h !== "");
    if (mx.length === 0) return { kind: "no-mail", domain }; // a null MX (RFC 7505): the domain takes no mail
    const match = classifyMx(mx);
    if (!match) return { kind: "unchecked", mx, reason: "unknown-mx" };
    if (match.kind === "other-provider")
      return { kind: "other-provider", provider: match.provider, mx, ...(match.smtp ? { smtp: match.smtp } : {}) };
    return { kind: match.kind, provider: match.provider, mx };
  } catch {
    return { kind: "unchecked", reason: "lookup-failed" };
  } finally {
    clearTimeout(timer);
  }
}
