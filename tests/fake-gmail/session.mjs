// @ts-check
// One connection's SMTP dialogue, free of sockets: a line in, a reply (and what to do next)
// out. connection.mjs moves the bytes; this decides what Gmail would say.
import { continueAuth, judgeLogin, startAuth } from "./auth.mjs";
import { AUTH_PAYLOAD_PLACEHOLDER } from "./records.mjs";
import * as replies from "./replies.mjs";
import { MailTransaction } from "./transaction.mjs";

/**
 * @typedef {import('./records.mjs').ConnectionRecord} ConnectionRecord
 * @typedef {import('./records.mjs').AuthRecord} AuthRecord
 * @typedef {import('./auth.mjs').PendingAuth} PendingAuth
 * @typedef {{ reply: string[], after?: 'starttls' | 'close', delayMs?: number } | null} Step null: no reply (DATA body); delayMs: answer that much later
 * @typedef {object} SessionContext
 * @property {ConnectionRecord} record
 * @property {string} clientIp
 * @property {'ok' | 'try-again-later'} ehlo
 * @property {(user: string) => number} countAttempt returns the attempts before this one
 */

const AUTH_WITH_PAYLOAD = /^(AUTH\s+\S+)\s+\S.*$/i;

export class Session {
  /** @param {SessionContext} ctx */
  constructor(ctx) {
    this.ctx = ctx;
    this.id = ctx.record.sessionId;
    this.tls = false;
    this.greeted = false;
    /** @type {string | null} */
    this.user = null; // logged in as
    /** @type {PendingAuth | null} */
    this.pendingAuth = null;
    this.transaction = new MailTransaction(this.id, ctx.record.messages);
  }

  /** After a TLS handshake everything learnt before it is forgotten (RFC 3207 §4.2). */
  tlsStarted() {
    this.tls = true;
    this.greeted = false;
    this.user = null;
    this.pendingAuth = null;
    this.transaction.reset();
  }

  /**
   * @param {string} line one client line without its CRLF
   * @returns {Step}
   */
  handle(line) {
    const { record } = this.ctx;
    if (this.transaction.receivingBody) {
      const reply = this.transaction.bodyLine(line);
      return reply && { reply };
    }
    if (this.pendingAuth) {
      record.commands.push(AUTH_PAYLOAD_PLACEHOLDER);
      const pending = this.pendingAuth;
      this.pendingAuth = null;
      return this.authStep(continueAuth(pending, line, this.id));
    }
    record.commands.push(line.replace(AUTH_WITH_PAYLOAD, `$1 ${AUTH_PAYLOAD_PLACEHOLDER}`));

    const space = line.indexOf(" ");
    const verb = (space === -1 ? line : line.slice(0, space)).toUpperCase();
    const args = space === -1 ? "" : line.slice(space + 1).trim();
    switch (verb) {
      case "EHLO":
      case "HELO":
        return this.hello(verb, args);
      case "STARTTLS":
        // Offered only on the plain port before TLS; afterwards Gmail no longer knows it (inferred).
        if (this.tls || record.kind === "tls") return { reply: replies.unrecognizedCommand(this.id) };
        return { reply: replies.startTlsReady(), after: "starttls" };
      case "AUTH":
        return this.gated(() => this.auth(args));
      case "MAIL":
        return this.gated(() => this.loggedIn((user) => this.transaction.mail(user, args)));
      case "RCPT":
        return this.gated(() => this.loggedIn(() => this.transaction.rcpt(args)));
      case "DATA":
        return this.gated(() => this.loggedIn(() => this.transaction.data()));
      case "RSET":
        this.transaction.reset();
        return { reply: replies.flushed(this.id) };
      case "NOOP":
        return { reply: this.transaction.noop() };
      case "QUIT":
        return { reply: replies.closing(this.id), after: "close" };
      default:
        return { reply: replies.unrecognizedCommand(this.id) };
    }
  }

  /**
   * @param {'EHLO' | 'HELO'} verb
   * @param {string} name
   * @returns {Step}
   */
  hello(verb, name) {
    if (!name) return { reply: replies.emptyHelo(this.id), after: "close" };
    this.ctx.record.ehloName = name;
    if (this.ctx.ehlo === "try-again-later") return { reply: replies.tryAgainLater(this.id, verb), after: "close" };
    this.greeted = true;
    this.transaction.reset();
    if (verb === "HELO") return { reply: replies.helo() };
    const offerStartTls = this.ctx.record.kind === "starttls" && !this.tls;
    return { reply: replies.ehlo(this.ctx.clientIp, { offerStartTls, offerAuth: this.tls }) };
  }

  /**
   * AUTH, MAIL, RCPT and DATA need EHLO first (inferred) and, on the plain port, TLS first.
   * @param {() => Step} next
   * @returns {Step}
   */
  gated(next) {
    if (!this.greeted) return { reply: replies.heloFirst(this.id) };
    if (!this.tls) return { reply: replies.startTlsFirst(this.id) };
    return next();
  }

  /** @param {string} args @returns {Step} */
  auth(args) {
    if (this.user !== null) return { reply: replies.alreadyAuthenticated(this.id) };
    return this.authStep(startAuth(args, this.id));
  }

  /** @param {import('./auth.mjs').AuthStep} step @returns {Step} */
  authStep(step) {
    if (step.pending) this.pendingAuth = step.pending;
    if (!step.login) return { reply: step.reply };
    const { mechanism, user, password } = step.login;
    const { reply, code, delayMs } = judgeLogin(user, password, this.ctx.countAttempt(user), this.id);
    this.ctx.record.auths.push({ sessionId: this.id, mechanism, user, password, code });
    if (code === 235) this.user = user;
    return delayMs ? { reply, delayMs } : { reply };
  }

  /**
   * MAIL, RCPT and DATA without a successful AUTH get Gmail's WantAuthError.
   * @param {(user: string) => string[]} next
   * @returns {Step}
   */
  loggedIn(next) {
    return { reply: this.user === null ? replies.authRequired(this.id) : next(this.user) };
  }
}
