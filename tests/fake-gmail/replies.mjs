// @ts-check
// Every line the fake Gmail server sends. Unless marked "inferred", each text is copied byte
// for byte from docs/gmail-replies.md (the section named in the comment). Each builder
// returns the reply's lines without line ends; session.mjs joins them with CRLF.
// Note the deliberate double spaces: before the URL on auth-error last lines, in
// "354  Go ahead" and in "250 2.0.0 OK  <unix-time>".

/** @typedef {string[]} ReplyLines */

/** @param {string} id */
const tail = (id) => `${id} - gsmtp`;

// --- Greeting and capabilities (docs/gmail-replies.md#greeting-and-capabilities) ---

/** @param {string} id */
export const greeting = (id) => [`220 smtp.gmail.com ESMTP ${tail(id)}`];

/**
 * @param {string} clientIp
 * @param {{ offerStartTls: boolean, offerAuth: boolean }} offer
 */
export function ehlo(clientIp, { offerStartTls, offerAuth }) {
  const lines = [`250-smtp.gmail.com at your service, [${clientIp}]`, "250-SIZE 35882577", "250-8BITMIME"];
  if (offerStartTls) lines.push("250-STARTTLS"); // 587 before TLS only
  if (offerAuth) lines.push("250-AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH"); // only after TLS
  lines.push("250-ENHANCEDSTATUSCODES", "250-PIPELINING", "250-CHUNKING", "250 SMTPUTF8");
  return lines;
}

/** Inferred: the doc lists HELO without its reply; Gmail's HELO reply carries no extension list. */
export const helo = () => ["250 smtp.gmail.com at your service"];

export const startTlsReady = () => ["220 2.0.0 Ready to start TLS"];
export const accepted = () => ["235 2.7.0 Accepted"];
export const authLoginUsername = () => ["334 VXNlcm5hbWU6"]; // base64 "Username:"
export const authLoginPassword = () => ["334 UGFzc3dvcmQ6"]; // base64 "Password:"
/** RFC 4954: an empty challenge for a bare "AUTH PLAIN" is "334 " with the trailing space. */
export const authPlainContinue = () => ["334 "];

/** @param {string} id */
export const mailOk = (id) => [`250 2.1.0 OK ${tail(id)}`];
/** @param {string} id */
export const rcptOk = (id) => [`250 2.1.5 OK ${tail(id)}`];
/** @param {string} id */
export const dataGoAhead = (id) => [`354  Go ahead ${tail(id)}`];
/** @param {string} id @param {number} unixTime seconds */
export const messageAccepted = (id, unixTime) => [`250 2.0.0 OK  ${unixTime} ${tail(id)}`];
/** @param {string} id */
export const flushed = (id) => [`250 2.1.5 Flushed ${tail(id)}`];
/** @param {string} id */
export const closing = (id) => [`221 2.0.0 closing connection ${tail(id)}`];
/** Inferred: no transcript shows NOOP; Gmail answers it like the end of DATA (timestamped OK). */
export const noop = (/** @type {string} */ id, /** @type {number} */ unixTime) => messageAccepted(id, unixTime);

// --- Login replies (docs/gmail-replies.md#login-replies, current forms unless named legacy) ---

/** @param {string} id */
export const badCredentials = (id) => [
  "535-5.7.8 Username and Password not accepted. For more information, go to",
  `535 5.7.8  https://support.google.com/mail/?p=BadCredentials ${tail(id)}`,
];

/** @param {string} id */
export const appPasswordRequired = (id) => [
  "534-5.7.9 Application-specific password required. For more information, go to",
  `534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor ${tail(id)}`,
];

/** @param {string} id */
export const webLoginRequired = (id) => [
  "534-5.7.9 Please log in with your web browser and then try again. For more",
  "534-5.7.9 information, go to",
  `534 5.7.9  https://support.google.com/mail/?p=WebLoginRequired ${tail(id)}`,
];

