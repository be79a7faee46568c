import { choiceField, fromAddress, passwordField, senderNote, switchField, textField } from "./common";
import type { Mode, ProgramSettings, ProvenSettings } from "./types";

// WP Mail SMTP, Other SMTP mailer: https://wpmailsmtp.com/docs/how-to-set-up-the-other-smtp-mailer-in-wp-mail-smtp/
// Labels and option words as the plugin prints them:
// https://github.com/awesomemotive/WP-Mail-SMTP/blob/master/src/Providers/OptionsAbstract.php (SMTP Host,
// Encryption None/SSL/TLS, SMTP Port, Auto TLS, Authentication, SMTP Username, SMTP Password) and
// https://github.com/awesomemotive/WP-Mail-SMTP/blob/master/src/Admin/ConnectionSettings.php (From Email, Mailer).
const ENCRYPTION: Readonly<Record<Mode, string>> = { tls: "SSL", starttls: "TLS" };

export function wpMailSmtpSettings(s: ProvenSettings): ProgramSettings {
  return {
    id: "wp-mail-smtp",
    name: "WP Mail SMTP",
    group: "WordPress",
    where: "WP Mail SMTP → Settings → General → Mailer: Other SMTP",
    fields: [
      textField("From Email", fromAddress(s)),
      choiceField("Mailer", "Other SMTP"),
      textField("SMTP Host", s.host),
      choiceField("Encryption", ENCRYPTION[s.mode], s.mode === "tls" ? "Choose SSL, not TLS." : "Choose TLS: here it means STARTTLS."),
      textField("SMTP Port", String(s.port)),
      switchField(
        "Auto TLS",
        true,
        s.mode === "tls" ? "Leave it on." : "WP Mail SMTP hides this switch once Encryption is TLS; there is nothing to change.",
      ),
      switchField("Authentication", true),
      textField("SMTP Username", s.username),
      passwordField("SMTP Password"),
    ],
    notes: [
      senderNote(s),
      "WP Mail SMTP keeps the password in the WordPress database. To keep it out, define WPMS_ON and WPMS_SMTP_PASS in wp-config.php instead.",
    ],
  };
}
