import { describe, expect, it } from "vitest";
import { againCommand } from "@/cli/check";
import { type Context, verdictText } from "@/cli/render";
import { styleFor } from "@/cli/style";
import type { CheckResponse } from "@/lib/check/types";

// The commands the terminal suggests must run as printed, whatever the address looks like.

const context = (email: string): Context => ({
  email,
  again: (extra = "") => againCommand("npx gmail-smtp-wizard", email, extra),
  wizardUrl: "http://127.0.0.1:3000/",
  transcript: false,
  sending: false,
});

const accepted: CheckResponse = {
  verdict: "ok",
  step: null,
  smtp: { host: "smtp.gmail.com", port: 465, mode: "tls", code: 235, enhanced: "2.7.0", reply: "235 2.7.0 Accepted" },
  phases: [],
  transcript: [],
  elapsedMs: 1,
  passwordKind: "app",
  domain: { kind: "gmail" },
  notes: [],
};

describe("the commands the check suggests", () => {
  it("puts an added option before the '--' that guards an address starting with '-'", () => {
    const text = verdictText(accepted, context("-dash@gmail.com"), styleFor(false));
    expect(text).toContain("To send a test mail from here: npx gmail-smtp-wizard check --send-test -- -dash@gmail.com\n");
  });
  it("puts it after a plain address", () => {
    const text = verdictText(accepted, context("plain@gmail.com"), styleFor(false));
    expect(text).toContain("To send a test mail from here: npx gmail-smtp-wizard check plain@gmail.com --send-test\n");
  });
});
