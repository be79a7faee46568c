// @ts-check
// The reply to AUTH is chosen by the login name (see scenarioKey), so tests can use unique
// users ("bad-credentials--t17@gmail.com") whose attempt counts and limits do not interfere. Reply texts come from replies.mjs (see docs/gmail-replies.md).
import * as replies from "./replies.mjs";

/** The one app password the fake accepts where a scenario cares (16 lowercase letters). */
export const GOOD_APP_PASSWORD = "qwertyuiopasdfgh";

// Google shows app passwords as four groups of four; clients send them either way.
const GROUPED_APP_PASSWORD = /^[a-z]{4}( [a-z]{4}){3}$/;

/**
 * @param {string} password
 * @returns {boolean}
 */
export function isGoodAppPassword(password) {
  if (password === GOOD_APP_PASSWORD) return true;
  return GROUPED_APP_PASSWORD.test(password) && password.replaceAll(" ", "") === GOOD_APP_PASSWORD;
}

/**
 * @typedef {object} Scenario
 * @property {string} description one line, shown by the CLI
 * @property {(password: string, priorAttempts: number, sessionId: string) => string[]} auth
 *   reply lines to AUTH; priorAttempts counts earlier AUTHs of this exact login name
 *   (any connection, since the last reset)
 * @property {number} [authDelayMs] answer AUTH only after this long (a slow login, to watch progress)
 * @property {(sessionId: string, user: string) => string[]} [mailFrom] reply to MAIL FROM once logged in,
 *   when it differs from Gmail's usual "250 2.1.0 OK"
 * @property {(sessionId: string, user: string) => string[]} [rcpt] reply to RCPT TO, when it differs
 * @property {(sessionId: string, user: string) => string[]} [dataEnd] reply to the end of DATA,
 *   when it differs from "250 2.0.0 OK  <time> <id>" (the message is then not recorded)
 */

/**
 * @param {Scenario} s
 * @returns {Readonly<Scenario>}
 */
const scenario = (s) => Object.freeze(s);

/**
 * A scenario that answers every AUTH with one of Google's replies, whatever the password.
 * @param {string} description
 * @param {(sessionId: string) => string[]} reply
 */
const answers = (description, reply) => scenario({ description, auth: (_p, _n, id) => reply(id) });

