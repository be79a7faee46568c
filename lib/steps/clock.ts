import type { FixStep } from "./types";

// A certificate from a trusted issuer, for the right name, that is expired or not yet valid:
// Google's own never are, so the computer's clock is wrong (docs/gmail-replies.md,
// "Network and TLS failures"). Nothing re-signed the connection, and no password was sent.
export const clockStep: FixStep = {
  id: "clock",
  title: "Set your computer's clock right",
  why:
    "Google's certificate looked out of date to your computer, which happens when the computer's date or time is wrong. " +
    "Your password wasn't sent.",
  actions: [
    "Compare your computer's date and time with the real date and time (after a check, this page shows both).",
    "Open your computer's Date & time settings and turn on “Set the time automatically”.",
    "Check the time zone too, then test again.",
  ],
  illustrations: ["computer-clock"],
  primary: "none",
  notes: [
    {
      title: "On a server or a small device",
      items: [
        "A server, NAS or printer can lose its time after a power cut. Turn on its automatic time setting (often called network time or NTP).",
        "A computer that never goes online cannot set its time by itself: set it by hand.",
      ],
    },
  ],
  testAgain: { passwordHint: "Use the same password. It wasn't sent.", suggestsAppPassword: false },
};
