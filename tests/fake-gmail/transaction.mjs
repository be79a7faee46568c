// @ts-check
// MAIL FROM, RCPT TO, DATA and the message body, once the client is logged in.
import * as replies from "./replies.mjs";
import { scenarioFor } from "./scenarios.mjs";

const unixTime = () => Math.floor(Date.now() / 1000);

export class MailTransaction {
  /**
   * @param {string} id session id
   * @param {string[]} messages where received bodies go (the connection record's list)
   */
  constructor(id, messages) {
    this.id = id;
    this.messages = messages;
    this.mailFrom = false;
    this.recipients = 0;
    /** @type {string[] | null} */
    this.body = null; // non-null while receiving a message body
  }

  reset() {
    this.mailFrom = false;
    this.recipients = 0;
    this.body = null;
  }

  get receivingBody() {
    return this.body !== null;
  }

  /**
   * @param {string} user the logged-in login name: its scenario may refuse to send
   * @returns {string[]}
   */
  mail(user) {
    if (this.mailFrom) return replies.badSequence(this.id);
    const refusal = scenarioFor(user).mailFrom?.(this.id);
    if (refusal) return refusal;
    this.mailFrom = true;
    return replies.mailOk(this.id);
  }

  /** @returns {string[]} */
  rcpt() {
    if (!this.mailFrom) return replies.badSequence(this.id);
    this.recipients += 1;
    return replies.rcptOk(this.id);
  }

  /** @returns {string[]} */
  data() {
    if (!this.mailFrom || this.recipients === 0) return replies.badSequence(this.id);
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
    this.messages.push(body.join("\r\n"));
    this.reset();
    return replies.messageAccepted(this.id, unixTime());
  }

  /**
   * NOOP: no transcript shows it; answered like the end of DATA (inferred, grade C in
   * docs/gmail-replies.md#greeting-and-capabilities).
   */
  noop() {
    return replies.noop(this.id, unixTime());
  }
}
