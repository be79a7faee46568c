import { describe, expect, it } from "vitest";
import { addTry, repeatCount, stageOf, type Try } from "@/components/wizard/views";
import { VERDICT_IDS } from "@/lib/diagnosis/ids";
import { REPEAT_COPY } from "@/lib/steps";

const t = (verdict: Try["verdict"], at = 0): Try => ({ verdict, passwordKind: "app", at, n: at + 1 });

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

describe("the list of tries", () => {
  const answer = (verdict: Try["verdict"], at: number) => ({ verdict, passwordKind: "app" as const, at });

  it("numbers every try of an address, whatever the answer, so “Try N” and the list agree", () => {
    let tries: Try[] = [];
    for (const [i, v] of (["web-login-required", "bad-credentials", "bad-credentials"] as const).entries()) {
      tries = addTry(tries, answer(v, i), true);
    }
    expect(tries.map((t) => t.n)).toEqual([1, 2, 3]);
    expect(repeatCount(tries)).toBe(2);
  });

  it("starts again at 1 for another address", () => {
    const first = addTry(addTry([], answer("wrong-provider", 1), true), answer("wrong-provider", 2), true);
    const other = addTry(first, answer("wrong-provider", 3), false);
    expect(other).toEqual([{ ...answer("wrong-provider", 3), n: 1 }]);
    expect(repeatCount(other)).toBe(1);
  });

  it("keeps the last ten, still numbered on", () => {
    let tries: Try[] = [];
    for (let i = 0; i < 12; i++) tries = addTry(tries, answer("bad-credentials", i), true);
    expect(tries).toHaveLength(10);
    expect(tries.at(-1)?.n).toBe(12);
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
