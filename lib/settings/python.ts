import { fromAddress, PASSWORD_ENV, scriptNotes, shellPasswordSetup, TEST_BODY, testSubject, textField, toAddress } from "./common";
import { pyString } from "./quote";
import type { ProgramSettings, ProvenSettings } from "./types";

// Python, smtplib: https://docs.python.org/3/library/smtplib.html (SMTP_SSL for TLS from the first byte,
// SMTP + starttls() for STARTTLS, both given ssl.create_default_context() so the certificate is checked:
// https://docs.python.org/3/library/ssl.html#ssl.create_default_context) and email.message.EmailMessage:
// https://docs.python.org/3/library/email.message.html.
export function pythonSettings(s: ProvenSettings): ProgramSettings {
  const host = pyString(s.host);
  const user = pyString(s.username);
  const connect =
    s.mode === "tls"
      ? [`    with smtplib.SMTP_SSL(${host}, ${s.port}, timeout=30, context=ssl.create_default_context()) as server:`]
      : [
          `    with smtplib.SMTP(${host}, ${s.port}, timeout=30) as server:`,
          "        server.starttls(context=ssl.create_default_context())",
        ];
  const code = [
    "# Sends one test message through Gmail with the settings the wizard checked.",
    `# Run: python3 send_test.py (with ${PASSWORD_ENV} set first)`,
    "import os",
    "import smtplib",
    "import ssl",
    "from email.message import EmailMessage",
    "",
    `password = os.environ.get("${PASSWORD_ENV}")`,
    "if not password:",
    `    raise SystemExit("Set ${PASSWORD_ENV} first.")`,
    "",
    "message = EmailMessage()",
    `message["From"] = ${pyString(fromAddress(s))}`,
    `message["To"] = ${pyString(toAddress(s))}`,
    `message["Subject"] = ${pyString(testSubject("Python"))}`,
    `message.set_content(${pyString(TEST_BODY)})`,
    "",
    "try:",
    ...connect,
    `        server.login(${user}, password)`,
    "        server.send_message(message)",
    "except (smtplib.SMTPException, OSError) as error:",
    '    raise SystemExit(f"Not sent: {error}")',
    'print("Sent.")',
    "",
  ].join("\n");
  return {
    id: "python",
    name: "Python (smtplib)",
    group: "Code",
    where: "A Python 3 script; smtplib and ssl come with Python",
    fields: [textField("Server", s.host), textField("Port", String(s.port)), textField("Username", s.username)],
    snippet: { id: "python", language: "python", file: "send_test.py", code, setup: shellPasswordSetup(), run: "python3 send_test.py" },
    notes: scriptNotes(
      s,
      s.mode === "tls"
        ? "SMTP_SSL speaks TLS from the first byte. Keep context=ssl.create_default_context(): it checks Google's certificate."
        : "SMTP, then starttls(), switches to TLS before the login. Keep context=ssl.create_default_context(): it checks Google's certificate.",
    ),
  };
}
