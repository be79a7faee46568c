import { describe, expect, it } from "vitest";
import { diagnoseSend, isDailyLimit } from "@/lib/diagnosis/send";
import { parseReply } from "@/lib/smtp/errors";
import type { SendStage } from "@/lib/smtp/send";
import type { ProbeResult } from "@/lib/smtp/types";
import * as R from "./replies";

// The test mail's outcome from Gmail's sending replies (docs/gmail-replies.md, "Sending,
// after the login"), each wording Google has used.

const reply = (text: string, command = "MAIL FROM") => {
  const r = parseReply(text, 465, command);
  if (!r) throw new Error(`not a reply: ${text}`);
  return r;
};

function refused(text: string, stage: SendStage): Extract<ProbeResult, { outcome: "replied" }> {
  return {
    outcome: "replied",
    port: 465,
    mode: "tls",
    reply: reply(R.ACCEPTED, "AUTH PLAIN"),
    failures: [],
    sent: { ok: false, stage, kind: "reply", message: "refused", reply: reply(text, stage) },
    phases: [],
    transcript: [],
    routes: [],
    elapsedMs: 1,
  };
}

const DAILY_LIMIT = [
  "550-5.4.5 Daily user sending limit exceeded. For more information on Gmail",
  "550-5.4.5 sending limits go to",
  `550 5.4.5  https://support.google.com/a/answer/166852 ${R.ID} - gsmtp`,
].join("\n");
const DAILY_QUOTA = `550 5.4.5 Daily user sending quota exceeded. ${R.ID} - gsmtp`;
const DAILY_RELAY = `550 5.4.5 Daily SMTP relay limit exceeded for user info@mybakery.com. ${R.ID} - gsmtp`;

describe("the test mail's outcome", () => {
  it.each([
    ["the daily limit at MAIL FROM", DAILY_LIMIT, "MAIL FROM"],
    ["the daily quota wording", DAILY_QUOTA, "MAIL FROM"],
    ["the Workspace relay wording at RCPT TO", DAILY_RELAY, "RCPT TO"],
    ["the daily limit at the end of DATA", DAILY_LIMIT, "DATA"],
  ] as const)("%s → daily-limit", (_name, text, stage) => {
    expect(diagnoseSend(refused(text, stage), "app")).toEqual({ outcome: "daily-limit", step: null });
  });

  it("knows the daily limit by its words even under another enhanced code", () => {
    expect(isDailyLimit(reply(`550 5.7.1 Daily user sending quota exceeded. ${R.ID} - gsmtp`))).toBe(true);
    expect(isDailyLimit(reply(`550 5.7.1 Message rejected. ${R.ID} - gsmtp`))).toBe(false);
  });

  it("a recipient refused at RCPT TO → recipient-rejected", () => {
    const text = [
      "553-5.1.2 We weren't able to find the recipient domain. Please check for any",
      `553 5.1.2 or other punctuation after the recipient's email address. ${R.ID} - gsmtp`,
    ].join("\n");
    expect(diagnoseSend(refused(text, "RCPT TO"), "app").outcome).toBe("recipient-rejected");
    expect(diagnoseSend(refused(`555 5.5.2 Syntax error. ${R.ID} - gsmtp`, "RCPT TO"), "app").outcome).toBe("recipient-rejected");
  });

  it("a message refused at the end of DATA → message-rejected", () => {
    const text = `552-5.7.0 This message was blocked because its content presents a potential\n552 5.7.0 security issue. ${R.ID} - gsmtp`;
    expect(diagnoseSend(refused(text, "DATA"), "app").outcome).toBe("message-rejected");
  });

  it("a temporary refusal → google-unavailable, wait", () => {
    expect(diagnoseSend(refused(`451 4.3.0 Mail server temporarily rejected message. ${R.ID} - gsmtp`, "DATA"), "app")).toEqual({
      outcome: "google-unavailable",
      step: "wait",
    });
  });

  it("a login that fails now → the login's verdict and step", () => {
    const probe: ProbeResult = {
      outcome: "replied",
      port: 465,
      mode: "tls",
      reply: reply(R.BAD_CREDENTIALS, "AUTH PLAIN"),
      failures: [],
      banner: `220 smtp.gmail.com ESMTP ${R.ID} - gsmtp`,
      phases: [],
      transcript: [],
      routes: [],
      elapsedMs: 1,
    };
    expect(diagnoseSend(probe, "app")).toEqual({ outcome: "bad-credentials", step: "check-password" });
  });

  it("sent → sent", () => {
    const probe: ProbeResult = {
      ...refused(DAILY_LIMIT, "DATA"),
      sent: { ok: true, reply: reply(`250 2.0.0 OK  1764583200 ${R.ID} - gsmtp`, "DATA"), queueId: R.ID },
    };
    expect(diagnoseSend(probe, "app").outcome).toBe("sent");
  });
});
