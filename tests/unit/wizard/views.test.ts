import { describe, expect, it } from "vitest";
import { repeatCount, stageOf, type Try } from "@/components/wizard/views";
import { VERDICT_IDS } from "@/lib/diagnosis/ids";
import { REPEAT_COPY } from "@/lib/steps";

const t = (verdict: Try["verdict"], at = 0): Try => ({ verdict, passwordKind: "app", at });

describe("repeated answers", () => {
  it("counts the same answer in a row, up to the last try", () => {
    expect(repeatCount([])).toBe(0);
    expect(repeatCount([t("bad-credentials")])).toBe(1);
    expect(repeatCount([t("bad-credentials"), t("bad-credentials")])).toBe(2);
    expect(repeatCount([t("bad-credentials"), t("web-login-required"), t("bad-credentials")])).toBe(1);
    expect(repeatCount([t("network-blocked"), t("bad-credentials"), t("bad-credentials"), t("bad-credentials")])).toBe(3);
  });

  it("has a “still” headline and further advice for every verdict but ok", () => {
    for (const id of VERDICT_IDS.filter((v) => v !== "ok")) {
      const copy = REPEAT_COPY[id];
      expect(copy.still).toMatch(/still/);
      expect(copy.further.length).toBeGreaterThan(0);
    }
  });
});

describe("the progress bar", () => {
  it("moves forward from the form to the answer", () => {
    expect(stageOf({ name: "enter" }, false)).toBe(0);
    expect(stageOf({ name: "enter" }, true)).toBe(1);
    expect(stageOf({ name: "verdict" }, false)).toBe(2);
    expect(stageOf({ name: "step", step: "wait" }, false)).toBe(3);
    expect(stageOf({ name: "done" }, false)).toBe(4);
  });

  it("stays on Fix for a test again and its answer", () => {
    expect(stageOf({ name: "step", step: "app-password" }, true, true)).toBe(3);
    expect(stageOf({ name: "verdict" }, false, true)).toBe(3);
    expect(stageOf({ name: "done" }, false, true)).toBe(4);
  });
});
