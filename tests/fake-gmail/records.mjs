// @ts-check
// What the fake remembers about each connection, for tests to assert on.
import { randomBytes, randomInt } from "node:crypto";

/**
 * @typedef {object} AuthRecord
 * @property {string} sessionId
 * @property {'PLAIN' | 'LOGIN'} mechanism
 * @property {string} user the login name as sent
 * @property {string} password as sent (fake credentials only: this is a test server)
 * @property {number} code the reply code the fake answered with
 */

/**
 * @typedef {object} ConnectionRecord
 * @property {string} sessionId
 * @property {number} port the fake's port the client connected to
 * @property {'tls' | 'starttls'} kind implicit TLS (like 465) or plain then STARTTLS (like 587)
 * @property {boolean} tlsEstablished
 * @property {string | null} ehloName the name given with the last EHLO/HELO
 * @property {string[]} commands client lines as received; AUTH payloads and base64 credential
 *   lines read "<auth payload>"; message bodies are not included (see messages)
 * @property {AuthRecord[]} auths
 * @property {import('./transaction.mjs').MessageRecord[]} messages messages received with DATA: envelope, data, subject
 * @property {string[]} errors socket/TLS errors seen (e.g. a client rejecting the certificate)
 * @property {number} openedAt ms since epoch
 * @property {number | null} closedAt ms since epoch; null while open
 */

/** Shown in place of any AUTH payload or credential line. */
export const AUTH_PAYLOAD_PLACEHOLDER = "<auth payload>";

const ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";

/**
 * A Gmail-shaped session id, e.g. "ffacd0b85a97d-47fd4068fb7sm42661420f8f.0":
 * <13 hex>-<11 hex>sm<8 digits><3 lowercase alnum>.<digit> (docs/gmail-replies.md#wire-format).
 * @returns {string}
 */
export function makeSessionId() {
  const hex = randomBytes(12).toString("hex");
  const digits = String(randomInt(0, 100_000_000)).padStart(8, "0");
  let chars = "";
  for (let i = 0; i < 3; i++) chars += ALNUM[randomInt(0, ALNUM.length)];
  return `${hex.slice(0, 13)}-${hex.slice(13, 24)}sm${digits}${chars}.${randomInt(0, 10)}`;
}

/**
 * @param {'tls' | 'starttls'} kind
 * @param {number} port
 * @returns {ConnectionRecord}
 */
export function newConnectionRecord(kind, port) {
  return {
    sessionId: makeSessionId(),
    port,
    kind,
    tlsEstablished: false,
    ehloName: null,
    commands: [],
    auths: [],
    messages: [],
    errors: [],
    openedAt: Date.now(),
    closedAt: null,
  };
}
