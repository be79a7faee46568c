import type { SendOutcomeId } from "@/lib/diagnosis/ids";

// What the done page says about the test mail, for each outcome (docs/api.md, POST
// /api/send). Sending limits: docs/gmail-replies.md, "Sending, after the login".

export interface SendCopy {
  headline: string;
  /** What it means and what to do next, one sentence each. */
  next: readonly string[];
  tone: "good" | "wait" | "bad";
}

const SEND_COPY: Readonly<Record<"sent" | "daily-limit" | "recipient-rejected" | "message-rejected", SendCopy>> = {
  sent: {
    headline: "Sent. Look in your inbox, and in Spam.",
    next: ["Google accepted the message for delivery. It usually arrives within a minute."],
    tone: "good",
  },
  "daily-limit": {
    headline: "Google accepted the login but refused to send: this account reached Gmail's daily sending limit.",
    next: [
      "Gmail allows about 500 messages a day from a Gmail account and about 2,000 from a Google Workspace account. The limit lifts within 24 hours; until then no program can send through this account.",
      "What to do now: put the settings below into your program anyway, they are right. Mail goes out again once the limit lifts. Look in Gmail's Sent folder to see what used up the limit: a plugin stuck in a loop, or someone else using this password.",
      "A script or plugin that sends many messages should log in once and send them all over one connection. Logging in again for every message makes Google pause logins (“Too many login attempts”) and uses up the limit sooner.",
    ],
    tone: "wait",
  },
  "recipient-rejected": {
    headline: "Google refused the recipient's address.",
    next: ["Check the spelling of the address after the @, or send the test mail to yourself."],
    tone: "bad",
  },
  "message-rejected": {
    headline: "Google accepted the login but refused the message itself.",
    next: [
      "Gmail refuses messages it considers unsafe. The test mail is plain text, so this is unusual: try again in a few minutes, and see Details for Google's exact words.",
    ],
    tone: "bad",
  },
};

/** The copy for a sending outcome; a login verdict gets null (the page shows that verdict's own copy). */
export function sendCopy(outcome: SendOutcomeId): SendCopy | null {
  return outcome in SEND_COPY ? SEND_COPY[outcome as keyof typeof SEND_COPY] : null;
}

/** "It didn't arrive": where to look, in order. */
export const NOT_ARRIVED: readonly string[] = [
  "Look in Spam. If it is there, open it and choose “Not spam”, so the next ones land in the inbox.",
  "Look in Gmail's Sent folder: a message Google accepted is there. A message to yourself shows in the inbox and in Sent.",
  "Check your filters (Gmail settings → Filters and blocked addresses): one may skip the inbox or delete the message.",
  "Give it a minute, then refresh Gmail (not this page).",
  "Send the test mail to another address (tick “Send it to another address” above) to see it delivered elsewhere.",
];
