// @ts-check
// AUTH PLAIN and AUTH LOGIN (RFC 4616, draft-murchison-sasl-login) as Gmail runs them:
// PLAIN with an initial response or after "334 ", LOGIN with or without the username up front.
import * as replies from "./replies.mjs";
import { scenarioFor } from "./scenarios.mjs";

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * @param {string} text
 * @returns {string | null} the decoded UTF-8 text, or null when `text` is not canonical base64
 */
export function decodeBase64(text) {
  if (text.length === 0 || !BASE64.test(text)) return null;
  return Buffer.from(text, "base64").toString("utf8");
}

/**
 * "authzid NUL authcid NUL password" (RFC 4616).
 * @param {string} payload base64
 * @returns {{ user: string, password: string } | null}
 */
export function decodePlain(payload) {
  const parts = decodeBase64(payload)?.split("\0");
  if (parts?.length !== 3) return null;
  const [, user = "", password = ""] = parts;
  return user ? { user, password } : null;
}

/**
 * @typedef {{ mechanism: 'PLAIN' } | { mechanism: 'LOGIN', user: string | null }} PendingAuth
 * @typedef {{ reply: string[], pending?: PendingAuth,
 *   login?: { mechanism: 'PLAIN' | 'LOGIN', user: string, password: string } }} AuthStep
 */

/**
 * The AUTH command itself.
 * @param {string} args everything after "AUTH "
 * @param {string} id session id
 * @returns {AuthStep}
 */
export function startAuth(args, id) {
  const [mechanism = "", initial] = args.trim().split(/\s+/);
  switch (mechanism.toUpperCase()) {
    case "PLAIN":
      if (initial === undefined) return { reply: replies.authPlainContinue(), pending: { mechanism: "PLAIN" } };
      return finishPlain(initial, id);
    case "LOGIN": {
      if (initial === undefined) {
        return { reply: replies.authLoginUsername(), pending: { mechanism: "LOGIN", user: null } };
      }
      const user = decodeBase64(initial);
      if (user === null) return { reply: replies.cannotDecode(id) };
      return { reply: replies.authLoginPassword(), pending: { mechanism: "LOGIN", user } };
    }
    default:
      return { reply: replies.unrecognizedAuthType() };
  }
}

/**
 * A client line answering a 334 challenge.
 * @param {PendingAuth} pending
 * @param {string} line
 * @param {string} id session id
 * @returns {AuthStep}
 */
export function continueAuth(pending, line, id) {
  if (line.trim() === "*") return { reply: replies.authCancelled(id) };
  if (pending.mechanism === "PLAIN") return finishPlain(line.trim(), id);
  const decoded = decodeBase64(line.trim());
  if (decoded === null) return { reply: replies.cannotDecode(id) };
  if (pending.user === null) {
    return { reply: replies.authLoginPassword(), pending: { mechanism: "LOGIN", user: decoded } };
  }
  return { reply: [], login: { mechanism: "LOGIN", user: pending.user, password: decoded } };
}

/**
 * @param {string} payload
 * @param {string} id
 * @returns {AuthStep}
 */
function finishPlain(payload, id) {
  const credentials = decodePlain(payload);
  if (!credentials) return { reply: replies.cannotDecode(id) };
  return { reply: [], login: { mechanism: "PLAIN", ...credentials } };
}

/**
 * Gmail's verdict on a login: the scenario named by the login name decides.
 * @param {string} user
 * @param {string} password
 * @param {number} priorAttempts earlier AUTHs of this exact login name
 * @param {string} id session id
 * @returns {{ reply: string[], code: number, delayMs?: number }}
 */
export function judgeLogin(user, password, priorAttempts, id) {
  const scenario = scenarioFor(user);
  const reply = scenario.auth(password, priorAttempts, id);
  const last = reply[reply.length - 1] ?? "";
  const code = Number.parseInt(last.slice(0, 3), 10);
  return scenario.authDelayMs ? { reply, code, delayMs: scenario.authDelayMs } : { reply, code };
}
