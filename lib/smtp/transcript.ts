// The dialogue shown under "Details" and copied into support requests. It must never hold
// the password: the AUTH payload and every answer to a 334 challenge are replaced by a
// marker as they are recorded, and a last pass scrubs any copy of a secret (in case a
// server echoes one back). Lines stay data ({port, from, text}) until they are shown.

export const AUTH_MARKER = "<login data hidden>";

/** Secrets shorter than this cannot be told apart from ordinary text, so they are not scrubbed literally. */
const MIN_SCRUB_LENGTH = 4;

/** Who a transcript line is from: the app, the server, or the app's own remark (connected, timeouts). */
export type Speaker = "client" | "server" | "note";

export interface TranscriptLine {
  /** The port of the connection, or null for a remark about the whole check (the name lookup, the deadline). */
  port: number | null;
  from: Speaker;
  text: string;
}

export interface Transcript {
  /** A line the client sent. */
  client(port: number, line: string): void;
  /** A reply from the server; multi-line replies may be passed joined by "\n". */
  server(port: number, text: string): void;
  /** Something the probe observed (connected, TLS details, timeouts). */
  note(port: number | null, text: string): void;
  lines(): TranscriptLine[];
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

/** Removes every copy of a secret from one line, in any letter case. */
export function scrub(line: string, secrets: readonly string[]): string {
  return scrubReply(line, secrets);
}

// "535-5.7.8 " / "535 " at the start of a reply line: not part of what the server says.
const REPLY_PREFIX = /^\d{3}[ -](?:[245]\.\d{1,3}\.\d{1,3} )?/;

/**
 * Removes every copy of a secret from a reply of one or more lines ("\n" between them):
 * in any letter case, and also one that a server split across two lines (after each line's
 * "535-5.7.8 " prefix). Each hidden run becomes the marker, on every line it touched.
 */
export function scrubReply(text: string, secrets: readonly string[]): string {
  const lines = text.split("\n");
  // The reply's words as one string, and for each of its characters the line and column it came from.
  const where: Array<[line: number, column: number]> = [];
  let words = "";
  lines.forEach((line, i) => {
    const start = REPLY_PREFIX.exec(line)?.[0].length ?? 0;
    for (let c = start; c < line.length; c++) where.push([i, c]);
    words += line.slice(start);
  });
  const lower = words.toLowerCase();
  const hidden = lines.map((line) => new Array<boolean>(line.length).fill(false));
  for (const secret of secrets) {
    if (secret.length < MIN_SCRUB_LENGTH) continue;
    const needle = secret.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      for (let k = at; k < at + needle.length; k++) {
        const [i, c] = where[k] ?? [0, 0];
        const row = hidden[i];
        if (row) row[c] = true;
      }
    }
  }
  return lines
    .map((line, i) => {
      const row = hidden[i] ?? [];
      if (!row.includes(true)) return line;
      let out = "";
      for (let c = 0; c < line.length; c++) {
        if (!row[c]) out += line[c];
        else if (!row[c - 1]) out += AUTH_MARKER;
      }
      return out;
    })
    .join("\n");
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
  const out: TranscriptLine[] = [];
  // Per port: an AUTH was sent and the server has not yet given a final (non-334) reply.
  const inAuth = new Map<number, boolean>();
  const push = (port: number | null, from: Speaker, text: string) => {
    out.push({ port, from, text: scrub(text, secrets) });
  };
  return {
    client(port, line) {
      const redacted = redactClientLine(line, inAuth.get(port) ?? false);
      if (/^AUTH\s/i.test(line)) inAuth.set(port, true);
      push(port, "client", redacted);
    },
    server(port, text) {
      const lines = scrubReply(text.replace(/\r/g, ""), secrets)
        .split("\n")
        .filter((l) => l.length > 0)
        .map(hideClientAddress);
      for (const l of lines) push(port, "server", l);
      const last = lines[lines.length - 1] ?? "";
      if (!/^334[ -]/.test(last)) inAuth.set(port, false);
    },
    note(port, text) {
      push(port, "note", text);
    },
    lines: () => out.map((l) => ({ ...l })),
  };
}
