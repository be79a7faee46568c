import { choiceField, fromAddress, passwordField, senderNote, switchField, textField, toAddress } from "./common";
import { yamlString } from "./quote";
import type { Mode, ProgramSettings, ProvenSettings } from "./types";

// Home Assistant, SMTP integration: https://www.home-assistant.io/integrations/smtp/
// YAML keys and the encryption words `tls` (SMTP_SSL) / `starttls` / `none`:
// https://github.com/home-assistant/core/blob/dev/homeassistant/components/smtp/const.py and notify.py.
// The setup screen's labels (Mail server, Port, Security STARTTLS / SSL/TLS / None, Login, Password, From address,
// To address, Verify SSL certificate) are those of the integration page above, source/_integrations/smtp.markdown in
// https://github.com/home-assistant/home-assistant.io.
const ENCRYPTION: Readonly<Record<Mode, string>> = { tls: "tls", starttls: "starttls" };
const SECURITY: Readonly<Record<Mode, string>> = { tls: "SSL/TLS", starttls: "STARTTLS" };

/** The key in secrets.yaml the YAML's `!secret` points at. */
export const HOME_ASSISTANT_SECRET = "gmail_app_password";

export function homeAssistantSettings(s: ProvenSettings): ProgramSettings {
  const code = [
    "# configuration.yaml: a notifier called notify.gmail",
    "notify:",
    '  - name: "gmail"',
    "    platform: smtp",
    `    server: ${yamlString(s.host)}`,
    `    port: ${s.port}`,
    `    encryption: ${ENCRYPTION[s.mode]}`,
    `    username: ${yamlString(s.username)}`,
    `    password: !secret ${HOME_ASSISTANT_SECRET}`,
    `    sender: ${yamlString(fromAddress(s))}`,
    `    recipient: ${yamlString(toAddress(s))}`,
    "",
  ].join("\n");
  return {
    id: "home-assistant",
    name: "Home Assistant",
    group: "Apps",
    where: "Settings → Devices & services → Add integration → SMTP, or the notify section of configuration.yaml",
    fields: [
      textField("Mail server", s.host),
      textField("Port", String(s.port)),
      choiceField("Security", SECURITY[s.mode]),
      textField("Login", s.username),
      passwordField("Password"),
      textField("From address", fromAddress(s)),
      textField("To address", toAddress(s)),
      switchField("Verify SSL certificate", true, "Leave it on."),
    ],
    snippet: {
      id: "home-assistant",
      language: "yaml",
      file: "configuration.yaml",
      fileAction: "add",
      code,
      setup: {
        intro:
          "In secrets.yaml, next to configuration.yaml, add this line and put your app password between the quotes (spaces don't matter).",
        code: `${HOME_ASSISTANT_SECRET}: ""`,
      },
    },
    notes: [
      senderNote(s),
      "Recent Home Assistant versions set SMTP up on the Settings screen and import this YAML by themselves; older ones read it from configuration.yaml after a restart.",
      "The YAML keeps the password in secrets.yaml, so configuration.yaml can be shared without it.",
      "If configuration.yaml already has a notify: section, add only the lines from “- name:” on, under it. Then restart Home Assistant.",
    ],
  };
}
