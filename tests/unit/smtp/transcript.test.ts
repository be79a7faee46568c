import { describe, expect, it } from "vitest";
import { AUTH_MARKER, createTranscript, redactClientLine, secretForms } from "@/lib/smtp/transcript";

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
      "[587] C: AUTH LOGIN",
      "[587] S: 334 VXNlcm5hbWU6",
      `[587] C: ${AUTH_MARKER}`,
      "[587] S: 334 UGFzc3dvcmQ6",
      `[587] C: ${AUTH_MARKER}`,
      "[587] S: 535 5.7.8 no",
      "[587] C: QUIT",
    ]);
  });

  it("scrubs a password that a server echoes back, in plain or base64 form", () => {
    const t = createTranscript(secretForms(USER, PASS));
    t.server(465, `535 5.7.8 bad password ${PASS}`);
    t.server(465, `535 5.7.8 bad ${b64(PASS)}`);
    const all = t.lines().join("\n");
    expect(all).not.toContain(PASS);
    expect(all).not.toContain(b64(PASS));
    expect(all).toContain(AUTH_MARKER);
  });

  it("splits multi-line replies into one line each", () => {
    const t = createTranscript([]);
    t.server(465, "250-smtp.gmail.com at your service\n250 SMTPUTF8");
    expect(t.lines()).toEqual(["[465] S: 250-smtp.gmail.com at your service", "[465] S: 250 SMTPUTF8"]);
  });
});

describe("the client's address", () => {
  it("is left out of Gmail's EHLO reply", () => {
    const t = createTranscript([]);
    t.server(465, "250-smtp.gmail.com at your service, [203.0.113.7]\n250 SMTPUTF8");
    expect(t.lines()[0]).toBe("[465] S: 250-smtp.gmail.com at your service, [your IP address]");
    expect(t.lines().join("\n")).not.toContain("203.0.113.7");
  });
});
