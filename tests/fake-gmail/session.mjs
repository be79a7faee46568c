// @ts-check
// One connection's SMTP dialogue, free of sockets: a line in, a reply (and what to do next)
// out. connection.mjs moves the bytes; this decides what Gmail would say.
import { continueAuth, judgeLogin, startAuth } from './auth.mjs';
import { AUTH_PAYLOAD_PLACEHOLDER } from './records.mjs';
import * as replies from './replies.mjs';
import { scenarioFor } from './scenarios.mjs';

/**
 * @typedef {import('./records.mjs').ConnectionRecord} ConnectionRecord
 * @typedef {import('./records.mjs').AuthRecord} AuthRecord
 * @typedef {import('./auth.mjs').PendingAuth} PendingAuth
 * @typedef {{ reply: string[], then?: 'starttls' | 'close' } | null} Step null: no reply (DATA body)
 * @typedef {object} SessionContext
 * @property {ConnectionRecord} record
 * @property {string} clientIp
 * @property {'ok' | 'try-again-later'} ehlo
 * @property {(user: string) => number} countAttempt returns the attempts before this one
 */

const AUTH_WITH_PAYLOAD = /^(AUTH\s+\S+)\s+\S.*$/i;
const unixTime = () => Math.floor(Date.now() / 1000);

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
    // Declared here so their types are known; resetTransaction() sets them back.
    this.mailFrom = false;
    this.recipients = 0;
    /** @type {string[] | null} */
    this.dataLines = null; // non-null while receiving a message body
  }

  resetTransaction() {
    this.mailFrom = false;
    this.recipients = 0;
    this.dataLines = null;
  }

  /** After a TLS handshake everything learnt before it is forgotten (RFC 3207 §4.2). */
  tlsStarted() {
    this.tls = true;
    this.greeted = false;
    this.user = null;
    this.pendingAuth = null;
    this.resetTransaction();
  }

  /**
   * @param {string} line one client line without its CRLF
   * @returns {Step}
   */
  handle(line) {
    const { record } = this.ctx;
    if (this.dataLines) return this.dataLine(line);
    if (this.pendingAuth) {
      record.commands.push(AUTH_PAYLOAD_PLACEHOLDER);
      const pending = this.pendingAuth;
      this.pendingAuth = null;
      return this.authStep(continueAuth(pending, line, this.id));
    }
    record.commands.push(line.replace(AUTH_WITH_PAYLOAD, `$1 ${AUTH_PAYLOAD_PLACEHOLDER}`));

    const space = line.indexOf(' ');
    const verb = (space === -1 ? line : line.slice(0, space)).toUpperCase();
    const args = space === -1 ? '' : line.slice(space + 1).trim();
    switch (verb) {
      case 'EHLO':
      case 'HELO':
        return this.hello(verb, args);
      case 'STARTTLS':
        // Offered only on the plain port before TLS; afterwards Gmail no longer knows it (inferred).
        if (this.tls || record.kind === 'tls') return { reply: replies.unrecognizedCommand(this.id) };
        return { reply: replies.startTlsReady(), then: 'starttls' };
      case 'AUTH':
        return this.gated(() => this.auth(args));
      case 'MAIL':
        return this.gated(() => this.mail());
      case 'RCPT':
        return this.gated(() => this.rcpt());
      case 'DATA':
        return this.gated(() => this.data());
      case 'RSET':
        this.resetTransaction();
        return { reply: replies.flushed(this.id) };
      case 'NOOP':
        return { reply: replies.noop(this.id, unixTime()) };
      case 'QUIT':
        return { reply: replies.closing(this.id), then: 'close' };
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
    if (!name) return { reply: replies.emptyHelo(this.id), then: 'close' };
    this.ctx.record.ehloName = name;
    if (this.ctx.ehlo === 'try-again-later') return { reply: replies.tryAgainLater(this.id, verb), then: 'close' };
    this.greeted = true;
    this.resetTransaction();
    if (verb === 'HELO') return { reply: replies.helo() };
    const offerStartTls = this.ctx.record.kind === 'starttls' && !this.tls;
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
    const { reply, code } = judgeLogin(user, password, this.ctx.countAttempt(user), this.id);
    this.ctx.record.auths.push({ sessionId: this.id, mechanism, user, password, code });
    if (code === 235) this.user = user;
    return { reply };
  }

  /** @returns {Step} */
  mail() {
    if (this.user === null) return { reply: replies.authRequired(this.id) };
    if (this.mailFrom) return { reply: replies.badSequence(this.id) };
    const refusal = scenarioFor(this.user).mailFrom?.(this.id);
    if (refusal) return { reply: refusal };
    this.mailFrom = true;
    return { reply: replies.mailOk(this.id) };
  }

  /** @returns {Step} */
  rcpt() {
    if (this.user === null) return { reply: replies.authRequired(this.id) };
    if (!this.mailFrom) return { reply: replies.badSequence(this.id) };
    this.recipients += 1;
    return { reply: replies.rcptOk(this.id) };
  }

  /** @returns {Step} */
  data() {
    if (this.user === null) return { reply: replies.authRequired(this.id) };
    if (!this.mailFrom || this.recipients === 0) return { reply: replies.badSequence(this.id) };
    this.dataLines = [];
    return { reply: replies.dataGoAhead(this.id) };
  }

  /** @param {string} line @returns {Step} */
  dataLine(line) {
    const body = /** @type {string[]} */ (this.dataLines);
    if (line !== '.') {
      body.push(line.startsWith('.') ? line.slice(1) : line); // undo dot-stuffing (RFC 5321 §4.5.2)
      return null;
    }
    this.ctx.record.messages.push(body.join('\r\n'));
    this.resetTransaction();
    return { reply: replies.messageAccepted(this.id, unixTime()) };
  }
}
