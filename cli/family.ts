import net from "node:net";
import type { Family } from "@/lib/smtp/resolve";

// --ipv4 / --ipv6: test over one IP family only, e.g. on a server whose IPv6 route to Google
// is broken while IPv4 works. The probe takes the family as an option (RunOptions.family):
// it looks the host up for that family alone and connects only to what it found, while
// certificate checks still use the host name.

/** A sentence when the SMTP host is an IP address of the other family (nothing to narrow), else null. */
export function familyProblem(family: Family, host: string): string | null {
  const literal = net.isIP(host);
  return literal && literal !== family
    ? `--ipv${family} asks for IPv${family}, but GMAIL_SMTP_HOST is the IPv${literal} address ${host}.`
    : null;
}
