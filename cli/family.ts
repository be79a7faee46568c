import dns from "node:dns";
import net from "node:net";

// --ipv4 / --ipv6: test over one IP family only, e.g. on a server whose IPv6 route to Google
// is broken while IPv4 works. The probe looks the host up once (lib/smtp/resolve.ts, with
// dns.promises.lookup) and connects only to the addresses it found, so asking the lookup for
// one family is enough; certificate checks still use the host name. This process does
// nothing else, so the lookup is narrowed for the whole process.

export type Family = 4 | 6;

/**
 * Narrows every later lookup to this family. Returns a sentence instead when the SMTP host
 * is an IP address of the other family (nothing to look up, nothing to narrow).
 */
export function narrowLookups(family: Family, host: string): string | null {
  const literal = net.isIP(host);
  if (literal) {
    return literal === family ? null : `--ipv${family} asks for IPv${family}, but GMAIL_SMTP_HOST is the IPv${literal} address ${host}.`;
  }
  const lookup = dns.promises.lookup.bind(dns.promises) as (host: string, options: dns.LookupAllOptions) => Promise<dns.LookupAddress[]>;
  const narrowed = (hostname: string, options?: number | dns.LookupOptions) =>
    lookup(hostname, { ...(typeof options === "object" ? options : {}), all: true, family }).then((found) =>
      typeof options === "object" && options.all ? found : found[0],
    );
  dns.promises.lookup = narrowed as typeof dns.promises.lookup;
  return null;
}
