import { choiceField, passwordField, senderNote, textField } from "./common";
import type { Mode, ProgramSettings, ProvenSettings } from "./types";

// Thunderbird, Outgoing Server (SMTP): https://support.mozilla.org/en-US/kb/manual-account-configuration
// Labels and option words as Thunderbird prints them:
// https://github.com/mozilla/releases-comm-central/blob/master/mail/locales/en-US/chrome/messenger/smtpEditOverlay.dtd
// (Server Name, Port, User Name, Connection security None/STARTTLS/SSL/TLS, Authentication method) and
// mail/locales/en-US/chrome/messenger/messenger.properties (authPasswordCleartextViaSSL = "Normal password").
const SECURITY: Readonly<Record<Mode, string>> = { tls: "SSL/TLS", starttls: "STARTTLS" };

export function mailClientSettings(s: ProvenSettings): ProgramSettings {
  return {
    id: "mail-client",
    name: "Thunderbird-style mail clients",
    group: "Apps",
    where: "Account Settings → Outgoing Server (SMTP) → Edit",
    fields: [
      textField("Server Name", s.host),
      textField("Port", String(s.port)),
      choiceField("Connection security", SECURITY[s.mode]),
      choiceField("Authentication method", "Normal password"),
      textField("User Name", s.username),
      passwordField("Password", "Paste your app password when the program asks for it, and let it remember it."),
    ],
    notes: [
      senderNote(s),
      "Other mail programs use much the same words: outgoing or SMTP server, port, security or encryption, and a normal or plain password.",
      "This wizard checked sending only. Receiving (IMAP) has its own settings.",
    ],
  };
}
