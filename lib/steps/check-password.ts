import { GOOGLE_URLS } from "./google-urls";
import type { FixStep } from "./types";

// Shown when Google turned down something shaped like an app password (535 5.7.8). Google
// shows an app password only once, so retyping it from memory rarely helps: making a new one
// is the main action. The reasons worth a look, in order of how often people hit them: an
// app password made in another account, one revoked by a change of the account password, a
// paste that brought invisible characters (docs/gmail-replies.md#account-facts).
export const checkPasswordStep: FixStep = {
  id: "check-password",
  title: "Make a new app password",
  why:
    "Google refused this app password. A new one is the quickest fix: Google shows an app password only once, " +
    "so an old one can't be checked or copied again.",
  actions: [
    "Open the App passwords page while signed in to this exact account (the Gmail address in the form below).",
    "Type a name such as “My website” or “Printer” and press Create.",
    "Copy the 16 letters, paste them below, and test again.",
  ],
  link: { href: GOOGLE_URLS.appPasswords, label: "Make a new app password" },
  illustrations: ["app-passwords-page"],
  notes: [
    {
      title: "Why the old one was refused",
      items: [
        "An app password works only with the account it was made in. Check that the Gmail address in the form below is exactly that account, in full, like name@gmail.com.",
        "Changing your Google password deletes every app password you had. If you changed it, the old ones no longer work.",
        "Copying from an email, a chat or a document can bring along invisible characters. Copy it straight from Google's window.",
      ],
    },
  ],
  workspace: [
    "Your address is a Google Workspace (work or school) account: the app password must be made while signed in to this same work or school account, not a personal Gmail.",
  ],
  testAgain: {
    passwordHint: "Paste the new 16-letter app password here.",
    suggestsAppPassword: true,
  },
};
