import "server-only";
import type SMTPConnection from "nodemailer/lib/smtp-connection";
import { classifyError, describeError, type ErrorLike, parseReply } from "./errors";
import type { FailureKind, SmtpReply } from "./types";

// After a login that Google accepted: one message, MAIL FROM → RCPT TO → DATA, over the
// same connection. Never throws: it says where the server refused and with what reply.

export type SendStage = "MAIL FROM" | "RCPT TO" | "DATA";

export interface Mail {
  from: string;
  to: string;
  /** The whole message (headers and body), RFC 5322. */
  message: Buffer;
}

export type SendOutcome =
  | { ok: true; reply: SmtpReply; queueId: string | null }
  | { ok: false; stage: SendStage; kind: FailureKind; message: string; reply?: SmtpReply };

/** Gmail's answer to the end of DATA names the message's queue id: "250 2.0.0 OK  <time> <id> - gsmtp". */
export function queueIdOf(reply: string): string | null {
  return /^250 2\.0\.0 OK\s+\d+ (\S+) - gsmtp/.exec(reply)?.[1] ?? null;
}

const STAGES: readonly string[] = ["MAIL FROM", "RCPT TO", "DATA"];

export function sendOnce(conn: SMTPConnection, port: number, mail: Mail, timeoutMs: number): Promise<SendOutcome> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (o: SendOutcome) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      conn.removeListener("error", onError);
      resolve(o);
    };
    const failure = (err: ErrorLike): SendOutcome => {
      const command = typeof err.command === "string" && STAGES.includes(err.command) ? (err.command as SendStage) : "MAIL FROM";
      const reply = typeof err.response === "string" ? parseReply(err.response, port, command) : undefined;
      return {
        ok: false,
        stage: command,
        kind: reply ? "reply" : classifyError(err, "send"),
        message: describeError(err),
        ...(reply ? { reply } : {}),
      };
    };
    const onError = (err: ErrorLike) => finish(failure(err));
    const timer = setTimeout(
      () => finish({ ok: false, stage: "DATA", kind: "timeout", message: "The server did not answer the message in time" }),
      timeoutMs,
    );
    conn.on("error", onError);
    conn.send({ from: mail.from, to: [mail.to] }, mail.message, (err, info) => {
      if (err) return finish(failure(err as ErrorLike));
      const reply = parseReply(String(info?.response ?? ""), port, "DATA");
      if (!reply) return finish({ ok: false, stage: "DATA", kind: "other", message: "No reply text after the message" });
      finish({ ok: true, reply, queueId: queueIdOf(reply.reply) });
    });
  });
}
