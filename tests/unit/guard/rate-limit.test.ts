import { describe, expect, it } from "vitest";
import { createRateLimiter } from "@/lib/guard/rate-limit";

describe("rate limit per address", () => {
  it("allows 5 checks a minute, then says how long to wait", () => {
    const limiter = createRateLimiter(5, 60_000);
    for (let i = 0; i < 5; i++) {
      const slot = limiter.acquire("A@gmail.com", 1_000 + i);
      expect(slot.ok).toBe(true);
      if (slot.ok) slot.release();
    }
    expect(limiter.acquire("a@gmail.com ", 10_000)).toEqual({ ok: false, retryAfterSeconds: 51 });
    expect(limiter.acquire("a@gmail.com", 61_001).ok).toBe(true);
  });

  it("runs one check at a time per address, others in parallel", () => {
    const limiter = createRateLimiter();
    const first = limiter.acquire("a@gmail.com");
    expect(first.ok).toBe(true);
    expect(limiter.acquire("a@gmail.com")).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.acquire("b@gmail.com").ok).toBe(true);
    if (first.ok) first.release();
    expect(limiter.acquire("a@gmail.com").ok).toBe(true);
  });
});
