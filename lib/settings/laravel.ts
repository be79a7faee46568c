import { DOTENV_PASSWORD_COMMENT, fromAddress, passwordField, senderNote, textField } from "./common";
import { dotenvValue } from "./quote";
import type { Mode, ProgramSettings, ProvenSettings } from "./types";

// Laravel, mail configuration: https://laravel.com/docs/mail#configuration and the application skeleton's
// https://github.com/laravel/laravel/blob/12.x/.env.example (MAIL_MAILER, MAIL_SCHEME, MAIL_HOST, MAIL_PORT,
// MAIL_USERNAME, MAIL_PASSWORD, MAIL_FROM_ADDRESS) with config/mail.php ('scheme' => env('MAIL_SCHEME'), since
// laravel/laravel#6506, December 2024). The scheme is Symfony Mailer's: smtps is TLS from the first byte, smtp
// upgrades with STARTTLS (https://symfony.com/doc/current/mailer.html).
const SCHEME: Readonly<Record<Mode, string>> = { tls: "smtps", starttls: "smtp" };

export function laravelSettings(s: ProvenSettings): ProgramSettings {
  const code = [
    "# .env: Gmail SMTP, as the wizard checked it",
    "MAIL_MAILER=smtp",
    `MAIL_SCHEME=${SCHEME[s.mode]}`,
    `MAIL_HOST=${dotenvValue(s.host)}`,
    `MAIL_PORT=${s.port}`,
    `MAIL_USERNAME=${dotenvValue(s.username)}`,
    DOTENV_PASSWORD_COMMENT,
    "MAIL_PASSWORD=",
    `MAIL_FROM_ADDRESS=${dotenvValue(fromAddress(s))}`,
    "",
  ].join("\n");
  return {
    id: "laravel",
    name: "Laravel",
    group: "Code",
    where: "The .env file of your Laravel app",
    fields: [
      textField("MAIL_MAILER", "smtp"),
      textField("MAIL_SCHEME", SCHEME[s.mode]),
      textField("MAIL_HOST", s.host),
      textField("MAIL_PORT", String(s.port)),
      textField("MAIL_USERNAME", s.username),
      passwordField("MAIL_PASSWORD", "Paste your app password after the = as 16 letters with no spaces: spaces would need quotes."),
      textField("MAIL_FROM_ADDRESS", fromAddress(s)),
    ],
    snippet: {
      id: "laravel",
      language: "dotenv",
      file: ".env",
      fileAction: "add",
      code,
      setup: { intro: "Open .env and paste your app password after MAIL_PASSWORD= as 16 letters with no spaces." },
    },
    notes: [
      senderNote(s),
      s.mode === "tls"
        ? "MAIL_SCHEME=smtps means TLS from the first byte."
        : "MAIL_SCHEME=smtp means Laravel switches to TLS with STARTTLS, which Gmail always offers.",
      "Older apps, whose config/mail.php has no 'scheme' line, read MAIL_ENCRYPTION instead (tls, or ssl up to Laravel 8). " +
        "Laravel 9 and 10 then use TLS from the first byte only on port 465.",
      "Run php artisan config:clear after editing .env if the app caches its configuration.",
    ],
  };
}
