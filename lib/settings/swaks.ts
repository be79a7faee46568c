import { fromAddress, SWAKS_PASSWORD_ENV, senderNote, shellPasswordSetup, testSubject, textField, toAddress } from "./common";
import { shellArg } from "./quote";
import type { Mode, ProgramSettings, ProvenSettings } from "./types";

// swaks: https://github.com/jetmore/swaks/blob/develop/doc/base.pod (--server, --port, --tls-on-connect for TLS from the
// first byte, --tls to require STARTTLS, --tls-verify, which swaks does not do by default, --auth, --auth-user,
// --auth-hide-password, --from, --to, --header; any option can come from SWAKS_OPT_<name>, here auth_password).
const TLS_OPTION: Readonly<Record<Mode, string>> = { tls: "--tls-on-connect", starttls: "--tls" };

export function swaksSettings(s: ProvenSettings): ProgramSettings {
  const code = [
    `# swaks takes the password from ${SWAKS_PASSWORD_ENV}, set above; it is not on this line.`,
    `swaks --server ${shellArg(s.host)} --port ${s.port} \\`,
    `  ${TLS_OPTION[s.mode]} --tls-verify \\`,
    `  --auth LOGIN --auth-user ${shellArg(s.username)} --auth-hide-password \\`,
    `  --from ${shellArg(fromAddress(s))} --to ${shellArg(toAddress(s))} \\`,
    `  --header "Subject: ${testSubject("swaks")}"`,
    "",
  ].join("\n");
  return {
    id: "swaks",
    name: "swaks",
    group: "Command line",
    where: "A terminal with swaks installed (apt install swaks, brew install swaks)",
    fields: [
      textField("--server", s.host),
      textField("--port", String(s.port)),
      textField("TLS option", TLS_OPTION[s.mode], s.mode === "tls" ? "TLS from the first byte." : "Require STARTTLS."),
      textField("--auth-user", s.username),
    ],
    snippet: { id: "swaks", language: "shell", code, setup: shellPasswordSetup(SWAKS_PASSWORD_ENV) },
    notes: [
      senderNote(s),
      `swaks reads the password from ${SWAKS_PASSWORD_ENV}, so it never appears on the command line.`,
      "--tls-verify makes swaks check Google's certificate, which it does not do otherwise. Versions before 20210117 check who signed it but not the name.",
      "--auth-hide-password keeps the password, even encoded, out of what swaks prints.",
    ],
  };
}
