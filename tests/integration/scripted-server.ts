import { readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import tls from "node:tls";

// A tiny implicit-TLS SMTP server whose every step can be slowed down: for the probe's
// timing rules (port preference, deadline), which the fake Gmail answers too fast to show.
export interface ScriptedServer {
  port: number;
  auths: number;
  openSockets(): number;
  close(): Promise<void>;
}

export async function startScriptedTlsServer(opts: {
  tlsDelayMs?: number;
  greetingDelayMs?: number;
  ehloDelayMs?: number;
  answerAuth: boolean;
  echoAuth?: boolean;
}): Promise<ScriptedServer> {
  const dir = process.env.FAKE_GMAIL_CERT_DIR;
  if (!dir) throw new Error("Run through `npm test` (it makes the test certificates).");
  const key = readFileSync(path.join(dir, "server-key.pem"));
  const cert = readFileSync(path.join(dir, "server-cert.pem"));
  const sockets = new Set<net.Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };
  const state = { auths: 0 };
  // pauseOnConnect: the client's TLS hello waits in the kernel until the delayed handshake.
  const server = net.createServer({ pauseOnConnect: true }, (raw) => {
    sockets.add(raw);
    raw.on("close", () => sockets.delete(raw));
    raw.on("error", () => {});
    later(opts.tlsDelayMs ?? 0, () => {
      if (raw.destroyed) return;
      const s = new tls.TLSSocket(raw, { isServer: true, key, cert });
      s.on("error", () => {});
      s.on("secure", () => later(opts.greetingDelayMs ?? 0, () => s.writable && s.write("220 smtp.gmail.com ESMTP s1 - gsmtp\r\n")));
      s.on("data", (d: Buffer) => {
        const line = d.toString();
        if (/^EHLO/i.test(line))
          later(
            opts.ehloDelayMs ?? 0,
            () => s.writable && s.write("250-smtp.gmail.com at your service\r\n250-AUTH LOGIN PLAIN\r\n250 SMTPUTF8\r\n"),
          );
        else if (/^AUTH/i.test(line)) {
          state.auths += 1;
          // echoAuth: a hostile server that repeats the credentials back in its refusal.
          if (opts.echoAuth) s.write(`535 5.7.8 not accepted: ${line.trim()}\r\n`);
          else if (opts.answerAuth) s.write("235 2.7.0 Accepted\r\n");
        } else if (/^QUIT/i.test(line)) s.end("221 2.0.0 closing connection s1 - gsmtp\r\n");
      });
      raw.resume();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  return {
    port: (server.address() as net.AddressInfo).port,
    get auths() {
      return state.auths;
    },
    openSockets: () => sockets.size,
    close: () =>
      new Promise<void>((r) => {
        for (const t of timers) clearTimeout(t);
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
