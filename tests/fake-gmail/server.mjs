// @ts-check
// startFakeGmail: two listeners imitating smtp.gmail.com's 465 (TLS from the first byte)
// and 587 (plain, then STARTTLS) on loopback, plus what tests need to look inside.
import net from "node:net";
import tls from "node:tls";
import { loadTestCertificates } from "./certs.mjs";
import { handleConnection, IDLE_TIMEOUT_MS } from "./connection.mjs";
import { startControlServer } from "./control.mjs";
import { closeServer, listen, waitForAllClosed } from "./listeners.mjs";

/**
 * @typedef {import('./records.mjs').ConnectionRecord} ConnectionRecord
 * @typedef {import('./records.mjs').AuthRecord} AuthRecord
 * @typedef {object} FakeGmailOptions
 * @property {string} certDir where makeTestCertificates wrote
 * @property {string} [host] default '127.0.0.1'
 * @property {number} [tlsPort] default 0 (random): implicit TLS, like 465
 * @property {number} [starttlsPort] default 0 (random): plain then STARTTLS, like 587
 * @property {'trusted' | 'intercepted' | 'expired' | 'not-yet-valid'} [certificate] 'intercepted' serves the rogue
 *   "Avast Web/Mail Shield Root" chain, on the TLS port and after STARTTLS; 'expired' and
 *   'not-yet-valid' serve the trusted CA's certificate out of its dates (a wrong clock)
 * @property {'ok' | 'try-again-later'} [ehlo] 'try-again-later': EHLO gets Gmail's 421 and a close
 * @property {'gmail' | 'silent' | 'garbage'} [greeting] 'silent': accept TCP, never send a byte;
 *   'garbage': send an HTTP line and close. Both before any TLS, on both ports.
 * @property {boolean} [control] also start the HTTP control API on 127.0.0.1:0
 * @property {number} [idleTimeoutMs] default 30 s: a silent client is cut off after this
 * @typedef {object} FakeGmail
 * @property {string} host
 * @property {number} tlsPort
 * @property {number} starttlsPort
 * @property {string} [controlUrl] e.g. http://127.0.0.1:40123 (with `control: true`)
 * @property {ConnectionRecord[]} connections every connection since start/reset, in order
 * @property {(user?: string) => AuthRecord[]} authAttempts all AUTHs, or one login name's
 * @property {() => number} openConnections sockets not yet closed
 * @property {(timeoutMs?: number) => Promise<void>} waitForAllClosed
 * @property {() => void} reset forget records and per-user attempt counts
 * @property {() => Promise<void>} close destroy all sockets, close all listeners
 */

/**
 * @template {string} T
 * @param {string} name
 * @param {T | undefined} value
 * @param {readonly T[]} allowed the first is the default
 * @returns {T}
 */
function choice(name, value, allowed) {
  if (value === undefined) return /** @type {T} */ (allowed[0]);
  if (!allowed.includes(value)) throw new TypeError(`startFakeGmail: ${name} must be one of ${allowed.join(", ")}`);
  return value;
}

/**
 * @param {FakeGmailOptions} options
 * @returns {Promise<FakeGmail>}
 */
export async function startFakeGmail(options) {
  const certs = loadTestCertificates(options.certDir);
  const host = options.host ?? "127.0.0.1";
  const certificate = choice("certificate", options.certificate, ["trusted", "intercepted", "expired", "not-yet-valid"]);
  const intercepted = certificate === "intercepted";
  const leaf = certificate === "expired" ? certs.expiredCert : certificate === "not-yet-valid" ? certs.futureCert : certs.cert;
  const ehlo = choice("ehlo", options.ehlo, ["ok", "try-again-later"]);
  const greeting = choice("greeting", options.greeting, ["gmail", "silent", "garbage"]);
  // The interceptor sends its root along with the leaf, so a verifying client reports
  // "self-signed certificate in certificate chain", as with a real antivirus mail shield.
  const secureContext = tls.createSecureContext({
    key: intercepted ? certs.rogueKey : certs.key,
    cert: intercepted ? certs.rogueCert + certs.rogueCa : leaf,
    minVersion: "TLSv1.2",
  });

  /** @type {ConnectionRecord[]} */
  const connections = [];
  /** @type {Map<string, number>} login name (lower case) -> AUTH attempts so far */
  const attempts = new Map();
  /** @type {Set<ConnectionRecord>} */
  const open = new Set();
  /** @type {Set<() => void>} */
  const destroyers = new Set();
  /** @type {Set<() => void>} */
  const closeWatchers = new Set();

  /** @param {'tls' | 'starttls'} kind */
  const makeListener = (kind) =>
    net.createServer((socket) => {
      /** @type {() => void} */
      let destroy = () => {
        socket.destroy();
      };
      handleConnection(socket, {
        kind,
        port: socket.localPort ?? 0,
        secureContext,
        greeting,
        ehlo,
        idleTimeoutMs: options.idleTimeoutMs ?? IDLE_TIMEOUT_MS,
        onOpen: (record) => {
          connections.push(record);
          open.add(record);
        },
        onClose: (record) => {
          open.delete(record);
          destroyers.delete(destroy);
          for (const watcher of closeWatchers) watcher();
        },
        track: (fn) => {
          destroy = fn;
          destroyers.add(fn);
        },
        countAttempt: (user) => {
          const key = user.toLowerCase();
          const prior = attempts.get(key) ?? 0;
          attempts.set(key, prior + 1);
          return prior;
        },
      });
    });

  const tlsServer = makeListener("tls");
  const starttlsServer = makeListener("starttls");
  const tlsPort = await listen(tlsServer, options.tlsPort ?? 0, host);
  const starttlsPort = await listen(starttlsServer, options.starttlsPort ?? 0, host).catch(async (err) => {
    await closeServer(tlsServer);
    throw err;
  });

  /** @type {FakeGmail} */
  const fake = {
    host,
    tlsPort,
    starttlsPort,
    connections,
    authAttempts: (user) =>
      connections.flatMap((c) => c.auths).filter((a) => user === undefined || a.user.toLowerCase() === user.toLowerCase()),
    openConnections: () => open.size,
    waitForAllClosed: (timeoutMs = 2000) => waitForAllClosed(open, closeWatchers, timeoutMs),
    reset: () => {
      connections.length = 0; // same array: tests holding `fake.connections` see the reset
      attempts.clear();
    },
    close: async () => {
      for (const destroy of destroyers) destroy();
      await Promise.all([closeServer(tlsServer), closeServer(starttlsServer), control?.close()]);
    },
  };
  const control = options.control ? await startControlServer(fake) : undefined;
  if (control) fake.controlUrl = control.url;
  return fake;
}
