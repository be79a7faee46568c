import type { ProgramSettings, ProvenSettings, SettingField } from "@/lib/settings";

export const GMAIL_TLS: ProvenSettings = { host: "smtp.gmail.com", port: 465, mode: "tls", username: "someone@gmail.com" };
export const GMAIL_STARTTLS: ProvenSettings = { host: "smtp.gmail.com", port: 587, mode: "starttls", username: "someone@gmail.com" };

/** The tests' fake Gmail: loopback and a random port. */
export const LOOPBACK_TLS: ProvenSettings = { host: "127.0.0.1", port: 36925, mode: "tls", username: "someone@gmail.com" };
export const LOOPBACK_STARTTLS: ProvenSettings = { host: "127.0.0.1", port: 2465, mode: "starttls", username: "someone@gmail.com" };

/** The ports swapped: a program that guessed the mode from the port would say the wrong word. */
export const TLS_ON_587: ProvenSettings = { ...GMAIL_TLS, port: 587 };
export const STARTTLS_ON_465: ProvenSettings = { ...GMAIL_STARTTLS, port: 465 };

/** An address every literal must survive: quotes, a space, a backslash and shell syntax. */
export const TRICKY_USERNAME = `o'bri"en $(touch /tmp/x) \\ x@gmail.com`;

export function labelsAndValues(p: ProgramSettings): [string, string][] {
  return p.fields.map((f) => [f.label, f.value]);
}

export function field(p: ProgramSettings, label: string): SettingField {
  const found = p.fields.filter((f) => f.label === label);
  if (found.length !== 1) throw new Error(`${p.id}: expected one field "${label}", found ${found.length}`);
  return found[0]!;
}

export function snippetCode(p: ProgramSettings): string {
  if (p.snippet === undefined) throw new Error(`${p.id} has no snippet`);
  return p.snippet.code;
}