/** @param {string} id Legacy form (2014–2021); the plt= token lines are made up. */
export const webLoginLegacy = (id) => [
  "534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=AKgnsbtK",
  "534-5.7.14 q3ZbF0x7UuN2mWc8Rr1yTqLhVd5eJpKs4oAiGf9nXwE6tBvY0zHlMaCgDkSuIjOyP",
  "534-5.7.14 bQ7eWm2VxRn5cTfLh8KsZ1oYdJ3uApGi0vNwE4tMyHqXjB6lCkSrIaO9gUzDfPe",
  "534-5.7.14 Tn4Lx> Please log in via your web browser and",
  "534-5.7.14 then try again.",
  "534-5.7.14  Learn more at",
  `534 5.7.14  https://support.google.com/mail/answer/78754 ${tail(id)}`,
];

/** @param {string} id First line from the doc (A); the rest is the doc's "likely" continuation (C). */
export const tooManyAttempts = (id) => [
  "454-4.7.0 Too many login attempts, please try again later. For more information,",
  "454-4.7.0 go to",
  `454 4.7.0  https://support.google.com/mail/answer/7126229 ${tail(id)}`,
];

/** @param {string} id */
export const tooManyAttemptsLegacy = (id) => [`454 4.7.0 Too many login attempts, please try again later. ${tail(id)}`];

/** @param {string} id */
export const temporaryProblem = (id) => [`454 4.7.0 Cannot authenticate due to temporary system problem. Try again later. ${tail(id)}`];

/** @param {string} id @param {'EHLO' | 'HELO'} verb "(HELO)" is inferred; the doc shows EHLO. */
export const tryAgainLater = (id, verb = "EHLO") => [
  `421-4.7.0 Try again later, closing connection. (${verb})`,
  "421-4.7.0 For more information, go to",
  `421 4.7.0  https://support.google.com/a/answer/3221692 ${tail(id)}`,
];

/** @param {string} id */
export const startTlsFirst = (id) => [
  "530-5.7.0 Must issue a STARTTLS command first. For more information, go to",
  "530-5.7.0  https://support.google.com/a/answer/3221692 and review RFC 3207",
  `530 5.7.0 specifications. ${tail(id)}`,
];

/** @param {string} id */
export const authRequired = (id) => [
  "530-5.7.0 Authentication Required. For more information, go to",
  `530 5.7.0  https://support.google.com/mail/?p=WantAuthError ${tail(id)}`,
];

/** @param {string} id */
export const dailyLimit = (id) => [
  "550-5.4.5 Daily user sending limit exceeded. For more information on Gmail",
  "550-5.4.5 sending limits go to",
  `550 5.4.5  https://support.google.com/a/answer/166852 ${tail(id)}`,
];

// --- Other forms of the login replies (docs/gmail-replies.md#login-replies, "Other forms") ---

/** @param {string} id Before about January 2024 the filler read "Learn more at". */
export const badCredentialsLearnMore = (id) => [
  "535-5.7.8 Username and Password not accepted. Learn more at",
  `535 5.7.8  https://support.google.com/mail/?p=BadCredentials ${tail(id)}`,
];
/** @param {string} id The older link, to answer.py?answer=14257 (seen 2012–2016). */
export const badCredentialsAnswerPy = (id) => [
  "535-5.7.8 Username and Password not accepted. Learn more at",
  `535 5.7.8 https://support.google.com/mail/bin/answer.py?answer=14257 ${tail(id)}`,
];
/** @param {string} id One line, no link (inferred: how a short form would read). */
export const badCredentialsOneLine = (id) => [`535 5.7.8 Username and Password not accepted. ${tail(id)}`];
/** @param {string} id Google's published SMTP error reference (support.google.com/a/answer/3726730): 535 5.7.1. */
export const badCredentialsPublished = (id) => [
  `535 5.7.1 Username and Password not accepted. Learn more at https://support.google.com/accounts/answer/14257 ${tail(id)}`,
];
/** @param {string} id */
export const appPasswordLearnMore = (id) => [
  "534-5.7.9 Application-specific password required. Learn more at",
  `534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor ${tail(id)}`,
];
/** @param {string} id Google's published form: 535 5.7.1 with the app-password article. */
export const appPasswordPublished = (id) => [
  `535 5.7.1 Application-specific password required. Learn more at https://support.google.com/accounts/answer/185833 ${tail(id)}`,
];
/** @param {string} id Google's published form: 535 5.7.1 with the web-login article. */
export const webLoginPublished = (id) => [
  `535 5.7.1 Please log in with your web browser and then try again. Learn more at https://support.google.com/accounts/answer/78754 ${tail(id)}`,
];
/** @param {string} id The "through your web browser" wording with the old link. */
export const webLoginThrough = (id) => [
  "534-5.7.14 Please log in through your web browser and then try again.",
  `534 5.7.14 Learn more at https://support.google.com/mail/bin/answer.py?answer=78754 ${tail(id)}`,
];

