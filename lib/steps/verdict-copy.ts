import type { PasswordKind, VerdictId } from "@/lib/diagnosis/ids";
import type { PausedVerdict } from "@/lib/diagnosis/pauses";
import { formatWait, WAIT_SECONDS } from "./wait-times";

/** What the verdict screen says: one plain sentence, what it means, the next button. */
export interface VerdictCopy {
  headline: string;
  meaning: string;
  nextLabel: string;
  /** The first thing to do, when it is not the fix step's own first action. */
  first?: string;
}

// The wait copy names the wait the server gave (the answer's retryAfter) when there is one,
// else the app's usual pause, so the words and the countdown always agree.
const PAUSE_MEANING: Readonly<Record<PausedVerdict, (wait: string) => string>> = {
  "too-many-attempts": (wait) =>
    `This is temporary. Wait about ${wait} before you try again: every try during the pause can make it longer.`,
  "google-unavailable": (wait) => `This is on Google's side, not yours. Wait about ${wait} and test again.`,
};

export const VERDICT_COPY: Readonly<Record<VerdictId, VerdictCopy>> = {
  ok: {
    headline: "Google accepted the login.",
    meaning: "Your address and password work with Gmail's mail server. Copy the settings into your program.",
    nextLabel: "See your settings",
  },
  "app-password-required": {
    headline: "Google wants an app password: you're nearly there.",
    meaning:
      "2-Step Verification is on for this account, so Google won't take your normal password here. An app password is a separate 16-letter password made just for this.",
    nextLabel: "Create an app password",
  },
  "bad-credentials": {
    headline: "Google didn't accept this address and password.",
    meaning: "Either the password is wrong, or it's your normal Google password, which Google no longer accepts from programs.",
    nextLabel: "See what to do",
  },
  "web-login-required": {
    headline: "Google wants you to sign in with your browser first.",
    meaning: "Google saw a sign-in from a place or device it doesn't know yet. Once you confirm it was you, the login here usually works.",
    nextLabel: "Sign in and confirm it's you",
  },
  "too-many-attempts": {
    headline: "Stop your program from retrying: Google paused logins after too many tries.",
    meaning: PAUSE_MEANING["too-many-attempts"](formatWait(WAIT_SECONDS["too-many-attempts"])),
    nextLabel: "Wait, then test again",
    first:
      "Pause every program that sends mail with this account (a website plugin, a script, a printer), then let the countdown run out before you test, once.",
  },
  "google-unavailable": {
    headline: "Google's mail server had a temporary problem.",
    meaning: PAUSE_MEANING["google-unavailable"](formatWait(WAIT_SECONDS["google-unavailable"])),
    nextLabel: "Wait, then test again",
    first: "Nothing needs changing on your side: wait for the countdown, then test again, once.",
  },
  "wrong-provider": {
    headline: "This doesn't look like a Gmail or Google Workspace account.",
    meaning: "Gmail's mail server only signs in Google accounts. Use the settings of the service that runs this address.",
    nextLabel: "Find the right settings",
  },
  "network-blocked": {
    headline: "Your computer can't reach Gmail's mail server.",
    meaning: "Something between you and Google blocked the connection. Your password wasn't sent, so your account is fine.",
    nextLabel: "Check your connection",
  },
  "dns-failed": {
    headline: "Your computer couldn't find Gmail's mail server.",
    meaning: "Looking up the name smtp.gmail.com failed, usually because there is no internet connection. Your password wasn't sent.",
    nextLabel: "Check your connection",
  },
  "tls-intercepted": {
    headline: "Something on your computer or network intercepted the secure connection to Google.",
    meaning:
      "The connection came back sealed by someone other than Google, usually an antivirus mail scanner or a company network filter. Your password wasn't sent, so it stays safe.",
    nextLabel: "Turn off mail scanning",
  },
  "not-smtp": {
    headline: "Something answered, but it wasn't Gmail's mail server.",
    meaning: "A firewall, proxy or other program on your network seems to be answering in Google's place. Your password wasn't sent.",
    nextLabel: "Check your connection",
  },
  "forwarded-address": {
    headline: "This address is forwarded to another mailbox, so there is nothing here to log in to.",
    meaning:
      "Its mail goes through a forwarding service, often to a personal Gmail. Log in with that Gmail account, and let Gmail send as this address. Your password wasn't sent.",
    nextLabel: "Send as this address from Gmail",
  },
  "clock-wrong": {
    headline: "Your computer's clock seems to be wrong.",
    meaning:
      "Google's certificate looked expired or not yet valid to your computer, which happens when its date or time is off. Nothing intercepted the connection, and your password wasn't sent.",
    nextLabel: "Set the clock right",
  },
  unknown: {
    headline: "The check ended in a way this wizard doesn't recognize.",
    meaning:
      "What the server said (or that it stopped answering) is shown under Details below. It may be temporary: test again in a few minutes.",
    nextLabel: "Test again",
  },
};

// 535 5.7.8 means different things by password kind (docs/api.md#verdicts-and-steps): an
// account password is refused even when right, unless the person switches to
// 2-Step Verification + an app password; an app password was mistyped, revoked by a
// password change, or made under another account.
const BAD_CREDENTIALS_BY_KIND: Readonly<Record<PasswordKind, VerdictCopy>> = {
  account: {
    headline: "Google no longer accepts your normal password here.",
    meaning:
      "Even a correct password is turned down: Google stopped letting programs sign in with just a password. The way that works now is 2-Step Verification plus an app password.",
    nextLabel: "Switch to an app password",
  },
  app: {
    headline: "Google didn't accept this app password.",
    meaning:
      "It may have been made in a different Google account, or stopped working when the account password changed. Google shows an app password only once, so the quickest fix is a new one.",
    nextLabel: "Make a new app password",
  },
};

export function badCredentialsCopy(kind: PasswordKind): VerdictCopy {
  return BAD_CREDENTIALS_BY_KIND[kind];
}

/**
 * The copy for a verdict, tailored to the password kind where that changes the story, and
 * to the wait the server gave (seconds) when Google asked for a pause.
 */
export function getVerdictCopy(verdict: VerdictId, kind?: PasswordKind, waitSeconds?: number): VerdictCopy {
  if (verdict === "bad-credentials" && kind !== undefined) return badCredentialsCopy(kind);
  if ((verdict === "too-many-attempts" || verdict === "google-unavailable") && waitSeconds) {
    return { ...VERDICT_COPY[verdict], meaning: PAUSE_MEANING[verdict](formatWait(waitSeconds)) };
  }
  return VERDICT_COPY[verdict];
}
