import type { PasswordKind, VerdictId } from "@/lib/diagnosis/ids";

// What the verdict screen says when a test again ends in the same answer as the try before:
// it says so ("Google still …") and goes one step further than the first time, since the
// first advice was evidently not enough. Facts from docs/gmail-replies.md#account-facts.

export interface RepeatCopy {
  /** Replaces the headline: "Google still …". */
  still: string;
  /** Further advice, in order; the first thing not yet tried comes first. */
  further: readonly string[];
}

const STOP_RETRYING =
  "Every refused try counts: after several in a row Google pauses logins for a while, so try again only once you've changed something.";

export const REPEAT_COPY: Readonly<Record<Exclude<VerdictId, "ok">, RepeatCopy>> = {
  "app-password-required": {
    still: "Google still says this account needs an app password.",
    further: [
      "The box got your normal Google password again. Paste the 16-letter app password instead: it is a different password from the one you sign in with.",
      "Lost it? Google shows an app password only once. Make a new one on the App passwords page: it takes a minute.",
    ],
  },
  "bad-credentials": {
    still: "Google still refuses this password.",
    further: [
      "Make the app password in a private (incognito) window where you are signed in only to this address, so it can't be made in another of your accounts.",
      "If the App passwords page says the setting is not available, 2-Step Verification is off, uses only security keys, or the account is in Advanced Protection (or, at work or school, the administrator doesn't allow it).",
      STOP_RETRYING,
    ],
  },
  "web-login-required": {
    still: "Google still wants you to confirm this sign-in in your browser.",
    further: [
      "Open your Google security alerts while signed in to this account and confirm the newest sign-in (a button like “Yes, it was me”).",
      "Then wait a few minutes before testing: Google can take a moment to trust the new place.",
      "Using your normal password? Switching to an app password often ends these questions.",
    ],
  },
  "too-many-attempts": {
    still: "Google still has logins paused for this account.",
    further: [
      "Something is still trying. Look for every program that sends with this account (a website plugin, a script, a printer, a phone mail app) and stop it until this works.",
      "Then wait the full time without testing: a try during the pause starts it again.",
    ],
  },
  "google-unavailable": {
    still: "Google's mail server still reports a temporary problem.",
    further: [
      "This is rare and on Google's side. Wait a bit longer, 10 to 15 minutes, before the next test.",
      "If it lasts more than an hour, test from another network (a phone's hotspot, for example): the problem may be on the way to Google.",
    ],
  },
  "wrong-provider": {
    still: "This address still doesn't belong to a Google account.",
    further: [
      "This wizard can only check Gmail and Google Workspace logins. Use the mail settings your provider publishes for this address.",
      "If you do have a Gmail account, enter that Gmail address instead.",
    ],
  },
  "network-blocked": {
    still: "Your computer still can't reach Gmail's mail server.",
    further: [
      "Test once from another network, such as a phone's hotspot: if it works there, the first network blocks mail.",
      "If it fails everywhere, a firewall or security program on this computer is the likely cause: pause it for one test.",
    ],
  },
  "dns-failed": {
    still: "Your computer still can't find Gmail's mail server.",
    further: [
      "Open any web page to see whether this computer is online at all.",
      "Restart your router or connect to another network, then test again.",
    ],
  },
  "tls-intercepted": {
    still: "The secure connection to Google is still being intercepted.",
    further: [
      "Turn the security program's mail or web scanning fully off for one test (not just a single setting), then on again afterwards.",
      "On a work network the filter may be the company's: test once from another network, such as a phone's hotspot.",
    ],
  },
  "not-smtp": {
    still: "Something other than Gmail's mail server still answers.",
    further: [
      "Test once from another network, such as a phone's hotspot: if it works there, the first network redirects mail.",
      "Ask whoever runs the network (or your internet provider) whether they redirect outgoing mail.",
    ],
  },
  "forwarded-address": {
    still: "This address is still forwarded, with no mailbox to log in to.",
    further: [
      "Enter the Gmail address its mail is forwarded to, with that account's app password.",
      "Then add this address in Gmail under Send mail as, so your program can send from it.",
    ],
  },
  "clock-wrong": {
    still: "Your computer's clock still seems to be wrong.",
    further: [
      "Turn on “Set time automatically” and check the time zone, then restart the computer.",
      "If the clock keeps drifting after a restart, the computer's clock battery may be flat.",
    ],
  },
  unknown: {
    still: "The check still ended in a way this wizard doesn't recognize.",
    further: [
      "Wait a few minutes and test once more: most unexpected answers are temporary.",
      "If it keeps happening, copy the Details below when you ask for help: they hold no password.",
    ],
  },
};

/** How a try is described in the list of what was tried. */
export function describeTry(kind: PasswordKind): string {
  return kind === "app" ? "an app password" : "a normal password";
}