/** @param {string} id One-line wording also seen ("Sending, after the login"). */
export const dailyQuota = (id) => [`550 5.4.5 Daily user sending quota exceeded. ${tail(id)}`];

/**
 * @param {string} id @param {string} user Workspace SMTP relay wording; the doc records the
 * words up to "for user", the rest is inferred.
 */
export const dailyRelayLimit = (id, user) => [`550 5.4.5 Daily SMTP relay limit exceeded for user ${user}. ${tail(id)}`];

/** @param {string} id The first line is in the doc (B); the rest is inferred. */
export const messageBlocked = (id) => [
  "552-5.7.0 This message was blocked because its content presents a potential",
  "552-5.7.0 security issue. For more information, go to",
  `552 5.7.0  https://support.google.com/mail/?p=BlockedMessage ${tail(id)}`,
];

/** @param {string} id The first line is in the doc (B); the rest is inferred. */
export const recipientDomainNotFound = (id) => [
  "553-5.1.2 We weren't able to find the recipient domain. Please check for any",
  "553-5.1.2 spelling errors, and make sure you didn't enter any spaces, periods,",
  `553 5.1.2 or other punctuation after the recipient's email address. ${tail(id)}`,
];

/** Exactly as the doc gives it: no session id. */
export const unrecognizedAuthType = () => ["504 5.7.4 Unrecognized authentication type"];

/** Microsoft's reply ("Microsoft, not Google" row); the bracketed server/time/id are made up. */
export const microsoftBasicAuthDisabled = () => [
  "535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [BN9PR03CA0123.namprd03.prod.outlook.com 2026-11-28T10:00:00.000Z 08DE0A1B2C3D4E5F]",
];

// --- Inferred: no transcript shows these; shaped like Gmail's other replies ---
// (listed as grade C in docs/gmail-replies.md#greeting-and-capabilities)

/** @param {string} id Inferred: a "*" cancel of an AUTH exchange (RFC 4954 requires a 501). */
export const authCancelled = (id) => [`501 5.7.0 Authentication aborted. ${tail(id)}`];
/** @param {string} id Inferred: an AUTH payload that is not valid base64 / not user+password. */
export const cannotDecode = (id) => [`501 5.5.2 Cannot Decode response ${tail(id)}`];
/** @param {string} id Inferred: EHLO/HELO without a name (Gmail closes the connection). */
export const emptyHelo = (id) => [
  "501-5.5.4 Empty HELO/EHLO argument not allowed, closing connection.",
  `501 5.5.4  https://support.google.com/mail/?p=helo ${tail(id)}`,
];
/** @param {string} id Inferred: a command that needs EHLO/HELO first. */
export const heloFirst = (id) => [`503 5.5.1 EHLO/HELO first. ${tail(id)}`];
/** @param {string} id Inferred: commands out of order (RCPT before MAIL, nested MAIL, ...). */
export const badSequence = (id) => [`503 5.5.1 Bad sequence of commands. ${tail(id)}`];
/** @param {string} id Inferred: AUTH once already logged in. */
export const alreadyAuthenticated = (id) => [`503 5.5.1 Already authenticated. ${tail(id)}`];
/** @param {string} id Inferred: unknown command, and STARTTLS once TLS is up (not offered then). */
export const unrecognizedCommand = (id) => [`502 5.5.1 Unrecognized command. ${tail(id)}`];
