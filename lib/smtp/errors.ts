import type { FailureKind, PhaseName, SmtpReply } from "./types";

// Turns what node:net, node:tls and nodemailer throw into a FailureKind. Codes and message
// shapes: docs/gmail-replies.md#network-and-tls-failures.

export interface ErrorLike {
  code?: unknown;
  originalCode?: unknown;
  message?: unknown;
  response?: unknown;
  responseCode?: unknown;
  command?: unknown;
}

const UNTRUSTED_CODES = new Set([
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_UNTRUSTED",
  "CERT_SIGNATURE_FAILURE",
  "CERT_REVOKED",
]);
const REFUSED_CODES = new Set(["ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH", "EADDRNOTAVAIL", "ENETDOWN"]);
const DNS_CODES = new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_FAIL", "ENODATA", "EDNS"]);

// nodemailer wraps TLS errors ("Error initiating TLS - <node message>") and keeps only the
// message, so the message is matched as well as the code.
const UNTRUSTED_MESSAGE =
  /self[- ]signed certificate|unable to (get|verify) (local )?issuer|unable to verify the first certificate|certificate (signature failure|revoked)/i;
// OpenSSL checks the chain before the dates: an expired or not-yet-valid certificate that
// gets this far was issued by a trusted CA for the right name, so the clock is the suspect.
const OUT_OF_DATE_CODES = new Set(["CERT_HAS_EXPIRED", "CERT_NOT_YET_VALID"]);
const OUT_OF_DATE_MESSAGE = /certificate has expired|certificate is not yet valid/i;
const MISMATCH_MESSAGE = /does not match certificate's altnames|ERR_TLS_CERT_ALTNAME_INVALID/i;
const TLS_PROTOCOL_MESSAGE = /wrong version number|ssl routines|tls|handshake|EPROTO/i;

const text = (v: unknown): string => (typeof v === "string" ? v : "");

export function classifyError(err: ErrorLike, phase: PhaseName): FailureKind {
  const code = text(err.code);
  const original = text(err.originalCode);
  const message = text(err.message);
  if (code === "EDEADLINE") return "deadline";
  if (OUT_OF_DATE_CODES.has(code) || OUT_OF_DATE_MESSAGE.test(message)) return "tls-out-of-date";
  if (UNTRUSTED_CODES.has(code) || UNTRUSTED_MESSAGE.test(message)) return "tls-untrusted";
  if (code === "ERR_TLS_CERT_ALTNAME_INVALID" || MISMATCH_MESSAGE.test(message)) return "tls-name-mismatch";
  if (DNS_CODES.has(code) || DNS_CODES.has(original)) return "dns";
  if (REFUSED_CODES.has(code) || REFUSED_CODES.has(original)) return "refused";
  if (code === "ETIMEDOUT" || original === "ETIMEDOUT" || /timeout|never received/i.test(message)) return "timeout";
  if (code === "EPROTOCOL") return /^\d{3}[ -]/.test(text(err.response)) ? "reply" : "not-smtp";
  if (typeof err.response === "string" && /^\d{3}/.test(err.response)) return "reply";
  if (code === "ETLS" || phase === "tls" || TLS_PROTOCOL_MESSAGE.test(message)) return "tls-protocol";
  if (code === "ECONNECTION" || code === "ECONNRESET" || original === "ECONNRESET" || /closed/i.test(message)) return "closed";
  return "other";
}

const ENHANCED = /^\d{3}[ -]([245]\.\d{1,3}\.\d{1,3})(?=\s|$)/;

/** Parses a raw SMTP reply (lines joined by "\n" or CRLF). */
export function parseReply(raw: string, port: number, command: string): SmtpReply | undefined {
  const reply = raw.replace(/\r\n?/g, "\n").replace(/\n+$/, "");
  const code = /^(\d{3})(?=[ -]|$)/.exec(reply);
  if (!code?.[1]) return undefined;
  return { port, code: Number(code[1]), enhanced: ENHANCED.exec(reply)?.[1] ?? null, reply, command };
}

/** The message of an error, with the server's reply cut off (the reply is kept separately). */
export function describeError(err: ErrorLike): string {
  const message = text(err.message) || "Unknown error";
  const cut = message.indexOf(`: ${text(err.response)}`);
  return (text(err.response) && cut > 0 ? message.slice(0, cut) : message).slice(0, 300);
}
