import "server-only";
import type SMTPConnection from "nodemailer/lib/smtp-connection";
import { classifyError, describeError, type ErrorLike, parseReply } from "./errors";
import type { FailureKind, SmtpReply } from "./types";

export interface Credentials {
  user: string;
  pass: string;
}

export type LoginOutcome = { replied: true; reply: SmtpReply } | { replied: false; kind: FailureKind; message: string };

/**
 * Sends AUTH PLAIN once and waits for the server's answer. Success is decided by the
 * caller from the reply code (235), not by nodemailer's callback: a 2xx that is not 235
 * is not a login. PLAIN is forced because Gmail lists LOGIN first, and LOGIN needs three
 * round trips where PLAIN needs one.
 */
export function loginOnce(conn: SMTPConnection, port: number, credentials: Credentials, timeoutMs: number): Promise<LoginOutcome> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (o: LoginOutcome) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      conn.removeListener("error", onError);
      conn.removeListener("end", onEnd);
      resolve(o);
    };
    const failure = (err: ErrorLike): LoginOutcome => {
      const reply = typeof err.response === "string" ? parseReply(err.response, port, "AUTH PLAIN") : undefined;
      if (reply) return { replied: true, reply };
      return { replied: false, kind: classifyError(err, "login"), message: describeError(err) };
    };
    const onError = (err: ErrorLike) => finish(failure(err));
    const onEnd = () => finish({ replied: false, kind: "closed", message: "The server closed the connection during the login" });
    const timer = setTimeout(
      () => finish({ replied: false, kind: "timeout", message: "The server did not answer the login in time" }),
      timeoutMs,
    );
    conn.on("error", onError);
    conn.once("end", onEnd);
    conn.login({ user: credentials.user, pass: credentials.pass, method: "PLAIN" }, (err) => {
      if (err) return finish(failure(err));
      const last = typeof conn.lastServerResponse === "string" ? conn.lastServerResponse : "";
      const reply = parseReply(last, port, "AUTH PLAIN");
      finish(reply ? { replied: true, reply } : { replied: false, kind: "other", message: "No reply text after the login" });
    });
  });
}
