// One Google account, however its address is spelled. Gmail ignores dots and a "+tag" in
// the local part and letter case, and googlemail.com is gmail.com: all of these log in to
// the same account, so they share one set of limits. Other domains (Google Workspace among
// them) only ignore case. (docs/architecture.md, "Limits")

const GMAIL_DOMAINS = new Set(["gmail.com", "googlemail.com"]);

/** The account an address logs in to: "J.Doe+news@GoogleMail.com" → "jdoe@gmail.com". */
export function accountKey(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf("@");
  if (at < 0) return address;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1).replace(/\.+$/, "");
  if (!GMAIL_DOMAINS.has(domain)) return `${local}@${domain}`;
  const plus = local.indexOf("+");
  return `${(plus < 0 ? local : local.slice(0, plus)).replaceAll(".", "")}@gmail.com`;
}
