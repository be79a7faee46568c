import { GOOGLE_URLS } from "./google-urls";
import type { FixStep } from "./types";

// Shown when a normal account password was turned down (535 5.7.8). Right or wrong, Google
// no longer accepts it here, and most guides online still point at the removed switch.
// Dates from docs/gmail-replies.md#account-facts: personal accounts 30 May 2022; Workspace
// removed it from the Admin console 15 June 2024 and ended password-only access
// 30 Sept 2024, with 14 March 2025 given by Google's help page as the final date.
export const lessSecureAccessStep: FixStep = {
  id: "less-secure-access",
  title: "Your normal password won't work here anymore",
  why:
    "Google stopped letting apps sign in with just your normal password, even a correct one. " +
    "The way that works today is 2-Step Verification plus an app password.",
  actions: [
    "Ignore older guides about the “Less secure app access” setting. Google removed it.",
    "If you open that old page, Google says “This setting is not available for your account”. That is expected.",
    "Turn on 2-Step Verification for your Google account (the next step shows how).",
    "Then create an app password and use it here instead of your normal password.",
  ],
  link: {
    href: GOOGLE_URLS.lessSecureApps,
    label: "Old setting (not available)",
  },
  illustrations: ["less-secure-apps-unavailable"],
  notes: [
    {
      title: "What “Less secure app access” was",
      items: [
        "It was a setting that let apps and devices sign in with only your normal Google password.",
        "Google removed it for personal Gmail accounts on May 30, 2022.",
        "For work and school accounts (Google Workspace), Google took it out of the admin settings in June 2024. Sign-in with only a password ended between September 2024 and March 2025.",
        "Nobody can bring it back, not you and not an administrator.",
      ],
    },
  ],
  next: "two-step-verification",
  primary: "next",
  workspace: [
    "Your address is a Google Workspace (work or school) account. Less secure app access ended for Workspace too: Google removed it from the Admin console in June 2024, turned password-only sign-in off from September 2024, and says only app passwords or OAuth work since March 2025.",
    "Your administrator may have to allow 2-Step Verification and app passwords for you, or set up Google's SMTP relay (smtp-relay.gmail.com), which only an administrator can do.",
  ],
  testAgain: {
    passwordHint: "Once you have an app password, paste its 16 letters here.",
    suggestsAppPassword: true,
  },
};
