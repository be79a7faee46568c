import type { Note } from "@/lib/diagnosis/notes";
import { issuerName } from "./issuer";

// What each note says to the person: one plain sentence with its evidence (docs/api.md, "Notes").

/** Said wherever the address turned out to be Google Workspace (the page and the terminal). */
export const WORKSPACE_LINE = "This address uses Google Workspace (a work or school account run by an administrator).";

/** How a mode is named in a program's security setting. */
export const SECURITY = { tls: "SSL/TLS", starttls: "STARTTLS" } as const;

export function noteText(note: Note): string {
  switch (note.kind) {
    case "port-blocked":
      return `Port ${note.port} could not be reached from this computer, but port ${note.usePort} works: set your program to port ${note.usePort}, security ${SECURITY[note.useMode]}.`;
    case "port-intercepted": {
      const by = note.issuer ? ` (its certificate was issued by ${issuerName(note.issuer)})` : "";
      return `Port ${note.port} did not reach Google: something on this computer or network sealed its secure connection${by}, so no password was sent there. Port ${note.usePort} reached Google: set your program to port ${note.usePort}, security ${SECURITY[note.useMode]}.`;
    }
    case "port-untested":
      return `Port ${note.port} (${SECURITY[note.mode]}) was not checked: the check stopped at port ${note.stoppedAt}'s certificate before port ${note.port} got that far. Some security programs and company filters only re-sign port ${note.stoppedAt}, so port ${note.port} may still reach Google.`;
    case "ipv6-unreachable":
      return `Google's IPv6 address (${note.address}) could not be reached from here; its IPv4 address (${note.usedAddress}) works. If your program fails with “EHOSTUNREACH” or “ENETUNREACH”, tell it to use IPv4.`;
    case "ipv4-unreachable":
      return `Google's IPv4 address (${note.address}) could not be reached from here; its IPv6 address (${note.usedAddress}) works.`;
    case "non-google-greeting":
      return `The server that answered did not introduce itself as Google's: “${note.text}”. Something on your network may be answering in Google's place.`;
    case "domain-unchecked":
      return "The mail servers of your address's domain could not be looked up, so this check could not tell whether it uses Google Workspace.";
    case "mx-unknown":
      return `Your domain's mail goes to ${note.mx.join(", ")}, which this wizard does not recognize. That can be a mail filter in front of Google Workspace; if the login fails, check with whoever runs your email.`;
    case "no-mx":
      return "Your domain has no mail servers of its own listed (no MX record). Google Workspace would have them; check the address.";
  }
}

/** The interception step's offer to test the port the check did not get to (docs/api.md, "Notes"). */
export function untestedPortOffer(note: Extract<Note, { kind: "port-untested" }>): { title: string; hint: string; label: string } {
  return {
    title: "Can't turn the scanning off?",
    hint:
      `The check stopped at port ${note.stoppedAt} and didn't get as far as port ${note.port}. Some security programs and company filters leave port ${note.port} alone. ` +
      `Test it on its own: your password is sent only if Google's own certificate answers. If it works, set your program to port ${note.port} with ${SECURITY[note.mode]}.`,
    label: `Test port ${note.port} alone`,
  };
}
