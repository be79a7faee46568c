// Well-known mail providers that are not Google. An address there can never log in to
// smtp.gmail.com (wrong-provider, docs/api.md#verdicts-and-steps). Any other domain may be
// Google Workspace, which uses the organization's own domain, so unknown domains are never
// flagged.

// Exact domains, matched after lowercasing. A Map, so "constructor" is not a provider.
const EXACT_DOMAINS: ReadonlyMap<string, string> = new Map([
  ["outlook.com", "Outlook"],
  ["msn.com", "Outlook"],
  ["passport.com", "Outlook"],
  ["live.com", "Outlook"],
  ["live.co.uk", "Outlook"],
  ["live.ca", "Outlook"],
  ["live.com.au", "Outlook"],
  ["live.fr", "Outlook"],
  ["live.de", "Outlook"],
  ["live.nl", "Outlook"],
  ["live.be", "Outlook"],
  ["live.it", "Outlook"],
  ["live.se", "Outlook"],
  ["live.dk", "Outlook"],
  ["live.no", "Outlook"],
  ["live.at", "Outlook"],
  ["live.ie", "Outlook"],
  ["live.com.mx", "Outlook"],
  ["live.jp", "Outlook"],
  ["outlook.fr", "Outlook"],
  ["outlook.de", "Outlook"],
  ["outlook.es", "Outlook"],
  ["outlook.it", "Outlook"],
  ["outlook.jp", "Outlook"],
  ["outlook.com.br", "Outlook"],
  ["outlook.co.uk", "Outlook"],
  ["ymail.com", "Yahoo"],
  ["rocketmail.com", "Yahoo"],
  ["icloud.com", "iCloud"],
  ["me.com", "iCloud"],
  ["mac.com", "iCloud"],
  ["aol.com", "AOL"],
  ["aim.com", "AOL"],
  ["aol.co.uk", "AOL"],
  ["aol.fr", "AOL"],
  ["aol.de", "AOL"],
  ["proton.me", "Proton"],
  ["protonmail.com", "Proton"],
  ["protonmail.ch", "Proton"],
  ["pm.me", "Proton"],
  ["zoho.com", "Zoho"],
  ["zohomail.com", "Zoho"],
  ["zoho.eu", "Zoho"],
  ["zoho.in", "Zoho"],
  ["ya.ru", "Yandex"],
  ["mail.com", "mail.com"],
  ["email.com", "mail.com"],
  ["mail.ru", "Mail.ru"],
  ["web.de", "WEB.DE"],
  ["fastmail.com", "Fastmail"],
  ["fastmail.fm", "Fastmail"],
  ["tutanota.com", "Tuta"],
  ["tuta.io", "Tuta"],
  ["tuta.com", "Tuta"],
  ["qq.com", "QQ Mail"],
  ["163.com", "NetEase"],
  ["126.com", "NetEase"],
  ["comcast.net", "Xfinity"],
]);

// Brands whose every country domain is theirs (hotmail.co.uk, yahoo.co.jp, gmx.de,
// yandex.com.tr). The suffix must look like a country or generic ending, so that
// "yahoo.com.evil.example" does not count. Short common words such as "live" are listed
// exactly above instead, because live.<anything> could be someone's Workspace domain.
const BRAND_FAMILIES: ReadonlyMap<string, string> = new Map([
  ["hotmail", "Outlook"],
  ["yahoo", "Yahoo"],
  ["gmx", "GMX"],
  ["yandex", "Yandex"],
]);
const COUNTRY_SUFFIX = /^(?:(?:co|com|net|org|ne|or)\.)?(?:[a-z]{2}|com|net|org)$/;

/** The part after the last "@", lowercased, without a trailing dot; a bare domain as is. */
function domainOf(emailOrDomain: string): string {
  const at = emailOrDomain.lastIndexOf("@");
  return emailOrDomain
    .slice(at + 1)
    .trim()
    .toLowerCase()
    .replace(/\.+$/, "");
}

/** The provider's name for a well-known non-Google address, otherwise null. */
export function knownNonGoogleProvider(email: string): string | null {
  const domain = domainOf(email);
  const exact = EXACT_DOMAINS.get(domain);
  if (exact !== undefined) return exact;
  const dot = domain.indexOf(".");
  if (dot <= 0) return null;
  const family = BRAND_FAMILIES.get(domain.slice(0, dot));
  return family !== undefined && COUNTRY_SUFFIX.test(domain.slice(dot + 1)) ? family : null;
}

export type AddressWarningId = "not-full-address" | "contains-space" | "non-google-provider" | "gmail-typo";

export interface AddressWarning {
  id: AddressWarningId;
  message: string;
  /** Set for non-google-provider: the provider's name, e.g. "Yahoo". */
  provider?: string;
  /** Set for gmail-typo: the address with gmail.com, to offer as a one-press fix. */
  fix?: string;
}

// Common slips when typing gmail.com, each a domain nobody uses for Workspace.
const GMAIL_TYPOS: ReadonlySet<string> = new Set([
  "gmial.com",
  "gmal.com",
  "gmaill.com",
  "gmai.com",
  "gamil.com",
  "gnail.com",
  "gmali.com",
  "gmsil.com",
  "gmil.com",
  "gmail.co",
  "gmail.con",
  "gmail.cm",
  "gmail.om",
  "gmail.comm",
  "gmail.vom",
  "gmail.xom",
  "gmail.cmo",
  "googlemail.co",
]);

/** "an Outlook", "a Yahoo": the provider name with its article. */
export function withArticle(provider: string): string {
  return `${/^[AEIOU]/i.test(provider) ? "an" : "a"} ${provider}`;
}

export function addressWarnings(email: string): readonly AddressWarning[] {
  const trimmed = email.trim();
  if (trimmed === "") return [];
  const at = trimmed.lastIndexOf("@");
  if (at <= 0 || at === trimmed.length - 1) {
    return [
      {
        id: "not-full-address",
        message: "Enter your full email address, like name@gmail.com. Google needs the whole address, not just your name.",
      },
    ];
  }
  const warnings: AddressWarning[] = [];
  if (/\s/u.test(trimmed)) {
    warnings.push({ id: "contains-space", message: "The address contains a space. Email addresses never do." });
  }
  const provider = knownNonGoogleProvider(trimmed);
  if (provider !== null) {
    warnings.push({
      id: "non-google-provider",
      provider,
      message: `This is ${withArticle(provider)} address. Gmail's mail server only signs in Google accounts, so use ${provider}'s own mail settings instead.`,
    });
  }
  if (GMAIL_TYPOS.has(domainOf(trimmed))) {
    warnings.push({
      id: "gmail-typo",
      message: "Check the part after the @. Did you mean gmail.com?",
      fix: `${trimmed.slice(0, trimmed.lastIndexOf("@"))}@gmail.com`,
    });
  }
  return warnings;
}
