import { INTERCEPTED_KINDS, type PortMode, type ProbeResult } from "@/lib/smtp/types";
import { looksLikeGoogle } from "./evidence";

// What the check found besides its verdict, each a fact with its evidence, for the person to
// act on (docs/api.md, "Notes"). Pure: a function of the probe result.

export type Note =
  /** One port could not be reached (blocked or refused) while the other worked: use the other. */
  | { kind: "port-blocked"; port: number; mode: PortMode; usePort: number; useMode: PortMode }
  /**
   * One port's secure connection came back sealed by someone other than Google (a company
   * filter may inspect 465 and leave STARTTLS on 587 alone) while the other port was already
   * ready and the login went through it: a program set to the first port would meet the
   * interceptor. (When 465's certificate is refused first, the check ends there: `port-untested` instead.)
   */
  | { kind: "port-intercepted"; port: number; mode: PortMode; usePort: number; useMode: PortMode; issuer?: string }
  /**
   * This port was never tried to the end: the other port's certificate was refused first, and
   * the check stopped there (a wrong clock is not one: it would refuse both). A company filter
   * may leave STARTTLS on 587 alone, so it is worth a check of its own (POST /api/check's `mode`).
   */
  | { kind: "port-untested"; port: number; mode: PortMode; stoppedAt: number }
  /** The host's IPv6 address could not be reached and IPv4 worked (or the other way round). */
  | { kind: "ipv6-unreachable"; address: string; usedAddress: string }
  | { kind: "ipv4-unreachable"; address: string; usedAddress: string }
  /** The server that greeted was not Google's. */
  | { kind: "non-google-greeting"; text: string }
  /** The custom domain's mail servers could not be looked up; the login was tried anyway. */
  | { kind: "domain-unchecked" }
  /** The custom domain's mail servers are nobody this wizard knows (a mail gateway may front Google). */
  | { kind: "mx-unknown"; mx: string[] }
  /** The custom domain has no MX record, only an address of its own. */
  | { kind: "no-mx" };

const BLOCKED = new Set(["timeout", "refused"]);

/** 6 for an IPv6 address (it has colons), 4 for IPv4. */
const familyOf = (address: string): 4 | 6 => (address.includes(":") ? 6 : 4);

export function probeNotes(probe: ProbeResult): Note[] {
  const notes: Note[] = [];
  if (probe.outcome === "replied") {
    for (const f of probe.failures) {
      if (f.phase === "connect" && BLOCKED.has(f.kind) && f.port !== probe.port) {
        notes.push({ kind: "port-blocked", port: f.port, mode: f.mode, usePort: probe.port, useMode: probe.mode });
      }
      if (f.phase === "tls" && INTERCEPTED_KINDS.has(f.kind) && f.port !== probe.port) {
        const use = { usePort: probe.port, useMode: probe.mode };
        notes.push({ kind: "port-intercepted", port: f.port, mode: f.mode, ...use, ...(f.certIssuer ? { issuer: f.certIssuer } : {}) });
      }
    }
  }
  if (probe.outcome === "failed") {
    const refused = probe.failures.find((f) => f.phase === "tls" && INTERCEPTED_KINDS.has(f.kind));
    for (const f of probe.failures) {
      if (refused && f.kind === "cancelled" && f.port !== refused.port) {
        notes.push({ kind: "port-untested", port: f.port, mode: f.mode, stoppedAt: refused.port });
      }
    }
  }
  const seen = new Set<string>();
  for (const route of probe.routes) {
    const used = route.connected;
    if (!used) continue;
    const family = familyOf(used);
    for (const address of route.tried) {
      if (address === used || familyOf(address) === family || seen.has(address)) continue;
      seen.add(address);
      notes.push({ kind: familyOf(address) === 6 ? "ipv6-unreachable" : "ipv4-unreachable", address, usedAddress: used });
    }
  }
  if (probe.banner && !looksLikeGoogle(probe.banner)) notes.push({ kind: "non-google-greeting", text: probe.banner });
  return notes;
}
