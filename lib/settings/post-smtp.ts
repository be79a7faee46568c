import { choiceField, fromAddress, passwordField, senderNote, textField } from "./common";
import type { Mode, ProgramSettings, ProvenSettings } from "./types";

// Post SMTP, Other SMTP: https://postmansmtp.com/documentation/sockets-addons/configure-post-smtp-with-other-smtp
// Labels and option words as the plugin prints them:
// https://github.com/wpexpertsio/Post-SMTP/blob/master/Postman/Postman-Mail/PostmanSmtpModuleTransport.php
// (Outgoing Mail Server Hostname, Outgoing Mail Server Port, Envelope-From Email Address, Security None/SMTPS/STARTTLS,
// Authentication None/Plain/Login/CRAM-MD5/OAuth 2.0, Username, Password; the transport's name is "Other SMTP") and
// https://github.com/wpexpertsio/Post-SMTP/blob/master/Postman/Postman-Configuration/PostmanRegisterConfigurationSettings.php
// (Message tab: From Address → Email Address).
const SECURITY: Readonly<Record<Mode, string>> = { tls: "SMTPS", starttls: "STARTTLS" };

export function postSmtpSettings(s: ProvenSettings): ProgramSettings {
  const from = fromAddress(s);
  const notes = [senderNote(s)];
  if (s.mode === "tls") {
    // Postman/Wizard/NewWizard.php, save_wizard(): the wizard stores enc_type "tls" (STARTTLS) whatever the port.
    notes.push("Post SMTP's setup wizard always saves STARTTLS. If you used it, open Settings afterwards and set Security to SMTPS.");
  }
  return {
    id: "post-smtp",
    name: "Post SMTP",
    group: "WordPress",
    where: "Post SMTP → Settings → Connections tab, Type: Other SMTP (the From address is on the Message tab)",
    fields: [
      choiceField("Type", "Other SMTP"),
      textField("Outgoing Mail Server Hostname", s.host),
      textField("Outgoing Mail Server Port", String(s.port)),
      textField("Envelope-From Email Address", from),
      choiceField("Security", SECURITY[s.mode], s.mode === "tls" ? "Choose SMTPS." : undefined),
      choiceField("Authentication", "Login"),
      textField("Username", s.username),
      passwordField("Password"),
      textField("Email Address", from, "On the Message tab, under From Address."),
    ],
    notes,
  };
}
