import "server-only";

// Where the probe connects. Read once at server start from the test seams of
// ../shared/product.md, never from a request: a request must not be able to point the
// probe (and the password) at another host.
export interface SmtpTarget {
  host: string;
  tlsPort: number;
  starttlsPort: number;
}

function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new Error(`${name} must be a port number (1-65535), got ${JSON.stringify(raw)}`);
  }
  return value;
}

export const SMTP_TARGET: Readonly<SmtpTarget> = Object.freeze({
  host: process.env.GMAIL_SMTP_HOST || "smtp.gmail.com",
  tlsPort: port("GMAIL_SMTP_TLS_PORT", 465),
  starttlsPort: port("GMAIL_SMTP_STARTTLS_PORT", 587),
});
