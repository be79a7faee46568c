// What a custom domain's MX records say about where its mail lives, and what an address at
// a well-known provider's own domain means. Pure: a table of host-name patterns, each with
// its source in docs/gmail-replies.md ("Custom domains: MX records"). The SMTP settings are
// those each provider publishes for its own customers (grade B: checked against their help
// pages, which change).

export type PortMode = "tls" | "starttls";

/** Where to send mail instead, when the address is not Google's. */
export interface ProviderSmtp {
  host: string;
  port: number;
  mode: PortMode;
}

export type MxKind = "workspace" | "forwarder" | "other-provider";

export interface MxMatch {
  kind: MxKind;
  provider: string;
  smtp?: ProviderSmtp;
}

interface Pattern extends MxMatch {
  match: RegExp;
}

// Order matters only where patterns overlap: the first match wins.
const MX_PATTERNS: readonly Pattern[] = [
  // Google Workspace: aspmx.l.google.com and alt1…4, the older aspmx2/3.googlemail.com, and smtp.google.com (2023 on).
  { kind: "workspace", provider: "Google Workspace", match: /(^|\.)(google\.com|googlemail\.com)$/ },
  // Forwarding services: mail for the domain is passed on, often to a personal Gmail.
  { kind: "forwarder", provider: "Cloudflare Email Routing", match: /(^|\.)mx\.cloudflare\.net$/ },
  { kind: "forwarder", provider: "ImprovMX", match: /(^|\.)improvmx\.com$/ },
  { kind: "forwarder", provider: "Forward Email", match: /(^|\.)forwardemail\.net$/ },
  { kind: "forwarder", provider: "Porkbun email forwarding", match: /(^|\.)fwd\d?\.porkbun\.com$/ },
  { kind: "forwarder", provider: "Namecheap email forwarding", match: /(^|\.)eforward\d?\.registrar-servers\.com$/ },
  // Other providers, with the SMTP server they give their customers.
  {
    kind: "other-provider",
    provider: "Microsoft 365",
    match: /(^|\.)mail\.protection\.outlook\.com$/,
    smtp: { host: "smtp.office365.com", port: 587, mode: "starttls" },
  },
  {
    kind: "other-provider",
    provider: "Zoho Mail",
    match: /(^|\.)zoho(mail)?\.(com|eu|in|com\.au|jp|sa|ca)$/,
    smtp: { host: "smtp.zoho.com", port: 465, mode: "tls" },
  },
  {
    kind: "other-provider",
    provider: "GoDaddy",
    match: /(^|\.)secureserver\.net$/,
    smtp: { host: "smtpout.secureserver.net", port: 465, mode: "tls" },
  },
  {
    kind: "other-provider",
    provider: "iCloud+",
    match: /(^|\.)mail\.icloud\.com$/,
    smtp: { host: "smtp.mail.me.com", port: 587, mode: "starttls" },
  },
  { kind: "other-provider", provider: "Proton Mail", match: /(^|\.)protonmail\.ch$/ },
  {
    kind: "other-provider",
    provider: "Fastmail",
    match: /(^|\.)messagingengine\.com$/,
    smtp: { host: "smtp.fastmail.com", port: 465, mode: "tls" },
  },
  { kind: "other-provider", provider: "OVHcloud", match: /(^|\.)mail\.ovh\.net$/, smtp: { host: "ssl0.ovh.net", port: 465, mode: "tls" } },
  {
    kind: "other-provider",
    provider: "IONOS",
    match: /(^|\.)(ionos\.[a-z.]+|1and1\.[a-z.]+|kundenserver\.de)$/,
    smtp: { host: "smtp.ionos.com", port: 587, mode: "starttls" },
  },
  {
    kind: "other-provider",
    provider: "Namecheap Private Email",
    match: /(^|\.)privateemail\.com$/,
    smtp: { host: "mail.privateemail.com", port: 465, mode: "tls" },
  },
  {
    kind: "other-provider",
    provider: "Yandex 360",
    match: /(^|\.)yandex\.(net|ru)$/,
    smtp: { host: "smtp.yandex.com", port: 465, mode: "tls" },
  },
  {
    kind: "other-provider",
    provider: "Yahoo",
    match: /(^|\.)yahoodns\.net$/,
    smtp: { host: "smtp.mail.yahoo.com", port: 465, mode: "tls" },
  },
];

/** What a domain's MX hosts say: the first host that matches decides (they point to one provider in practice). */
export function classifyMx(hosts: readonly string[]): MxMatch | undefined {
  for (const raw of hosts) {
    const host = raw.toLowerCase().replace(/\.$/, "");
    const found = MX_PATTERNS.find((p) => p.match.test(host));
    if (found) return { kind: found.kind, provider: found.provider, ...(found.smtp ? { smtp: found.smtp } : {}) };
  }
  return undefined;
}

/** The SMTP server of a provider known by the address's own domain (outlook.com, yahoo.com, …), where known. */
export const PROVIDER_SMTP: Readonly<Record<string, ProviderSmtp>> = {
  Outlook: { host: "smtp-mail.outlook.com", port: 587, mode: "starttls" },
  Yahoo: { host: "smtp.mail.yahoo.com", port: 465, mode: "tls" },
  iCloud: { host: "smtp.mail.me.com", port: 587, mode: "starttls" },
  AOL: { host: "smtp.aol.com", port: 465, mode: "tls" },
  Zoho: { host: "smtp.zoho.com", port: 465, mode: "tls" },
  Fastmail: { host: "smtp.fastmail.com", port: 465, mode: "tls" },
  GMX: { host: "mail.gmx.com", port: 587, mode: "starttls" },
  "mail.com": { host: "smtp.mail.com", port: 587, mode: "starttls" },
  "WEB.DE": { host: "smtp.web.de", port: 587, mode: "starttls" },
  Yandex: { host: "smtp.yandex.com", port: 465, mode: "tls" },
};

/** Gmail's own domains: no look-up is needed. */
export function isGmailDomain(domain: string): boolean {
  return domain === "gmail.com" || domain === "googlemail.com";
}
