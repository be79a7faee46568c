// @ts-check
// MAIL FROM, RCPT TO, DATA and the message body, once the client is logged in. The login
// name's scenario may refuse at any of the three (the daily sending limit, a blocked
// message); a recipient at a domain ending in ".invalid" is refused as Gmail refuses a
// domain it cannot find (docs/gmail-replies.md, "Sending, after the login").
import * as replies from "./replies.mjs";
import { scenarioFor } from "./scenarios.mjs";

const unixTime = () => Math.floor(Date.now() / 1000);

/** "<a@b.c>" or "<a@b.c> SIZE=123" after "FROM:" / "TO:" → "a@b.c". @param {string} args */
const pathOf = (args) => /<([^>]*)>/.exec(args)?.[1] ?? args.replace(/^(FROM|TO):\s*/i, "").trim();

/**
 * @typedef {object} MessageRecord
 * @property {string} from the envelope sender (MAIL FROM)
 * @property {string[]} to the envelope recipients (RCPT TO) that were accepted
 * @property {string} data the message as received (dot-unstuffed, lines joined by CRLF)
 * @property {string} subject its Subject header, for tests
 */

export class MailTransaction {
  /**
   * @param {string} id session id
   * @param {MessageRecord[]} messages where received messages go (the connection record's list)
   */
  constructor(id, messages) {
    this.id = id;
    this.messages = messages;
    /** @type {string | null} */
    this.from = null;
    /** @type {string[]} */
    this.to = [];
    /** @type {string | null} */
    this.user = null;
    /** @type {string[] | null} */
    this.body = null; // non-null while receiving a message body
  }

  reset() {
    this.from = null;
    this.to = [];
    this.body = null;
  }

  get receivingBody() {
    return this.body !== null;
  }

  /**
   * @param {string} user the logged-in login name: its scenario may refuse to send
   * @param {string} args everything after "MAIL "
   * @returns {string[]}
   */
  mail(user, args = "") {
    if (this.from !== null) return replies.badSequence(this.id);
    const refusal = scenarioFor(user).mailFrom?.(this.id, user);
    if (refusal) return refusal;
    this.user = user;
    this.from = pathOf(args);
    return replies.mailOk(this.id);
  }

  /** @param {string} args everything after "RCPT " @returns {string[]} */
  rcpt(args = "") {
    if (this.from === null) return replies.badSequence(this.id);
    const recipient = pathOf(args);
    if (/\.invalid$/i.test(recipient)) return replies.recipientDomainNotFound(this.id);
    const refusal = this.user ? scenarioFor(this.user).rcpt?.(this.id, this.user) : undefined;
    if (refusal) return refusal;
    this.to.push(recipient);
    return replies.rcptOk(this.id);
  }

  /** @returns {string[]} */
  data() {
    if (this.from === null || this.to.length === 0) return replies.badSequence(this.id);
    this.body = [];
    return replies.dataGoAhead(this.id);
  }

  /**
   * A line of the message body; "." alone ends it (the CRLF.CRLF of RFC 5321 §4.1.1.4).
   * @param {string} line
   * @returns {string[] | null} the reply once the body is complete
   */
  bodyLine(line) {
    /** @type {string[]} */
    const body = this.body ?? [];
    if (line !== ".") {
      body.push(line.startsWith(".") ? line.slice(1) : line); // undo dot-stuffing (RFC 5321 §4.5.2)
      return null;
    }
    const refusal = this.user ? scenarioFor(this.user).dataEnd?.(this.id, this.user) : undefined;
    if (!refusal) {
      const data = body.join("\r\n");
      const subject = /^Subject: (.*)$/im.exec(data.split("\r\n\r\n")[0] ?? "")?.[1] ?? "";
      this.messages.push({ from: this.from ?? "", to: [...this.to], data, subject });
    }
    this.reset();
    return refusal ?? replies.messageAccepted(this.id, unixTime());
  }

  /** NOOP: no transcript shows it; answered like the end of DATA (inferred). */
  noop() {
    return replies.noop(this.id, unixTime());
  }
}
