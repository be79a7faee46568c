import { PAUSE_SECONDS, type PausedVerdict } from "@/lib/diagnosis/pauses";
import { accountKey } from "./account";

// Protects the person's Google account from this app. Every failed login counts against the
// account at Google, and Google locks logins after many in a short time ("454 4.7.0 Too
// many login attempts"), so per account (however its address is spelled):
// - one check or send at a time;
// - at most MAX_CHECKS per CHECK_WINDOW_MS;
// - at most MAX_FAILED_LOGINS failed logins per FAILURE_WINDOW_MS, whatever the page does;
// - after Google said "Too many login attempts", no login for LOCK_MS["too-many-attempts"]
//   (trying during the pause makes it longer); after a temporary problem on Google's side
//   ("google-unavailable"), a short pause.
// Memory only, per process: right for an app one person runs on their own computer.

export const CHECK_WINDOW_MS = 60_000;
export const MAX_CHECKS = 5;
export const FAILURE_WINDOW_MS = 15 * 60_000;
export const MAX_FAILED_LOGINS = 10;
export const LOCK_MS: Readonly<Record<PausedVerdict, number>> = {
  "too-many-attempts": PAUSE_SECONDS["too-many-attempts"] * 1000,
  "google-unavailable": PAUSE_SECONDS["google-unavailable"] * 1000,
};

export type LockReason = PausedVerdict;
export type Refusal = "running" | "too-many-checks" | "too-many-failures" | LockReason;

/** What a finished check or send tells the limits. */
export interface Outcome {
  /** AUTH was sent and not accepted (235). */
  loginFailed: boolean;
  /** Google asked for a pause. */
  lock?: LockReason;
}

export type Slot = { ok: true; release(outcome?: Outcome): void } | { ok: false; reason: Refusal; retryAfterSeconds: number };

export interface Limits {
  /** Takes the account's slot for one check or send, or says why not and for how long. */
  acquire(email: string): Slot;
  /** Seconds until this account may log in again after Google asked for a pause; 0 when it may. */
  lockedFor(email: string): number;
}

interface AccountState {
  running: boolean;
  checks: number[];
  failures: number[];
  lockedUntil: number;
  lockReason?: LockReason;
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** `now` is the clock (ms); tests move it to skip a window or a lock. */
export function createLimits(now: () => number = Date.now): Limits {
  const accounts = new Map<string, AccountState>();
  const stateOf = (key: string): AccountState => {
    let state = accounts.get(key);
    if (!state) {
      state = { running: false, checks: [], failures: [], lockedUntil: 0 };
      accounts.set(key, state);
    }
    return state;
  };
  // Forget what no longer matters, so the map does not grow with every address ever checked.
  const prune = (t: number) => {
    for (const [key, s] of accounts) {
      s.checks = s.checks.filter((c) => t - c < CHECK_WINDOW_MS);
      s.failures = s.failures.filter((f) => t - f < FAILURE_WINDOW_MS);
      if (!s.running && s.checks.length === 0 && s.failures.length === 0 && s.lockedUntil <= t) accounts.delete(key);
    }
  };
  return {
    acquire(email) {
      const t = now();
      prune(t);
      const state = stateOf(accountKey(email));
      if (state.lockedUntil > t)
        return { ok: false, reason: state.lockReason ?? "too-many-attempts", retryAfterSeconds: seconds(state.lockedUntil - t) };
      if (state.running) return { ok: false, reason: "running", retryAfterSeconds: 1 };
      if (state.failures.length >= MAX_FAILED_LOGINS) {
        const oldest = state.failures[0] ?? t;
        return { ok: false, reason: "too-many-failures", retryAfterSeconds: seconds(oldest + FAILURE_WINDOW_MS - t) };
      }
      if (state.checks.length >= MAX_CHECKS) {
        const oldest = state.checks[0] ?? t;
        return { ok: false, reason: "too-many-checks", retryAfterSeconds: seconds(oldest + CHECK_WINDOW_MS - t) };
      }
      state.checks.push(t);
      state.running = true;
      let released = false;
      return {
        ok: true,
        release(outcome) {
          if (released) return;
          released = true;
          state.running = false;
          const end = now();
          if (outcome?.loginFailed) state.failures.push(end);
          if (outcome?.lock) {
            state.lockedUntil = end + LOCK_MS[outcome.lock];
            state.lockReason = outcome.lock;
          }
          accounts.set(accountKey(email), state);
        },
      };
    },
    lockedFor(email) {
      const state = accounts.get(accountKey(email));
      const t = now();
      return state && state.lockedUntil > t ? seconds(state.lockedUntil - t) : 0;
    },
  };
}
