// The exit code of `check`: 0 when the login works, one code per family of verdicts, and
// sysexits' EX_USAGE for a command line (or environment) that cannot run. Documented in
// docs/cli.md; a script can branch on the family without parsing the output.
//
// Keyed by verdict id as a plain string, so a verdict added to lib/diagnosis/ids.ts later
// still compiles here and falls back to UNKNOWN until it gets a row.

export const EXIT = {
  ok: 0,
  /** Google refused this address and password (the fix is on the account). */
  loginRefused: 1,
  /** Google asked for a pause, or had a temporary problem: try again later. */
  wait: 2,
  /** The server was not reached (blocked ports, no DNS, something else answering). */
  network: 3,
  /** The secure connection was intercepted, or this machine's clock is wrong. */
  tlsOrClock: 4,
  /** Not a Google account, or an address that only forwards to one. */
  wrongAddress: 5,
  /** Anything the diagnosis does not recognise. */
  unknown: 6,
  /** --send-test: the login works but Google refused the test mail. */
  sendRefused: 7,
  /** A usage or settings error: nothing was sent to any server. */
  usage: 64,
  /** A bug in this program (the check itself threw). */
  software: 70,
  /** Interrupted (Ctrl+C) before the check ended. */
  interrupted: 130,
} as const;

export const VERDICT_EXIT: Readonly<Record<string, number>> = {
  ok: EXIT.ok,
  "bad-credentials": EXIT.loginRefused,
  "app-password-required": EXIT.loginRefused,
  "web-login-required": EXIT.loginRefused,
  "too-many-attempts": EXIT.wait,
  "google-unavailable": EXIT.wait,
  "network-blocked": EXIT.network,
  "dns-failed": EXIT.network,
  "not-smtp": EXIT.network,
  "tls-intercepted": EXIT.tlsOrClock,
  "clock-wrong": EXIT.tlsOrClock,
  "wrong-provider": EXIT.wrongAddress,
  "forwarded-address": EXIT.wrongAddress,
  unknown: EXIT.unknown,
};

/** The exit code for a check's verdict (or a send's outcome that is a login verdict). */
export function exitCodeFor(verdict: string): number {
  return Object.hasOwn(VERDICT_EXIT, verdict) ? (VERDICT_EXIT[verdict] as number) : EXIT.unknown;
}

/** The exit code after --send-test: 0 once the mail is sent, 7 when Google refused it, else the login verdict's. */
export function exitCodeForSend(outcome: string): number {
  if (outcome === "sent") return EXIT.ok;
  if (outcome === "daily-limit" || outcome === "recipient-rejected" || outcome === "message-rejected") return EXIT.sendRefused;
  return exitCodeFor(outcome);
}
