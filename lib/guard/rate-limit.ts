// Protects the person's Google account from this app: Google locks logins after many
// attempts in a short time ("454 4.7.0 Too many login attempts"), so one address gets at
// most MAX_CHECKS checks per WINDOW_MS, and one check at a time. Memory only, per process.

export const WINDOW_MS = 60_000;
export const MAX_CHECKS = 5;

export interface RateLimiter {
  /** Takes a slot for this address, or says how many seconds to wait. */
  acquire(key: string, now?: number): { ok: true; release(): void } | { ok: false; retryAfterSeconds: number };
}

export function createRateLimiter(max = MAX_CHECKS, windowMs = WINDOW_MS): RateLimiter {
  const recent = new Map<string, number[]>();
  const running = new Set<string>();
  return {
    acquire(rawKey, now = Date.now()) {
      const key = rawKey.trim().toLowerCase();
      const times = (recent.get(key) ?? []).filter((t) => now - t < windowMs);
      if (running.has(key)) return { ok: false, retryAfterSeconds: 1 };
      if (times.length >= max) {
        const oldest = times[0] ?? now;
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)) };
      }
      times.push(now);
      recent.set(key, times);
      running.add(key);
      let released = false;
      return {
        ok: true,
        release() {
          if (released) return;
          released = true;
          running.delete(key);
        },
      };
    },
  };
}
