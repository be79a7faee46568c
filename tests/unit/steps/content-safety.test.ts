import { describe, expect, it } from "vitest";
import { ADDRESS_WARNING_SAMPLE, allCopy } from "./all-copy";

// Advice that is wrong or dangerous today (docs/gmail-replies.md#account-facts and
// #network-and-tls-failures): the unlock page is gone since 2023, Less secure app access
// cannot be turned on, and turning certificate checks off hands the password to whoever
// intercepted the connection.
const FORBIDDEN: readonly RegExp[] = [
  /DisplayUnlockCaptcha/i,
  /unlock ?captcha/i,
  /\b(turn|switch)(ed)? on\b[^.]{0,30}less secure/i,
  /\b(enable|allow|activate)\b[^.]{0,30}less secure/i,
  /less secure app access[^.]{0,20}\b(on|enabled?)\b/i,
  /rejectUnauthorized/i,
  /NODE_TLS_REJECT_UNAUTHORIZED/i,
  /\b(turn off|switch off|disable|ignore|skip|bypass)\b[^.]{0,20}\bcertificate (checks?|verification|validation|errors?|warnings?)/i,
  /\b(accept|allow|trust)\b[^.]{0,20}\b(self-signed|untrusted|invalid|any) certificates?/i,
];

// Codes and words a non-developer shouldn't have to read in the main copy.
const JARGON: readonly RegExp[] = [/EAUTH/, /\b535\b/, /\b534\b/, /\b454\b/, /\b5\.7\.\d/, /\bSMTP AUTH\b/, /XOAUTH/];

// American spelling throughout.
const BRITISH: readonly RegExp[] = [/recognis/i, /organis/i, /authoris/i, /behaviour/i, /colour/i, /centre/i, /licence/i, /cancelled/i];

describe("content safety", () => {
  const strings = allCopy();

  it("has plenty of copy to scan", () => {
    expect(strings.length).toBeGreaterThan(100);
    expect(strings).toContain(ADDRESS_WARNING_SAMPLE);
  });

  it.each(FORBIDDEN.map((re) => [re.source, re] as const))("never advises %s", (_source, re) => {
    expect(strings.filter((s) => re.test(s))).toEqual([]);
  });

  it.each(JARGON.map((re) => [re.source, re] as const))("shows no jargon %s", (_source, re) => {
    expect(strings.filter((s) => re.test(s))).toEqual([]);
  });

  it("never says “app” alone: this wizard, your program, or an app password", () => {
    // Allowed: an app password, and the names of things on Google's and phones' screens.
    const named = /\bapp passwords?\b|Less secure app access|authenticator app|mail app|App name|Apps → Google Workspace/gi;
    // Ids (app-password, app-passwords-page) are not words a person reads.
    const bare = strings.filter((s) => !/^[a-z0-9-]+$/.test(s) && /\bapps?\b/i.test(s.replace(named, "")));
    expect(bare).toEqual([]);
  });

  it("uses American spelling", () => {
    for (const re of BRITISH) expect(strings.filter((s) => re.test(s))).toEqual([]);
  });

  it("catches the advice it forbids", () => {
    // Guards the patterns themselves: each would flag a typical bad instruction.
    const bad = [
      "Go to https://accounts.google.com/DisplayUnlockCaptcha and press Continue.",
      "Turn on Less secure app access.",
      "Allow less secure apps in your account.",
      "Set rejectUnauthorized: false.",
      "Disable certificate verification in your program.",
      "Ignore the certificate errors and continue.",
    ];
    for (const s of bad) expect(FORBIDDEN.some((re) => re.test(s))).toBe(true);
  });
});
