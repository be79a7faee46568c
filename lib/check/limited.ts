import "server-only";
import { SEND_OUTCOMES } from "@/lib/diagnosis/ids";
import { accountLimits } from "@/lib/guard/account-limits";
import type { Outcome, Refusal } from "@/lib/guard/limits";
import { formatWait } from "@/lib/steps/wait-times";
import { tooManyRequests } from "./http";
import { type Job, respond } from "./respond";
import type { TranscriptLine } from "./types";

// Every route that logs in goes through here: the account's limits first, then the job,
// then what the job's result tells the limits (a failed login, a pause Google asked for).

interface LoginResult {
  /** A check's verdict, or a send's outcome. */
  verdict?: string;
  outcome?: string;
  transcript: TranscriptLine[];
  /** Seconds until this account may log in again, when Google asked for a pause. */
  retryAfter?: number;
}

/** What a result tells the limits: AUTH went out and was not accepted; Google asked for a pause. */
export function outcomeOf(result: LoginResult): Outcome {
  const said = result.verdict ?? result.outcome ?? "unknown";
  const authSent = result.transcript.some((l) => l.from === "client" && /^AUTH\b/i.test(l.text));
  const loggedIn = said === "ok" || (SEND_OUTCOMES as readonly string[]).includes(said);
  const lock = said === "too-many-attempts" || said === "google-unavailable" ? said : undefined;
  return { loginFailed: authSent && !loggedIn, ...(lock ? { lock } : {}) };
}

function refusalMessage(reason: Refusal, wait: string): string {
  switch (reason) {
    case "running":
      return "A check of this address is already running. Wait for it to finish.";
    case "too-many-checks":
      return `Too many checks of this address in a short time. Wait ${wait}: every failed login counts against the account at Google.`;
    case "too-many-failures":
      return `Too many failed logins for this account in the last 15 minutes. Wait ${wait}, then try once with a new app password: Google locks accounts that keep failing.`;
    case "too-many-attempts":
      return `Google paused logins for this account after too many tries. Wait ${wait}: every try during the pause makes it longer.`;
    case "google-unavailable":
      return `Google's mail server had a temporary problem a moment ago. Wait ${wait} and try again.`;
  }
}

/** Runs a login job for this address within the account's limits, or answers 429 with Retry-After. */
export function limitedRespond<R extends LoginResult>(req: Request, email: string, job: Job<R>): Promise<Response> | Response {
  const limits = accountLimits();
  const slot = limits.acquire(email);
  if (!slot.ok) {
    return tooManyRequests(slot.retryAfterSeconds, refusalMessage(slot.reason, formatWait(slot.retryAfterSeconds)), slot.reason);
  }
  return respond(
    req,
    async (options) => {
      const result = await job(options);
      slot.release(outcomeOf(result));
      const wait = limits.lockedFor(email);
      return wait > 0 ? { ...result, retryAfter: wait } : result;
    },
    () => slot.release(),
  );
}
