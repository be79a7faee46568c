import { GOOGLE_URLS } from "./google-urls";
import type { FixStep } from "./types";

// 534 5.7.9 WebLoginRequired (and the legacy 534 5.7.14): Google's risk checks want an
// interactive sign-in from the same place first (docs/gmail-replies.md#login-replies). The
// old unlock page, accounts.google.com/DisplayUnlockCaptcha, is gone since 2023, so it is
// not offered.
export const webLoginStep: FixStep = {
  id: "web-login",
  title: "Sign in with your browser and confirm it's you",
  why:
    "Google saw a sign-in from a place or device it doesn't know yet and wants you to confirm it in a browser. " +
    "After that, the same login from this network usually works.",
  actions: [
    "On this computer, sign in to your Google account at accounts.google.com.",
    "Open your security alerts with the button below and find the recent sign-in Google asks about.",
    "If it was you, confirm it (Google's button says something like “Yes, it was me”).",
    "Come back here and press Test again, from the same network.",
    "If it still fails, wait a few minutes and test again once.",
  ],
  link: { href: GOOGLE_URLS.notifications, label: "Open your Google security alerts" },
  illustrations: ["google-sign-in", "security-alert"],
  notes: [
    {
      title: "Using a VPN?",
      items: [
        "Google checks where the sign-in comes from.",
        "Use the same connection, with or without the VPN, for both the browser sign-in and the test.",
      ],
    },
    {
      title: "Don't see an alert?",
      items: [
        "That's fine: signing in on this computer is often enough. Test again.",
        "If Google asks you to confirm your identity while you sign in, do that first.",
      ],
    },
  ],
  elsewhere: {
    server: [
      "Your program runs on a web host or server, which Google sees as a different place from this computer. After confirming the sign-in here, test from the server too: Google may ask again for the server's location, and a sign-in from a browser on that server's network (or through the same VPN) helps.",
    ],
    device: [
      "Your program runs on a device on your network. Confirm the sign-in from a browser on the same network, then let the device try again once.",
    ],
  },
  testAgain: { passwordHint: "Use the same password you just tested.", suggestsAppPassword: false },
};
