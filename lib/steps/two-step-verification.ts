import { GOOGLE_URLS } from "./google-urls";
import type { FixStep } from "./types";

// App passwords need 2-Step Verification, and not with security keys only
// (docs/gmail-replies.md#account-facts), so the actions steer away from a keys-only setup.
export const twoStepVerificationStep: FixStep = {
  id: "two-step-verification",
  title: "Turn on 2-Step Verification",
  why:
    "Google only lets you make app passwords once 2-Step Verification is on. " +
    "It also keeps your account safe if your password ever leaks.",
  actions: [
    "Open the 2-Step Verification page and sign in with the same Google account.",
    "Press “Turn on 2-Step Verification” and follow Google's steps.",
    "Choose a phone as your second step: Google prompts, a text message, or an authenticator app.",
    "Don't rely on security keys alone: with only security keys, Google won't offer app passwords.",
    "When Google says 2-Step Verification is on, go on to create an app password.",
  ],
  link: { href: GOOGLE_URLS.twoStepVerification, label: "Open 2-Step Verification" },
  illustrations: ["two-step-verification-page"],
  notes: [
    {
      title: "Work or school account?",
      items: [
        "If Google won't let you turn it on, your administrator controls this setting.",
        "Ask them to allow 2-Step Verification and app passwords for your account.",
      ],
    },
  ],
  next: "app-password",
  // No test here: a normal password still cannot pass. The next step makes the app password.
  primary: "link",
  workspace: [
    "Your address is a Google Workspace (work or school) account: its administrator decides whether you may turn on 2-Step Verification. If the option is missing or grayed out, ask them to allow 2-Step Verification enrolment (Admin console → Security → 2-Step Verification).",
  ],
  testAgain: null,
};
