import { readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import tls from "node:tls";

// One small SMTP server for the probe's edge cases, the way nodemailer's tests have one
// startServer(replies): every reply and delay is scripted, so a test can make a server
// slow, silent, hostile or not Google at all. The fake Gmail (tests/fake-gmail) is for
// Gmail's own replies; this is for everything Gmail never does.

/** What the server answers to one command: reply lines, nothing (silence), or a function of the line. */
export type Answer = string | string[] | null | ((line: string) => string | string[] | null);

export interface Script {
  /** Implicit TLS from the first byte, like 465 (default), or plain text, like 587. */
  tls?: boolean;
  /** On a plain port: offer STARTTLS and upgrade when asked, like 587. */
  starttls?: boolean;
  /** Per command verb: how long to wait before answering once the connection is secured by STARTTLS. */
  securedDelayMs?: Record<string, number>;
  /** Before the TLS handshake, after the connection opened. */
  tlsDelayMs?: number;
  /** Before the greeting. */
  greetingDelayMs?: number;
  /** The greeting line; null means never greet. */
  greeting?: string | null;
  /** Per command verb (EHLO, AUTH, STARTTLS, QUIT, …): the answer. Missing verbs get a 502. */
  on?: Record<string, Answer>;
  /** Per command verb: how long to wait before answering. */
  delayMs?: Record<string, number>;
}

export interface ScriptedServer {
  port: number;
  /** How many AUTH commands arrived. */
  readonly auths: number;
  /** Every command line received, in order (AUTH payloads included: these are test credentials). */
  readonly commands: readonly string[];
  openSockets(): number;
  close(): Promise<void>;
}

export const GMAIL_GREETING = "220 smtp.gmail.com ESMTP s1 - gsmtp";
export const GMAIL_EHLO = ["250-smtp.gmail.com at your service", "250-AUTH LOGIN PLAIN", "250 SMTPUTF8"];
const DEFAULTS: Record<string, Answer> = {
  EHLO: GMAIL_EHLO,
  QUIT: "221 2.0.0 closing connection s1 - gsmtp",
};

function testCertificate() {
  const dir = process.env.FAKE_GMAIL_CERT_DIR;
  if (!dir) throw new Error("Run through `npm test` (it makes the test certificates).");
  return { key: readFileSync(path.join(dir, "server-key.pem")), cert: readFileSync(path.join(dir, "server-cert.pem")) };
}

export async function startScriptedServer(script: Script): Promise<ScriptedServer> {
  const useTls = script.tls ?? true;
  const credentials = useTls || script.starttls ? testCertificate() : undefined;
  const on = { ...DEFAULTS, ...script.on };
  const sockets = new Set<net.Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const commands: string[] = [];
  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  const converse = (s: net.Socket, secured = false) => {
    const write = (lines: string | string[]) => {
      if (s.writable)
        s.write(
          [lines]
            .flat()
            .map((l) => `${l}\r\n`)
            .join(""),
        );
    };
    const greeting = script.greeting === undefined ? GMAIL_GREETING : script.greeting;
    if (greeting !== null && !secured) later(script.greetingDelayMs ?? 0, () => write(greeting));
    let buffered = "";
    s.on("data", (d: Buffer) => {
      buffered += d.toString("utf8");
      const lines = buffered.split("\r\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        commands.push(line);
        const verb = (line.split(" ")[0] ?? "").toUpperCase();
        if (verb === "STARTTLS" && script.starttls && !secured && credentials) {
          // Upgrade in place: stop reading plain text, answer, then hand the socket to TLS.
          s.removeAllListeners("data");
          write("220 2.0.0 Ready to start TLS");
          const secure = new tls.TLSSocket(s, { isServer: true, ...credentials });
          secure.on("error", () => {});
          secure.on("secure", () => converse(secure, true));
          return;
        }
        if (verb === "EHLO" && script.starttls && !secured) {
          write(["250-smtp.gmail.com at your service", "250-STARTTLS", "250 SMTPUTF8"]);
          continue;
        }
        const answer = verb in on ? on[verb] : "502 5.5.1 Unrecognized command.";
        const reply = typeof answer === "function" ? answer(line) : answer;
        if (reply === null || reply === undefined) continue;
        const delay = (secured ? script.securedDelayMs?.[verb] : undefined) ?? script.delayMs?.[verb] ?? 0;
        later(delay, () => {
          write(reply);
          if (verb === "QUIT") s.end();
        });
      }
    });
  };

  // pauseOnConnect: the client's TLS hello waits in the kernel until the delayed handshake.
  const server = net.createServer({ pauseOnConnect: true }, (raw) => {
    sockets.add(raw);
    raw.on("close", () => sockets.delete(raw));
    raw.on("error", () => {});
    if (!useTls) {
      raw.resume();
      return converse(raw);
    }
    later(script.tlsDelayMs ?? 0, () => {
      if (raw.destroyed || !credentials) return;
      const secure = new tls.TLSSocket(raw, { isServer: true, ...credentials });
      secure.on("error", () => {});
      secure.on("secure", () => converse(secure));
      raw.resume();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  return {
    port: (server.address() as net.AddressInfo).port,
    get auths() {
      return commands.filter((c) => /^AUTH\b/i.test(c)).length;
    },
    commands,
    openSockets: () => sockets.size,
    close: () =>
      new Promise<void>((r) => {
        for (const t of timers) clearTimeout(t);
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