/** @type {Readonly<Record<string, Readonly<Scenario>>>} */
export const SCENARIOS = Object.freeze({
  accepted: scenario({
    description: "any password is accepted (235)",
    auth: () => replies.accepted(),
  }),
  "bad-credentials": scenario({
    description: `535 5.7.8 BadCredentials unless the password is ${GOOD_APP_PASSWORD}`,
    auth: (password, _prior, id) => (isGoodAppPassword(password) ? replies.accepted() : replies.badCredentials(id)),
  }),
  "app-password-required": scenario({
    description: `534 5.7.9 InvalidSecondFactor unless the password is ${GOOD_APP_PASSWORD}`,
    auth: (password, _prior, id) => (isGoodAppPassword(password) ? replies.accepted() : replies.appPasswordRequired(id)),
  }),
  "web-login-required": scenario({
    description: "534 5.7.9 WebLoginRequired on the first attempt of this login name, then 235",
    auth: (_password, prior, id) => (prior === 0 ? replies.webLoginRequired(id) : replies.accepted()),
  }),
  "web-login-legacy": scenario({
    description: 'legacy 534 5.7.14 "log in via your web browser" on the first attempt, then 235',
    auth: (_password, prior, id) => (prior === 0 ? replies.webLoginLegacy(id) : replies.accepted()),
  }),
  "too-many-attempts": scenario({
    description: "454 4.7.0 Too many login attempts (current three-line form), always",
    auth: (_password, _prior, id) => replies.tooManyAttempts(id),
  }),
  "too-many-attempts-once": scenario({
    description: "454 4.7.0 Too many login attempts on the first attempt of this login name, then 235 (the pause has passed)",
    auth: (_password, prior, id) => (prior === 0 ? replies.tooManyAttempts(id) : replies.accepted()),
  }),
  "too-many-attempts-legacy": scenario({
    description: "454 4.7.0 Too many login attempts (old one-line form), always",
    auth: (_password, _prior, id) => replies.tooManyAttemptsLegacy(id),
  }),
  "temporary-problem": scenario({
    description: "454 4.7.0 Cannot authenticate due to temporary system problem, always",
    auth: (_password, _prior, id) => replies.temporaryProblem(id),
  }),
  // Other forms of the same replies: the diagnosis must read each by its meaning.
  "bad-credentials-learn-more": answers("535 5.7.8 BadCredentials, 'Learn more at' form", replies.badCredentialsLearnMore),
  "bad-credentials-answer-py": answers("535 5.7.8 with the old answer.py?answer=14257 link", replies.badCredentialsAnswerPy),
  "bad-credentials-one-line": answers("535 5.7.8 Username and Password not accepted, one line", replies.badCredentialsOneLine),
  "bad-credentials-published": answers(
    "535 5.7.1 Username and Password not accepted (Google's published form)",
    replies.badCredentialsPublished,
  ),
  "app-password-learn-more": answers("534 5.7.9 InvalidSecondFactor, 'Learn more at' form", replies.appPasswordLearnMore),
  "app-password-published": answers(
    "535 5.7.1 Application-specific password required (Google's published form)",
    replies.appPasswordPublished,
  ),
  "web-login-published": answers("535 5.7.1 Please log in with your web browser (Google's published form)", replies.webLoginPublished),
  "web-login-through": answers("534 5.7.14 Please log in through your web browser, old link", replies.webLoginThrough),
  microsoft: scenario({
    description: "535 5.7.139 Microsoft's basic-authentication-disabled reply, always",
    auth: () => replies.microsoftBasicAuthDisabled(),
  }),
  "slow-accepted": scenario({
    description: "any password is accepted (235), but only after 2 seconds",
    auth: () => replies.accepted(),
    authDelayMs: 2000,
  }),
  "daily-limit": scenario({
    description: "235 on AUTH, then 550 5.4.5 Daily user sending limit at MAIL FROM",
    auth: () => replies.accepted(),
    mailFrom: (id) => replies.dailyLimit(id),
  }),
  "daily-quota": scenario({
    description: "235 on AUTH, then 550 5.4.5 Daily user sending quota exceeded (one line) at MAIL FROM",
    auth: () => replies.accepted(),
    mailFrom: (id) => replies.dailyQuota(id),
  }),
  "daily-relay": scenario({
    description: "235 on AUTH, then 550 5.4.5 Daily SMTP relay limit exceeded (Workspace relay) at RCPT TO",
    auth: () => replies.accepted(),
    rcpt: (id, user) => replies.dailyRelayLimit(id, user),
  }),
  "daily-limit-data": scenario({
    description: "235 on AUTH, then 550 5.4.5 Daily user sending limit at the end of DATA",
    auth: () => replies.accepted(),
    dataEnd: (id) => replies.dailyLimit(id),
  }),
  "message-blocked": scenario({
    description: "235 on AUTH, then 552 5.7.0 message blocked at the end of DATA",
    auth: () => replies.accepted(),
    dataEnd: (id) => replies.messageBlocked(id),
  }),
});

/**
 * Any login name that names no scenario: Gmail answers an unknown user like a wrong password.
 * @type {Readonly<Scenario>}
 */
export const UNKNOWN_USER_SCENARIO = Object.freeze({
  description: "535 5.7.8 BadCredentials (any login name not listed above)",
  auth: (_password, _prior, id) => replies.badCredentials(id),
});

/**
 * The scenario a login name picks: its local part, lower case, without dots, a "+tag" or a
 * "--suffix". Tests make each user unique with a suffix ("bad-credentials--t3@gmail.com":
 * a distinct account, since Gmail ignores dots and +tags but not this), and may spell one
 * account several ways ("b.ad-credentials--t3+x@googlemail.com") to test the app's limits.
 * "Web-Login-Required--t3@gmail.com" -> "web-login-required".
 * @param {string} user the login name as sent in AUTH
 * @returns {string}
 */
export function scenarioKey(user) {
  const local = (user.trim().split("@")[0] ?? "").toLowerCase().split("+")[0] ?? "";
  return (local.replaceAll(".", "").split("--")[0] ?? "").trim();
}

/**
 * @param {string} user
 * @returns {Readonly<Scenario>}
 */
export function scenarioFor(user) {
  const key = scenarioKey(user);
  return Object.hasOwn(SCENARIOS, key) ? /** @type {Readonly<Scenario>} */ (SCENARIOS[key]) : UNKNOWN_USER_SCENARIO;
}
