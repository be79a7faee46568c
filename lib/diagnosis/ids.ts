// The stable ids of docs/api.md#verdicts-and-steps. One name per idea: the API, the code,
// the tests and the UI's data attributes all use these strings.

export const VERDICT_IDS = [
  "ok",
  "app-password-required",
  "bad-credentials",
  "web-login-required",
  "too-many-attempts",
  "google-unavailable",
  "wrong-provider",
  "network-blocked",
  "dns-failed",
  "tls-intercepted",
  "not-smtp",
  "forwarded-address",
  "clock-wrong",
  "unknown",
] as const;

export type VerdictId = (typeof VERDICT_IDS)[number];

export const STEP_IDS = [
  "check-password",
  "less-secure-access",
  "two-step-verification",
  "app-password",
  "web-login",
  "wait",
  "network",
  "tls-intercepted",
  "wrong-provider",
  "send-mail-as",
  "clock",
] as const;

export type StepId = (typeof STEP_IDS)[number];

/** A normal Google account password, or a 16-letter app password. */
export const PASSWORD_KINDS = ["account", "app"] as const;

export type PasswordKind = (typeof PASSWORD_KINDS)[number];

/** What became of the test mail: sent, refused for one of these reasons, or a login verdict. */
export const SEND_OUTCOMES = ["sent", "daily-limit", "recipient-rejected", "message-rejected"] as const;

export type SendOutcomeId = (typeof SEND_OUTCOMES)[number] | Exclude<VerdictId, "ok">;

/** A sending outcome that is a login verdict (the login failed this time). */
export function isLoginVerdict(outcome: SendOutcomeId): outcome is Exclude<VerdictId, "ok"> {
  return !(SEND_OUTCOMES as readonly string[]).includes(outcome);
}
