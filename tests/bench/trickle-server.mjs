// @ts-check
// A Gmail-shaped SMTP server that answers a few bytes at a time, slowly: the greeting, the
// EHLO answer and everything after it trickle out (by default 4 bytes every 400 ms, so the
// greeting alone takes about 4.4 s: longer than the app gives the greeting and the EHLO answer
// together, 3.5 s). Two listeners,
// like 465 (TLS from the first byte) and 587 (plain, then STARTTLS). Plain node:net and
// node:tls, for the soak run (tests/integration/scripted-server.ts is TypeScript for Vitest).
// It counts the AUTH commands it sees; it accepts no login (535, like a wrong password).
import net from "node:net";
import tls from "node:tls";

/**
 * @typedef {object} TrickleOptions
 * @property {string} key PEM of the server key (the trusted test chain: slowness is the only fault)
 * @property {string} cert PEM of the server certificate
 * @property {string} [host] default 127.0.0.1
 * @property {number} [bytes] bytes per write, default 4
 * @property {number} [everyMs] ms between writes, default 400
 * @property {number} [idleTimeoutMs] a silent client is cut off after this, default 30 s
 * @typedef {object} TrickleServer
 * @property {number} tlsPort
 * @property {number} starttlsPort
 * @property {() => number} auths AUTH commands received
 * @property {() => number} connections connections accepted
 * @property {() => number} openConnections sockets not yet closed
 * @property {() => Promise<void>} close
 */

const ID = "t1ckl3 - gsmtp";
const GREETING = `220 smtp.gmail.com ESMTP ${ID}\r\n`;
/** @param {boolean} secured */
const ehloAnswer = (secured) =>
  `${[
    "250-smtp.gmail.com at your service",
    "250-SIZE 35882577",
    "250-8BITMIME",
    secured ? "250-AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH" : "250-STARTTLS",
    "250-ENHANCEDSTATUSCODES",
    "250-PIPELINING",
    "250 SMTPUTF8",
  ].join("\r\n")}\r\n`;
const BAD_CREDENTIALS =
  "535-5.7.8 Username and Password not accepted. For more information, go to\r\n" +
  `535 5.7.8  https://support.google.com/mail/?p=BadCredentials ${ID}\r\n`;

/**
 * @param {TrickleOptions} options
 * @returns {Promise<TrickleServer>}
 */
export async function startTrickleServer(options) {
  const host = options.host ?? "127.0.0.1";
  const bytes = options.bytes ?? 4;
  const everyMs = options.everyMs ?? 400;
  const idleTimeoutMs = options.idleTimeoutMs ?? 30_000;
  const secureContext = tls.createSecureContext({ key: options.key, cert: options.cert, minVersion: "TLSv1.2" });
  /** @type {Set<() => void>} */
  const destroyers = new Set();
  let auths = 0;
  let accepted = 0;

  /**
   * @param {net.Socket} raw
   * @param {boolean} implicitTls
   */
  const serve = (raw, implicitTls) => {
    accepted++;
    /** @type {net.Socket} */
    let current = raw;
    /** @type {tls.TLSSocket | null} */
    let secure = null;
    /** @type {{ data: Buffer, then?: () => void }[]} */
    const queue = [];
    /** @type {NodeJS.Timeout | null} */
    let timer = null;
    const destroy = () => {
      if (timer) clearInterval(timer);
      timer = null;
      secure?.destroy();
      raw.destroy();
    };
    destroyers.add(destroy);
    raw.on("close", () => {
      destroyers.delete(destroy);
      if (timer) clearInterval(timer);
      timer = null;
    });
    raw.on("error", () => {});
    raw.setTimeout(idleTimeoutMs, destroy);

    /** @param {string} text @param {() => void} [then] after its last byte */
    const trickle = (text, then) => {
      queue.push({ data: Buffer.from(text, "utf8"), then });
      if (timer) return;
      timer = setInterval(() => {
        const head = queue[0];
        if (!head || current.destroyed) {
          if (timer) clearInterval(timer);
          timer = null;
          return;
        }
        if (current.writable) current.write(head.data.subarray(0, bytes));
        head.data = head.data.subarray(bytes);
        if (head.data.length > 0) return;
        queue.shift();
        head.then?.();
      }, everyMs);
    };

    /** @param {net.Socket} socket @param {boolean} secured */
    const converse = (socket, secured) => {
      let buffered = "";
      let awaitingPlainPayload = false;
      /** @param {Buffer} chunk */
      const onData = (chunk) => {
        buffered += chunk.toString("latin1");
        if (buffered.length > 64 * 1024) return destroy();
        const lines = buffered.split("\r\n");
        buffered = lines.pop() ?? "";
        for (const line of lines) {
          if (awaitingPlainPayload) {
            awaitingPlainPayload = false;
            trickle(BAD_CREDENTIALS);
            continue;
          }
          const verb = (line.split(" ")[0] ?? "").toUpperCase();
          if (verb === "EHLO") trickle(ehloAnswer(secured));
          else if (verb === "HELO") trickle("250 smtp.gmail.com at your service\r\n");
          else if (verb === "STARTTLS" && !secured) {
            socket.removeListener("data", onData);
            socket.pause();
            return trickle("220 2.0.0 Ready to start TLS\r\n", () => startTls(false));
          } else if (verb === "AUTH") {
            auths++;
            const hasPayload = line.trim().split(/\s+/).length > 2;
            if (hasPayload) trickle(BAD_CREDENTIALS);
            else {
              awaitingPlainPayload = true;
              trickle("334 \r\n");
            }
          } else if (verb === "QUIT") return trickle(`221 2.0.0 closing connection ${ID}\r\n`, () => current.end());
          else trickle(`502 5.5.1 Unrecognized command. ${ID}\r\n`);
        }
      };
      socket.on("data", onData);
    };

    /** @param {boolean} greet */
    const startTls = (greet) => {
      secure = new tls.TLSSocket(raw, { isServer: true, secureContext });
      secure.on("error", () => {});
      current = secure;
      secure.once("secure", () => {
        if (greet) trickle(GREETING);
        converse(/** @type {tls.TLSSocket} */ (secure), true);
      });
    };

    if (implicitTls) return startTls(true);
    trickle(GREETING);
    converse(raw, false);
  };

  const tlsServer = net.createServer((s) => serve(s, true));
  const starttlsServer = net.createServer((s) => serve(s, false));
  /** @param {net.Server} server @returns {Promise<number>} */
  const listen = (server) =>
    new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, host, () => resolve(/** @type {net.AddressInfo} */ (server.address()).port));
    });
  const [tlsPort, starttlsPort] = await Promise.all([listen(tlsServer), listen(starttlsServer)]);
  return {
    tlsPort,
    starttlsPort,
    auths: () => auths,
    connections: () => accepted,
    openConnections: () => destroyers.size,
    close: async () => {
      for (const destroy of destroyers) destroy();
      await Promise.all([tlsServer, starttlsServer].map((s) => new Promise((r) => s.close(() => r(undefined)))));
    },
  };
}
