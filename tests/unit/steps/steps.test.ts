import { describe, expect, it } from "vitest";
import { STEP_IDS } from "@/lib/diagnosis/ids";
import { formatWait, getStep, stepActions } from "@/lib/steps";

const steps = STEP_IDS.map((id) => getStep(id));

describe("fix steps", () => {
  it("opens only https pages of Google's own (account pages and Gmail's settings)", () => {
    const links = steps.flatMap((s) => (s.link ? [s.link] : []));
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const link of links) {
      const url = new URL(link.href);
      expect(url.protocol).toBe("https:");
      expect(["myaccount.google.com", "accounts.google.com", "mail.google.com"]).toContain(url.hostname);
      expect(link.label.trim()).not.toBe("");
    }
  });

  it("names the program the check saw in the interception step's first action, and only there", () => {
    const issuer = "CN=Avast Web/Mail Shield Root, O=Avast Web/Mail Shield";
    const named = stepActions(getStep("tls-intercepted"), issuer);
    expect(named[0]).toBe(
      "Find Avast Web/Mail Shield, the program that sealed the connection: usually an antivirus on this computer, or a company network filter.",
    );
    expect(named.slice(1)).toEqual(getStep("tls-intercepted").actions.slice(1));
    expect(stepActions(getStep("tls-intercepted"))).toEqual(getStep("tls-intercepted").actions);
    expect(stepActions(getStep("network"), issuer)).toEqual(getStep("network").actions);
  });

  it("points each Google step at its own page", () => {
    expect(getStep("app-password").link?.href).toBe("https://myaccount.google.com/apppasswords");
    expect(getStep("two-step-verification").link?.href).toBe("https://myaccount.google.com/signinoptions/two-step-verification");
    expect(getStep("check-password").link?.href).toBe("https://myaccount.google.com/apppasswords");
    expect(getStep("check-password").link?.label).toBe("Make a new app password");
    expect(getStep("wait").link?.href).toBe("https://myaccount.google.com/notifications");
    expect(getStep("web-login").link?.href).toBe(getStep("wait").link?.href);
  });

  it("offers no button to the removed Less secure app access page", () => {
    // The page only says the setting is gone; the history stays in the collapsed "Why" section.
    const links = steps.flatMap((s) => [s.link, ...(s.checklist ?? []).map((i) => i.link)]).filter((l) => l !== undefined);
    expect(links.map((l) => l.href)).not.toContain("https://myaccount.google.com/lesssecureapps");
  });

  it("makes the normal-password path one checklist: 2-Step Verification, app password, test", () => {
    const step = getStep("less-secure-access");
    expect(step.checklist?.map((i) => i.title)).toEqual([
      "Turn on 2-Step Verification",
      "Create an app password",
      "Paste it here and test",
    ]);
    expect(step.checklist?.[0]?.link?.href).toBe(getStep("two-step-verification").link?.href);
    expect(step.checklist?.[1]?.link?.href).toBe(getStep("app-password").link?.href);
    expect(step.why).toMatch(/about 5 minutes/);
    expect(step.why).toMatch(/phone/);
    expect(step.whyNot?.title).toBe("Why doesn't my normal password work?");
    expect(step.next).toBeUndefined();
  });

  it("has no Google button where there is no Google page", () => {
    for (const id of ["network", "tls-intercepted", "wrong-provider"] as const) {
      expect(getStep(id).link).toBeUndefined();
    }
  });

  it("chains two-step-verification → app-password, the one step with no test of its own", () => {
    expect(getStep("two-step-verification").next).toBe("app-password");
    expect(getStep("app-password").next).toBeUndefined();
    // Every step but this one ends in a test; this one ends in its Next button.
    expect(steps.filter((s) => s.testAgain === null).map((s) => s.id)).toEqual(["two-step-verification"]);
  });

  it("never chains a step to itself or into a loop", () => {
    for (const start of steps) {
      const seen = new Set([start.id]);
      for (let next = start.next; next !== undefined; next = getStep(next).next) {
        expect(seen.has(next)).toBe(false);
        seen.add(next);
      }
    }
  });

  it("explains the four causes of “not available” on the app-password page", () => {
    const note = getStep("app-password").notes?.find((n) => /not available for your account/.test(n.title));
    expect(note).toBeDefined();
    const text = note?.items.join("\n") ?? "";
    expect(note?.items).toHaveLength(4);
    expect(text).toMatch(/2-Step Verification is off/);
    expect(text).toMatch(/only security keys/);
    expect(text).toMatch(/Advanced Protection/);
    expect(text).toMatch(/work or school account.*administrator/);
  });

  it("shows the app-passwords page before Google's dialog", () => {
    expect(getStep("app-password").illustrations).toEqual(["app-passwords-page", "app-password-dialog"]);
  });

  it("states the dates Less secure app access went away, in the collapsed section", () => {
    const text = JSON.stringify(getStep("less-secure-access").whyNot);
    expect(text).toContain("May 30, 2022");
    expect(text).toContain("June 2024");
    expect(text).toMatch(/September 2024/);
    expect(text).toMatch(/March 2025/);
    expect(text).toContain("This setting is not available for your account");
  });

  it("asks for an app password in the test-again field where one is the answer", () => {
    for (const id of ["app-password", "check-password", "less-secure-access"] as const) {
      expect(getStep(id).testAgain?.suggestsAppPassword).toBe(true);
    }
    for (const id of ["wait", "network", "tls-intercepted", "web-login"] as const) {
      expect(getStep(id).testAgain?.suggestsAppPassword).toBe(false);
    }
  });
});

describe("wait", () => {
  it.each([
    [600, "10 minutes"],
    [60, "1 minute"],
    [61, "2 minutes"],
    [30, "30 seconds"],
    [1, "1 second"],
    [0.2, "1 second"],
    [-5, "0 seconds"],
  ])("formats %s seconds as %s", (seconds, text) => {
    expect(formatWait(seconds)).toBe(text);
  });
});
