// How long the app itself waits before it logs in to an account again, after Google asked
// for a pause. The server enforces it (lib/guard/limits.ts) and the page shows it; both take
// it from here. Google publishes no numbers (docs/gmail-replies.md, "Login replies"):
// - too-many-attempts (454 4.7.0 "Too many login attempts"): reports of the pause range
//   from a few minutes to about an hour, and every try during it can prolong it. Fifteen
//   minutes clears most pauses with a single retry, and is still a wait a person sits out.
// - google-unavailable (454 "temporary system problem", 421 4.7.0, other 4xx): a passing
//   fault on Google's side that usually clears within seconds; one minute avoids adding
//   load without making the person wait for nothing.
export const PAUSE_SECONDS = {
  "too-many-attempts": 15 * 60,
  "google-unavailable": 60,
} as const;

export type PausedVerdict = keyof typeof PAUSE_SECONDS;
