// @ts-check
// Moves one connection's bytes: optional TLS from the first byte, the greeting, lines in,
// replies out, the STARTTLS upgrade and the close. No socket error may crash the process.
import tls from "node:tls";
import { LineReader } from "./line-reader.mjs";
import { newConnectionRecord } from "./records.mjs";
import * as replies from "./replies.mjs";
import { Session } from "./session.mjs";

export const IDLE_TIMEOUT_MS = 30 * 1000; // a stuck client cannot keep a test run alive longer
const CLOSE_GRACE_MS = 2 * 1000; // after our FIN, how long the client may take to close its side
const GARBAGE_GREETING = "HTTP/1.1 400 Bad Request\r\n"; // something that is not SMTP

/**
 * @typedef {import('./records.mjs').ConnectionRecord} ConnectionRecord
 * @typedef {object} ConnectionContext
 * @property {'tls' | 'starttls'} kind
 * @property {number} port
 * @property {tls.SecureContext} secureContext
 * @property {'gmail' | 'silent' | 'garbage'} greeting
 * @property {'ok' | 'try-again-later'} ehlo
 * @property {number} idleTimeoutMs
 * @property {(record: ConnectionRecord) => void} onOpen
 * @property {(record: ConnectionRecord) => void} onClose
 * @property {(destroy: () => void) => void} track registers how to tear this connection down
 * @property {(user: string) => number} countAttempt
 */

/** @param {string[]} lines */
const wire = (lines) => lines.map((line) => `${line}\r\n`).join("");

/**
 * @param {import('node:net').Socket} raw
 * @param {ConnectionContext} ctx
 */
export function handleConnection(raw, ctx) {
  const record = newConnectionRecord(ctx.kind, ctx.port);
  ctx.onOpen(record);
  /** @type {import('node:net').Socket} the socket replies go to: raw, or TLS on top of it */
  let current = raw;
  /** @type {tls.TLSSocket | null} */
  let secure = null;

  const markClosed = () => {
    if (record.closedAt !== null) return;
    record.closedAt = Date.now();
    ctx.onClose(record);
  };
  const destroy = () => {
    secure?.destroy();
    raw.destroy();
  };
  ctx.track(destroy);

  /** @param {import('node:net').Socket} socket */
  const guard = (socket) => {
    socket.on("error", (err) => record.errors.push(err.message)); // ECONNRESET, TLS alerts, ...
    socket.on("close", markClosed);
    socket.setTimeout(ctx.idleTimeoutMs, destroy);
  };
  guard(raw);

  /** Our FIN now; the client's soon, or we cut it off. */
  const endGracefully = () => {
    current.end();
    setTimeout(destroy, CLOSE_GRACE_MS).unref();
  };

  /** @param {string[]} lines */
  const send = (lines) => {
    if (current.writable) current.write(wire(lines));
  };

  const session = new Session({
    record,
    clientIp: (raw.remoteAddress ?? "").replace(/^::ffff:/, ""),
    ehlo: ctx.ehlo,
    countAttempt: ctx.countAttempt,
  });

  /** @param {import('node:net').Socket} socket */
  const readCommands = (socket) => {
    const reader = new LineReader();
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      for (const line of reader.push(chunk)) {
        const step = session.handle(line);
        if (!step) continue;
        if (step.delayMs) {
          // Only AUTH is slowed down, and no client pipelines after AUTH.
          const reply = step.reply;
          setTimeout(() => send(reply), step.delayMs).unref();
          continue;
        }
        send(step.reply);
        if (step.after === "close") {
          socket.removeListener("data", onData);
          socket.resume(); // drain whatever else arrives, so closing does not turn into a reset
          return endGracefully();
        }
        if (step.after === "starttls") {
          // Anything pipelined after STARTTLS is discarded (RFC 3207 §5: no plaintext injection).
          socket.removeListener("data", onData);
          socket.pause();
          return startTls();
        }
      }
      if (reader.overflowed) destroy();
    };
    socket.on("data", onData);
  };

  const startTls = () => {
    secure = new tls.TLSSocket(raw, { isServer: true, secureContext: ctx.secureContext });
    raw.setTimeout(0);
    guard(secure);
    current = secure;
    secure.once("secure", () => {
      record.tlsEstablished = true;
      session.tlsStarted();
      if (ctx.kind === "tls") send(replies.greeting(record.sessionId));
      readCommands(/** @type {tls.TLSSocket} */ (secure));
    });
  };

  // 'silent' and 'garbage' act on the raw TCP stream, before any TLS, on both ports.
  if (ctx.greeting === "silent") return void raw.resume();
  if (ctx.greeting === "garbage") {
    raw.resume();
    raw.write(GARBAGE_GREETING);
    return endGracefully();
  }
  if (ctx.kind === "tls") return startTls();
  send(replies.greeting(record.sessionId));
  readCommands(raw);
}
