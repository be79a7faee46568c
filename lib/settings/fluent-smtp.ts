import { choiceField, fromAddress, passwordField, senderNote, switchField, textField } from "./common";
import type { Mode, ProgramSettings, ProvenSettings } from "./types";

// FluentSMTP, SMTP server connection: https://fluentsmtp.com/docs/set-up-fluent-smtp-with-any-host-or-mailer/
// Labels and option words as the plugin prints them:
// https://github.com/WPManageNinja/fluent-smtp/blob/master/resources/admin/Modules/Settings/Partials/Providers/Smtp.vue
// (SMTP Host, SMTP Port, Encryption None/SSL/TLS, Use Auto TLS, Authentication, SMTP Username, SMTP Password),
// https://github.com/WPManageNinja/fluent-smtp/blob/master/resources/admin/Modules/Settings/ConnectionWizard.vue
// (Connection Provider, From Email) and app/Services/Mailer/Providers/config.php (the provider's title "SMTP server").
const ENCRYPTION: Readonly<Record<Mode, string>> = { tls: "SSL", starttls: "TLS" };

export function fluentSmtpSettings(s: ProvenSettings): ProgramSettings {
  return {
    id: "fluent-smtp",
    name: "FluentSMTP",
    group: "WordPress",
    where: "Settings → FluentSMTP → Add Another Connection (or the first setup), Connection Provider: SMTP server",
    fields: [
      choiceField("Connection Provider", "SMTP server", "The tile with the SMTP logo."),
      textField("From Email", fromAddress(s)),
      textField("SMTP Host", s.host),
      textField("SMTP Port", String(s.port)),
      choiceField("Encryption", ENCRYPTION[s.mode], s.mode === "tls" ? "Choose SSL, not TLS." : "Choose TLS: here it means STARTTLS."),
      switchField("Use Auto TLS", true),
      switchField("Authentication", true),
      textField("SMTP Username", s.username),
      passwordField("SMTP Password"),
    ],
    notes: [
      senderNote(s),
      "To keep the password out of the database, pick “Access Keys in Config File” and define FLUENTMAIL_SMTP_USERNAME and FLUENTMAIL_SMTP_PASSWORD in wp-config.php.",
    ],
  };
}
