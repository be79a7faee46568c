import { fromAddress, PASSWORD_ENV, powershellPasswordNote, senderNote, shellPasswordSetup, textField } from "./common";
import { pyString } from "./quote";
import type { ProgramSettings, ProvenSettings } from "./types";

// Django, email settings: https://docs.djangoproject.com/en/stable/ref/settings/#email-use-tls and
// https://docs.djangoproject.com/en/stable/ref/settings/#email-use-ssl (EMAIL_USE_SSL is TLS from the first byte,
// EMAIL_USE_TLS is STARTTLS; the SMTP backend refuses both at once).
export function djangoSettings(s: ProvenSettings): ProgramSettings {
  const ssl = s.mode === "tls";
  const from = pyString(fromAddress(s));
  const code = [
    "# settings.py: Gmail SMTP, as the wizard checked it",
    "import os",
    "",
    'EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"',
    `EMAIL_HOST = ${pyString(s.host)}`,
    `EMAIL_PORT = ${s.port}`,
    // Both are written so an earlier line elsewhere in settings.py cannot leave the other one True.
    `EMAIL_USE_SSL = ${ssl ? "True" : "False"}`,
    `EMAIL_USE_TLS = ${ssl ? "False" : "True"}`,
    `EMAIL_HOST_USER = ${pyString(s.username)}`,
    `EMAIL_HOST_PASSWORD = os.environ["${PASSWORD_ENV}"]`,
    `DEFAULT_FROM_EMAIL = ${from}`,
    `SERVER_EMAIL = ${from}`,
    "",
  ].join("\n");
  return {
    id: "django",
    name: "Django",
    group: "Code",
    where: "settings.py of your Django project",
    fields: [
      textField("EMAIL_HOST", s.host),
      textField("EMAIL_PORT", String(s.port)),
      textField(ssl ? "EMAIL_USE_SSL" : "EMAIL_USE_TLS", "True"),
      textField("EMAIL_HOST_USER", s.username),
    ],
    snippet: { id: "django", language: "python", file: "settings.py", fileAction: "add", code, setup: shellPasswordSetup() },
    notes: [
      powershellPasswordNote(),
      senderNote(s),
      ssl
        ? "EMAIL_USE_SSL means TLS from the first byte. Django refuses EMAIL_USE_SSL and EMAIL_USE_TLS both True, so the other one is False."
        : "EMAIL_USE_TLS means STARTTLS. Django refuses EMAIL_USE_SSL and EMAIL_USE_TLS both True, so the other one is False.",
      `Start Django from the shell where ${PASSWORD_ENV} is set; settings.py reads it from os.environ.`,
      "Try it with python manage.py sendtestemail followed by your address.",
    ],
  };
}
