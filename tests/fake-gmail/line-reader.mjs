// @ts-check
// Splits a byte stream into lines. Handles several commands in one TCP chunk (PIPELINING)
// and a line split across chunks. Accepts CRLF and, leniently, a bare LF.

const MAX_LINE_BYTES = 1024 * 1024; // far above any SMTP line; stops a client that never sends LF
const LF = 0x0a;
const CR = 0x0d;

export class LineReader {
  /** @type {Buffer} */
  #pending = Buffer.alloc(0);
  overflowed = false;

  /**
   * @param {Buffer} chunk
   * @returns {string[]} the complete lines, without line ends
   */
  push(chunk) {
    let buffer = this.#pending.length > 0 ? Buffer.concat([this.#pending, chunk]) : chunk;
    /** @type {string[]} */
    const lines = [];
    let lf = buffer.indexOf(LF);
    while (lf !== -1) {
      const end = lf > 0 && buffer[lf - 1] === CR ? lf - 1 : lf;
      // Split on bytes first, decode after: a UTF-8 character may straddle two chunks.
      lines.push(buffer.subarray(0, end).toString("utf8"));
      buffer = buffer.subarray(lf + 1);
      lf = buffer.indexOf(LF);
    }
    this.#pending = Buffer.from(buffer);
    if (this.#pending.length > MAX_LINE_BYTES) this.overflowed = true;
    return lines;
  }
}
