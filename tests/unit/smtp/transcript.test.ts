import { describe, expect, it } from "vitest";
import { transcriptText } from "@/lib/check/transcript-text";
import { AUTH_MARKER, createTranscript, redactClientLine, scrubReply, secretForms, type TranscriptLine } from "@/lib/smtp/transcript";

const USER = "canary@gmail.com";
const PASS = "Canary-Pa55word!";
const b64 = (s: string) => Buffer.from(s).toString("base64");

describe("transcript redaction", () => {
  it("hides the AUTH PLAIN payload but keeps the mechanism", () => {
    const line = `AUTH PLAIN ${b64(`\u0000${USER}\u0000${PASS}`)}`;
    expect(redactClientLine(line, false)).toBe(`AUTH PLAIN ${AUTH_MARKER}`);
  });

  it("hides every answer to a 334 challenge (AUTH LOGIN), and stops hiding after the final reply", () => {
    const t = createTranscript([]);
    t.client(587, "AUTH LOGIN");
    t.server(587, "334 VXNlcm5hbWU6");
    t.client(587, b64(USER));
    t.server(587, "334 UGFzc3dvcmQ6");
    t.client(587, b64(PASS));
    t.server(587, "535 5.7.8 no");
    t.client(587, "QUIT");
    expect(t.lines()).toEqual([
      { port: 587, from: "client", text: "AUTH LOGIN" },
      { port: 587, from: "server", text: "334 VXNlcm5hbWU6" },
      { port: 587, from: "client", text: AUTH_MARKER },
      { port: 587, from: "server", text: "334 UGFzc3dvcmQ6" },
      { port: 587, from: "client", text: AUTH_MARKER },
      { port: 587, from: "server", text: "535 5.7.8 no" },
      { port: 587, from: "client", text: "QUIT" },
    ]);
  });

  it("scrubs a password that a server echoes back, in plain or base64 form", () => {
    const t = createTranscript(secretForms(USER, PASS));
    t.server(465, `535 5.7.8 bad password ${PASS}`);
    t.server(465, `535 5.7.8 bad ${b64(PASS)}`);
    const all = JSON.stringify(t.lines());
    expect(all).not.toContain(PASS);
    expect(all).not.toContain(b64(PASS));
    expect(all).toContain(AUTH_MARKER);
  });

  it("splits multi-line replies into one line each", () => {
    const t = createTranscript([]);
    t.server(465, "250-smtp.gmail.com at your service\n250 SMTPUTF8");
    expect(t.lines().map((l) => l.text)).toEqual(["250-smtp.gmail.com at your service", "250 SMTPUTF8"]);
  });
});

describe("the client's address", () => {
  it("is left out of Gmail's EHLO reply", () => {
    const t = createTranscript([]);
    t.server(465, "250-smtp.gmail.com at your service, [203.0.113.7]\n250 SMTPUTF8");
    expect(t.lines()[0]).toEqual({ port: 465, from: "server", text: "250-smtp.gmail.com at your service, [your IP address]" });
    expect(JSON.stringify(t.lines())).not.toContain("203.0.113.7");
  });
});

describe("transcript as text, only where it is shown or copied", () => {
  it("puts remarks about the whole check first, then each connection in order", () => {
    const lines: TranscriptLine[] = [
      { port: 587, from: "note", text: "connected" },
      { port: 465, from: "note", text: "connected" },
      { port: null, from: "note", text: "smtp.gmail.com is 192.0.2.1" },
      { port: 465, from: "server", text: "220 hi" },
      { port: 587, from: "client", text: "EHLO [127.0.0.1]" },
    ];
    expect(transcriptText(lines).split("\n")).toEqual([
      "*: smtp.gmail.com is 192.0.2.1",
      "[465] *: connected",
      "[465] S: 220 hi",
      "[587] *: connected",
      "[587] C: EHLO [127.0.0.1]",
    ]);
  });
});

describe("a password echoed in pieces or in another case", () => {
  const secrets = secretForms(USER, PASS);

  it("is hidden when a server splits it across two lines of one reply", () => {
    const reply = `535-5.7.8 not accepted: ${PASS.slice(0, 7)}\n535 5.7.8 ${PASS.slice(7)} is wrong`;
    const clean = scrubReply(reply, secrets);
    expect(clean).toBe(`535-5.7.8 not accepted: ${AUTH_MARKER}\n535 5.7.8 ${AUTH_MARKER} is wrong`);
    const t = createTranscript(secrets);
    t.server(465, reply);
    expect(t.lines().map((l) => l.text)).toEqual(clean.split("\n"));
  });

  it("is hidden in any letter case, and so is its base64 form", () => {
    expect(scrubReply(`535 5.7.8 bad ${PASS.toUpperCase()} and ${PASS.toLowerCase()}`, secrets)).toBe(
      `535 5.7.8 bad ${AUTH_MARKER} and ${AUTH_MARKER}`,
    );
    const encoded = b64(`\u0000${USER}\u0000${PASS}`);
    expect(scrubReply(`535-5.7.8 ${encoded.slice(0, 10)}\n535 5.7.8 ${encoded.slice(10)}`, secrets)).not.toMatch(encoded.slice(0, 10));
  });

  it("leaves a reply that does not hold it alone", () => {
    const reply = "535-5.7.8 Username and Password not accepted.\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials x - gsmtp";
    expect(scrubReply(reply, secrets)).toBe(reply);
  });
});
