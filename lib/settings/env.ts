import { DOTENV_PASSWORD_COMMENT, fromAddress, passwordField, senderNote, textField } from "./common";
import { dotenvValue } from "./quote";
import type { Mode, ProgramSettings, ProvenSettings, SettingField } from "./types";

// A generic .env file. There is no standard for these names: SMTP_HOST, SMTP_PORT, SMTP_SECURE, SMTP_USER and
// SMTP_PASSWORD are the common ones, and SMTP_SECURE=true/false follows Nodemailer's `secure` option
// (https://nodemailer.com/smtp/): true is TLS from the first byte, false is STARTTLS. KEY=value lines and # comments
// as Laravel's .env (./laravel.ts); a value with spaces would need quotes.
export const SMTP_SECURE: Readonly<Record<Mode, string>> = { tls: "true", starttls: "false" };

/** The SMTP_* names and values the .env file and `docker run` both carry (the password aside). */
export function smtpEnvValues(s: ProvenSettings): Array<[name: string, value: string]> {
  return [
    ["SMTP_HOST", s.host],
    ["SMTP_PORT", String(s.port)],
    ["SMTP_SECURE", SMTP_SECURE[s.mode]],
    ["SMTP_USER", s.username],
    ["SMTP_FROM", fromAddress(s)],
  ];
}

/** Those values as fields to copy, SMTP_SECURE with what it means. */
export function smtpEnvFields(s: ProvenSettings): SettingField[] {
  const meaning = s.mode === "tls" ? "TLS from the first byte." : "STARTTLS.";
  return smtpEnvValues(s).map(([name, value]) => textField(name, value, name === "SMTP_SECURE" ? meaning : undefined));
}

export function envSettings(s: ProvenSettings): ProgramSettings {
  const code = [
    "# .env: Gmail SMTP, as the wizard checked it",
    ...smtpEnvValues(s).flatMap(([name, value]) => [
      ...(name === "SMTP_SECURE"
        ? [`# ${s.mode === "tls" ? "true: TLS from the first byte (mode tls)" : "false: plain at first, then STARTTLS (mode starttls)"}`]
        : []),
      `${name}=${dotenvValue(value)}`,
    ]),
    DOTENV_PASSWORD_COMMENT,
    "SMTP_PASSWORD=",
    "",
  ].join("\n");
  return {
    id: "env",
    name: ".env file",
    group: "Code",
    where: "The .env file your program reads; rename the keys to the ones it expects",
    fields: [
      ...smtpEnvFields(s),
      passwordField("SMTP_PASSWORD", "Paste your app password after the = as 16 letters with no spaces: spaces would need quotes."),
    ],
    snippet: {
      id: "env",
      language: "dotenv",
      file: ".env",
      fileAction: "add",
      code,
      setup: { intro: "Open .env and paste your app password after SMTP_PASSWORD= as 16 letters with no spaces." },
    },
    notes: [senderNote(s), "Keep .env out of version control: add it to .gitignore."],
  };
}
