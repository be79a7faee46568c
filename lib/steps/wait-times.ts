// How long "Test again" waits before it is allowed to try. Google publishes no numbers:
// - too-many-attempts (454 4.7.0 "Too many login attempts"): reports of the pause range
//   from a few minutes to about an hour, and every try during it can prolong it. Ten
//   minutes clears most pauses with a single retry and is still a wait a person sits out.
// - google-unavailable (454 "temporary system problem", 421 4.7.0, other 4xx): a passing
//   fault on Google's side that usually clears within seconds; one minute avoids adding
//   load without making the person wait for nothing.
export const WAIT_SECONDS: Readonly<Record<"too-many-attempts" | "google-unavailable", number>> = {
  "too-many-attempts": 10 * 60,
  "google-unavailable": 60,
};

/** "10 minutes", "1 minute", "30 seconds": for the copy and the countdown button. */
export function formatWait(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  if (whole < 60) return whole === 1 ? "1 second" : `${whole} seconds`;
  const minutes = Math.ceil(whole / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}
