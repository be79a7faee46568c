import { GOOGLE_URLS } from "./google-urls";
import type { FixStep } from "./types";

// Shown when a normal account password was turned down (535 5.7.8): right or wrong, Google
// no longer accepts it here. One page, three items done in order, the test at the end; the
// history of the removed "Less secure app access" switch is kept in a collapsed section,
// because most guides online still point at it. Dates from docs/gmail-replies.md#account-facts:
// personal accounts 30 May 2022; Workspace removed it from the Admin console 15 June 2024 and
// ended password-only access 30 Sept 2024, with 14 March 2025 given by Google's help page as
// the final date. The step id stays "less-secure-access" so links to it keep working.
export const lessSecureAccessStep: FixStep = {
  id: "less-secure-access",
  title: "Switch to an app password in three steps",
  why:
    "Google no longer accepts a normal password from programs, even a correct one. An app password works instead. " +
    "It takes about 5 minutes: have your phone ready.",
  actions: [
    "Turn on 2-Step Verification for your Google account (skip this if it is on already).",
    "Create an app password on Google's App passwords page.",
    "Paste the 16 letters below and test.",
  ],
  checklist: [
    {
      title: "Turn on 2-Step Verification",
      actions: [
        "Open the 2-Step Verification page and sign in with the same Google account.",
        "Press “Turn on 2-Step Verification” and choose your phone as the second step.",
      ],
      link: { href: GOOGLE_URLS.twoStepVerification, label: "Open 2-Step Verification" },
      illustration: "two-step-verification-page",
      alreadyDone: "Already on? Tick it and go on.",
    },
    {
      title: "Create an app password",
      actions: [
        "Open the App passwords page, type a name such as “My website” or “Printer”, and press Create.",
        "Copy the 16 letters Google shows: it shows them only once.",
      ],
      link: { href: GOOGLE_URLS.appPasswords, label: "Open App passwords" },
      illustration: "app-passwords-page",
    },
    {
      title: "Paste it here and test",
      actions: ["Paste the 16 letters into the box below (spaces don't matter) and press Test again."],
    },
  ],
  whyNot: {
    title: "Why doesn't my normal password work?",
    items: [
      "Google used to have a setting called “Less secure app access” that let programs sign in with only your normal password. Most guides online still tell you to turn it on.",
      "Google removed it for personal Gmail accounts on May 30, 2022. If you open that old page, it says “This setting is not available for your account”.",
      "For work and school accounts (Google Workspace), Google took it out of the admin settings in June 2024. Sign-in with only a password ended between September 2024 and March 2025.",
      "Nobody can bring it back, not you and not an administrator. 2-Step Verification plus an app password is the way that works today.",
    ],
    illustration: "less-secure-apps-unavailable",
  },
  // Shown by the checklist's items; listed for what reads a step's drawings as a whole (the CLI, tests).
  illustrations: ["two-step-verification-page", "app-passwords-page"],
  workspace: [
    "Your address is a Google Workspace (work or school) account. Less secure app access ended for Workspace too: Google removed it from the Admin console in June 2024, turned password-only sign-in off from September 2024, and says only app passwords or OAuth work since March 2025.",
    "Your administrator may have to allow 2-Step Verification and app passwords for you, or set up Google's mail relay for organizations (smtp-relay.gmail.com), which only an administrator can do.",
  ],
  testAgain: {
    passwordHint: "Paste the 16-letter app password here.",
    suggestsAppPassword: true,
  },
};
