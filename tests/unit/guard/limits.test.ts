import { describe, expect, it } from "vitest";
import { accountKey } from "@/lib/guard/account";
import { CHECK_WINDOW_MS, createLimits, FAILURE_WINDOW_MS, LOCK_MS, type Slot } from "@/lib/guard/limits";

/** Limits on a clock the test moves. */
function limitsAt(start = 1_000_000) {
  const clock = { t: start };
  return { limits: createLimits(() => clock.t), clock };
}

const taken = (slot: Slot) => {
  if (!slot.ok) throw new Error(`refused: ${slot.reason}`);
  return slot;
};

describe("one account, many spellings", () => {
  it.each([
    ["John.Doe@gmail.com", "johndoe@gmail.com"],
    ["johndoe+newsletter@gmail.com", "johndoe@gmail.com"],
    ["j.o.h.n.d.o.e+a+b@GoogleMail.com", "johndoe@gmail.com"],
    ["  JOHNDOE@GMAIL.COM ", "johndoe@gmail.com"],
    ["john.doe+x@example.com", "john.doe+x@example.com"],
    ["Info@MyBakery.com", "info@mybakery.com"],
  ])("%s is the account %s", (spelling, key) => {
    expect(accountKey(spelling)).toBe(key);
  });

  it("ten spellings of one Gmail account share its 5 checks a minute and its one running check", () => {
    const { limits, clock } = limitsAt();
    const spellings = [
      "jdoe@gmail.com",
      "j.doe@gmail.com",
      "JDoe@gmail.com",
      "jdoe+1@gmail.com",
      "j.d.o.e@googlemail.com",
      "jdoe+x@googlemail.com",
      "J.D.O.E@GMAIL.COM",
      "jdoe+2@gmail.com",
      "jd.oe@gmail.com",
      "jdo.e+3@gmail.com",
    ];
    const first = taken(limits.acquire(spellings[0]!));
    for (const s of spellings.slice(1)) expect(limits.acquire(s)).toMatchObject({ ok: false, reason: "running" });
    first.release();
    let ok = 1;
    for (const s of spellings) {
      clock.t += 10;
      const slot = limits.acquire(s);
      if (slot.ok) {
        ok += 1;
        slot.release();
      }
    }
    expect(ok).toBe(5);
    expect(limits.acquire("jdoe@gmail.com")).toMatchObject({ ok: false, reason: "too-many-checks" });
    clock.t += CHECK_WINDOW_MS;
    expect(limits.acquire("j.doe+later@gmail.com").ok).toBe(true);
  });

  it("other accounts are not held up", () => {
    const { limits } = limitsAt();
    taken(limits.acquire("a@gmail.com"));
    expect(limits.acquire("b@gmail.com").ok).toBe(true);
  });
});

describe("failed logins and pauses", () => {
  it("allows at most 10 failed logins per account in any 15 minutes", () => {
    const { limits, clock } = limitsAt();
    let failures = 0;
    for (let minute = 0; minute < 12; minute++) {
      for (let i = 0; i < 5; i++) {
        const slot = limits.acquire(`x.y+${minute}-${i}@gmail.com`);
        if (!slot.ok) continue;
        failures += 1;
        slot.release({ loginFailed: true });
        clock.t += 1000;
      }
      clock.t += CHECK_WINDOW_MS;
    }
    expect(failures).toBe(10);
    const refused = limits.acquire("xy@gmail.com");
    expect(refused).toMatchObject({ ok: false, reason: "too-many-failures" });
    clock.t += FAILURE_WINDOW_MS;
    expect(limits.acquire("xy@gmail.com").ok).toBe(true);
  });

  it("after Google's 'Too many login attempts', no login for 15 minutes, and says how long", () => {
    const { limits, clock } = limitsAt();
    taken(limits.acquire("a@gmail.com")).release({ loginFailed: true, lock: "too-many-attempts" });
    expect(limits.lockedFor("a@gmail.com")).toBe(LOCK_MS["too-many-attempts"] / 1000);
    clock.t += 5 * 60_000;
    expect(limits.acquire("A+other@gmail.com")).toEqual({ ok: false, reason: "too-many-attempts", retryAfterSeconds: 600 });
    clock.t += 10 * 60_000;
    expect(limits.acquire("a@gmail.com").ok).toBe(true);
  });

  it("a temporary problem on Google's side gets a short pause only", () => {
    const { limits, clock } = limitsAt();
    taken(limits.acquire("a@gmail.com")).release({ loginFailed: true, lock: "google-unavailable" });
    expect(limits.acquire("a@gmail.com")).toEqual({ ok: false, reason: "google-unavailable", retryAfterSeconds: 60 });
    clock.t += LOCK_MS["google-unavailable"];
    expect(limits.acquire("a@gmail.com").ok).toBe(true);
  });

  it("a successful login or one never sent counts as no failure", () => {
    const { limits, clock } = limitsAt();
    for (let i = 0; i < 30; i++) {
      taken(limits.acquire("a@gmail.com")).release({ loginFailed: false });
      clock.t += CHECK_WINDOW_MS / 5;
    }
    expect(limits.acquire("a@gmail.com").ok).toBe(true);
  });
});
