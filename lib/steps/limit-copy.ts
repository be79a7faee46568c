import type { Refusal } from "@/lib/guard/limits";

// The page's words when this wizard itself refuses a check for a while (its limits, in
// lib/guard/limits.ts). The server's message names the wait once ("Wait 57 seconds"); the
// page shows these instead, beside a countdown that disables the button until it ends.
export const LIMIT_COPY: Readonly<Record<Refusal, string>> = {
  running: "A check of this address is already running. Wait for it to finish.",
  "too-many-checks": "Too many checks of this address in a short time: every failed login counts against the account at Google.",
  "too-many-failures":
    "Too many failed logins for this account in the last 15 minutes. When the countdown ends, try once with a new app password: Google locks accounts that keep failing.",
  "too-many-attempts": "Google paused logins for this account after too many tries: every try during the pause makes it longer.",
  "google-unavailable": "Google's mail server had a temporary problem a moment ago.",
};
