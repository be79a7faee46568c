// A certificate issuer in words a person recognizes: "CN=Avast Web/Mail Shield Root,
// O=Avast Web/Mail Shield" becomes "Avast Web/Mail Shield". The raw form stays under Details.

function part(raw: string, key: string): string | undefined {
  const match = new RegExp(`(?:^|,\\s*)${key}=([^,]+)`, "i").exec(raw);
  return match?.[1]?.trim() || undefined;
}

/** The organization that issued the certificate, else its common name (minus a trailing "Root"/"CA"), else the raw text. */
export function issuerName(raw: string): string {
  const org = part(raw, "O");
  if (org) return org;
  const cn = part(raw, "CN");
  if (cn) return cn.replace(/\s+(Root(\s+CA)?|CA)$/i, "") || cn;
  return raw;
}
