import { choiceField, fromAddress, passwordField, senderNote, switchField, textField } from "./common";
import type { Mode, ProgramSettings, ProvenSettings } from "./types";

// Nextcloud, Email server: https://docs.nextcloud.com/server/latest/admin_manual/configuration_server/email_configuration.html
// Labels and option words as the admin page prints them:
// https://github.com/nextcloud/server/blob/master/apps/settings/templates/settings/admin/additional-mail.php
// (Send mode SMTP, Encryption None/STARTTLS or SSL, From address local part @ domain, Server address : Port,
// Authentication required, Credentials: SMTP Username, SMTP Password).
const ENCRYPTION: Readonly<Record<Mode, string>> = { tls: "SSL", starttls: "None/STARTTLS" };

function splitAddress(address: string): { local: string; domain: string } {
  const at = address.lastIndexOf("@");
  return at < 0 ? { local: address, domain: "" } : { local: address.slice(0, at), domain: address.slice(at + 1) };
}

export function nextcloudSettings(s: ProvenSettings): ProgramSettings {
  const from = splitAddress(fromAddress(s));
  return {
    id: "nextcloud",
    name: "Nextcloud",
    group: "Apps",
    where: "Administration settings → Basic settings → Email server",
    fields: [
      choiceField("Send mode", "SMTP"),
      choiceField(
        "Encryption",
        ENCRYPTION[s.mode],
        s.mode === "tls"
          ? "Choose SSL, not TLS."
          : "Nextcloud switches to STARTTLS by itself when the server offers it, and Gmail always does.",
      ),
      textField("From address", from.local, "The box before the @."),
      textField("From address domain", from.domain, "The box after the @."),
      textField("Server address", s.host),
      textField("Port", String(s.port), "The box after the colon."),
      switchField("Authentication required", true),
      textField("SMTP Username", s.username, "Under Credentials."),
      passwordField("SMTP Password", "Under Credentials. Paste your app password here, then press Save."),
    ],
    notes: [senderNote(s), "Send email, at the bottom of the section, sends a test to the address in your own Personal info."],
  };
}
