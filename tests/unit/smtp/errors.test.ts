import { describe, expect, it } from "vitest";
import { classifyError, parseReply } from "@/lib/smtp/errors";
import * as R from "../diagnosis/replies";

describe("parseReply", () => {
  it("reads code and enhanced code of a multi-line reply, keeping every line", () => {
    const reply = parseReply(`${R.WEB_LOGIN.replace(/\n/g, "\r\n")}\r\n`, 587, "AUTH PLAIN");
    expect(reply).toMatchObject({ port: 587, code: 534, enhanced: "5.7.9", command: "AUTH PLAIN" });
    expect(reply?.reply.split("\n")).toHaveLength(3);
  });
  it("leaves enhanced null when the server sent none", () => {
    expect(parseReply("220 mx.example.net ESMTP", 25, "CONN")?.enhanced).toBeNull();
  });
  it("is undefined for text that is not an SMTP reply", () => {
    expect(parseReply("HTTP/1.1 400 Bad Request", 465, "CONN")).toBeUndefined();
  });
});

describe("classifyError: what nodemailer and node report (docs/gmail-replies.md)", () => {
  const cases: Array<[object, string]> = [
    [{ code: "ETIMEDOUT", message: "Connection timeout" }, "timeout"],
    [{ code: "ETIMEDOUT", message: "Greeting never received" }, "timeout"],
    [{ code: "ESOCKET", originalCode: "ECONNREFUSED", message: "connect ECONNREFUSED 1.2.3.4:465" }, "refused"],
    [{ code: "EDNS", message: "getaddrinfo ENOTFOUND smtp.gmail.com" }, "dns"],
    [{ code: "SELF_SIGNED_CERT_IN_CHAIN", message: "self-signed certificate in certificate chain" }, "tls-untrusted"],
    [{ code: "ETLS", message: "Error initiating TLS - unable to get local issuer certificate" }, "tls-untrusted"],
    [{ code: "ERR_TLS_CERT_ALTNAME_INVALID", message: "Hostname/IP does not match certificate's altnames" }, "tls-name-mismatch"],
    [{ code: "ESOCKET", message: "140: error:0A00010B:SSL routines::wrong version number" }, "tls-protocol"],
    [{ code: "EPROTOCOL", message: "Invalid greeting", response: "HTTP/1.1 400 Bad Request" }, "not-smtp"],
    [{ code: "EPROTOCOL", message: "Invalid greeting", response: "554 5.7.1 go away" }, "reply"],
    [{ code: "ECONNECTION", message: "Connection closed unexpectedly" }, "closed"],
  ];
  for (const [err, kind] of cases) {
    it(`${JSON.stringify(err)} → ${kind}`, () => expect(classifyError(err, "connect")).toBe(kind));
  }
});
