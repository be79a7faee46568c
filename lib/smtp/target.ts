import "server-only";
import { settings } from "@/lib/config/settings.mjs";

// Where the probe connects: smtp.gmail.com on 465 and 587, unless a test points it at the
// fake Gmail through GMAIL_SMTP_*. Read from the settings of the process, never from a
// request: a request must not be able to send the password to another host.
export interface SmtpTarget {
  host: string;
  tlsPort: number;
  starttlsPort: number;
}

export function smtpTarget(): SmtpTarget {
  return settings().smtp;
}
