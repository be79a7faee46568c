import { GOOGLE_URLS } from "./google-urls";
import type { FixStep } from "./types";

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

const tooMany = formatWait(WAIT_SECONDS["too-many-attempts"]);
const unavailable = formatWait(WAIT_SECONDS["google-unavailable"]);

export const waitStep: FixStep = {
  id: "wait",
  title: "Wait a little, then test again",
  why:
    "Google has paused logins for a short time, either after too many tries or because of a problem on its side. " +
    "Every try during the pause can make it last longer.",
  actions: [
    "Stop any other program that is trying to send mail with this account, such as a script, a website or a printer.",
    `Wait about ${tooMany} after too many tries, or about ${unavailable} if Google had a problem. The Test again button counts down for you.`,
    "Then test again, once.",
  ],
  link: { href: GOOGLE_URLS.security, label: "Recent security activity" },
  // Waiting is the fix; the link is only for checking who else tries the account.
  primary: "none",
  illustrations: ["wait-clock"],
  notes: [
    {
      title: "Still paused after an hour?",
      items: [
        "Something may still be trying your account. Look for sign-ins you don't recognize on your Google security page.",
        "If you change your Google password, all your app passwords stop working. Make a new one afterwards.",
      ],
    },
  ],
  testAgain: {
    passwordHint: "Use the same password. The button waits out the pause first.",
    suggestsAppPassword: false,
  },
};
