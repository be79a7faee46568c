import { describe, expect, it } from "vitest";
import { VERDICT_IDS } from "@/lib/diagnosis/ids";
import { badCredentialsCopy, getVerdictCopy, VERDICT_COPY } from "@/lib/steps";

describe("verdict copy", () => {
  it.each(VERDICT_IDS)("has a headline, a meaning and a button label for %s", (id) => {
    const copy = VERDICT_COPY[id];
    expect(copy.headline).toMatch(/^[A-Z0-9].*\.$/);
    expect(copy.meaning.trim()).not.toBe("");
    expect(copy.nextLabel.trim()).not.toBe("");
    expect(copy.nextLabel).not.toMatch(/\.$/);
  });

  it("says plainly when the login worked and when an app password is needed", () => {
    expect(VERDICT_COPY.ok.headline).toBe("Google accepted the login.");
    expect(VERDICT_COPY["app-password-required"].headline).toMatch(/app password/);
    expect(VERDICT_COPY["app-password-required"].nextLabel).toBe("Create an app password");
  });

  it("tells an account password it will never work here, right or wrong", () => {
    const copy = badCredentialsCopy("account");
    expect(copy.headline).toMatch(/normal password/);
    expect(copy.meaning).toMatch(/correct/);
    expect(copy.meaning).toMatch(/2-Step Verification/);
    expect(copy.meaning).toMatch(/app password/);
  });

  it("tells a refused app password it was revoked or made elsewhere, and leads to a new one", () => {
    const copy = badCredentialsCopy("app");
    expect(copy.headline).toMatch(/app password/);
    expect(copy.meaning).toMatch(/password changed/);
    expect(copy.meaning).toMatch(/different Google account/);
    expect(copy.meaning).toMatch(/only once/);
    expect(copy.nextLabel).toBe("Make a new app password");
  });

  it("tailors only bad-credentials to the password kind", () => {
    expect(getVerdictCopy("bad-credentials", "app")).toEqual(badCredentialsCopy("app"));
    expect(getVerdictCopy("bad-credentials", "account")).toEqual(badCredentialsCopy("account"));
    expect(getVerdictCopy("bad-credentials")).toEqual(VERDICT_COPY["bad-credentials"]);
    expect(getVerdictCopy("ok", "app")).toEqual(VERDICT_COPY.ok);
  });

  it("reassures that the password was not sent when the login never happened", () => {
    for (const id of ["network-blocked", "dns-failed", "tls-intercepted", "not-smtp"] as const) {
      expect(VERDICT_COPY[id].meaning).toMatch(/password wasn't sent/);
    }
  });
});
