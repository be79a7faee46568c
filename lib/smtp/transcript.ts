// The dialogue shown under "Show details" and copied into support requests. It must never
// hold the password: the AUTH payload and every answer to a 334 challenge are replaced by
// a marker as they are recorded, and a last pass scrubs any literal copy of a secret (in
// case a server echoes one back).

export const AUTH_MARKER = "<login data hidden>";

/** Secrets shorter than this cannot be told apart from ordinary text, so they are not scrubbed literally. */
const MIN_SCRUB_LENGTH = 4;

export type Speaker = "C" | "S" | "*";

export interface Transcript {
  /** A line the client sent. */
  client(port: number, line: string): void;
  /** A reply from the server; multi-line replies may be passed joined by "\n". */
  server(port: number, text: string): void;
  /** Something the probe observed (connected, TLS details, timeouts). */
  note(port: number | undefined, text: string): void;
  lines(): string[];
}

const AUTH_WITH_PAYLOAD = /^(AUTH\s+\S+)\s+\S.*$/i;
const AUTH_COMMAND = /^AUTH\s+\S+\s*$/i;

/** Every form in which a password could travel in an SMTP login. */
export function secretForms(user: string, password: string): string[] {
  const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
  return [password, b64(password), b64(`\u0000${user}\u0000${password}`), b64(`${user}\u0000${user}\u0000${password}`)].filter(
    (s) => s.length >= MIN_SCRUB_LENGTH,
  );
}

export function scrub(line: string, secrets: readonly string[]): string {
  let out = line;
  for (const secret of secrets) {
    if (secret.length >= MIN_SCRUB_LENGTH && out.includes(secret)) out = out.split(secret).join(AUTH_MARKER);
  }
  return out;
}

/** Hides the credentials of one client line, given whether an AUTH exchange is under way. */
export function redactClientLine(line: string, inAuthExchange: boolean): string {
  const withPayload = AUTH_WITH_PAYLOAD.exec(line);
  if (withPayload) return `${withPayload[1]} ${AUTH_MARKER}`;
  if (AUTH_COMMAND.test(line)) return line.trim();
  return inAuthExchange ? AUTH_MARKER : line;
}

/**
 * Gmail's EHLO reply names the client's public IP ("at your service, [203.0.113.7]"). The
 * transcript is kept in the page's history and copied into support requests: leave it out.
 */
export function hideClientAddress(line: string): string {
  return line.replace(/(at your service, )\[[^\]]*\]/, "$1[your IP address]");
}

export function createTranscript(secrets: readonly string[] = []): Transcript {
  const out: string[] = [];
  // Per port: an AUTH was sent and the server has not yet given a final (non-334) reply.
  const inAuth = new Map<number, boolean>();
  const push = (port: number | undefined, who: Speaker, text: string) => {
    const where = port === undefined ? "" : `[${port}] `;
    out.push(scrub(`${where}${who}: ${text}`, secrets));
  };
  return {
    client(port, line) {
      const redacted = redactClientLine(line, inAuth.get(port) ?? false);
      if (/^AUTH\s/i.test(line)) inAuth.set(port, true);
      push(port, "C", redacted);
    },
    server(port, text) {
      const lines = text
        .replace(/\r/g, "")
        .split("\n")
        .filter((l) => l.length > 0)
        .map(hideClientAddress);
      for (const l of lines) push(port, "S", l);
      const last = lines[lines.length - 1] ?? "";
      if (!/^334[ -]/.test(last)) inAuth.set(port, false);
    },
    note(port, text) {
      push(port, "*", text);
    },
    lines: () => [...out],
  };
}
