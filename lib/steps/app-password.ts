import { GOOGLE_URLS } from "./google-urls";
import type { FixStep } from "./types";

// The way that works today for a person without a Google Cloud project
// (docs/gmail-replies.md#account-facts). The four causes of "The setting you are looking
// for is not available for your account" on the App passwords page are Google's own list,
// quoted in the same section.
export const appPasswordStep: FixStep = {
  id: "app-password",
  title: "Create an app password",
  why:
    "An app password is a separate 16-letter password that Google makes for one program. " +
    "It lets that program send mail through Gmail without your normal password.",
  actions: [
    "Open the App passwords page and sign in with the same Google account.",
    "Type a name you'll recognize, such as “My website” or “Printer”, and press Create.",
    "Copy the 16 letters Google shows in four groups of four. Google shows them only once.",
    "Paste them into the password box below. Spaces don't matter.",
    "Press Test again. Keep Google's window open until the test works.",
  ],
  link: { href: GOOGLE_URLS.appPasswords, label: "Open App passwords" },
  illustrations: ["app-passwords-page", "app-password-dialog"],
  notes: [
    {
      title: "If Google says “The setting you are looking for is not available for your account”",
      intro: "Google hides app passwords in four cases:",
      items: [
        "2-Step Verification is off. Turn it on first, then open this page again.",
        "2-Step Verification uses only security keys. Add a phone as a second step (Google prompts or an authenticator app), then open this page again.",
        "The account is in Google's Advanced Protection Program, which doesn't allow app passwords. Use another Google account for sending mail, or a program that offers “Sign in with Google”.",
        "It's a work or school account and the administrator doesn't allow app passwords. Ask your administrator to allow them for you.",
      ],
    },
    {
      title: "Can't find App passwords in Google's menus?",
      items: ["Google doesn't list it in every menu. Use the button above, or search for “App passwords” in your Google Account."],
    },
  ],
  workspace: [
    "Your address is a Google Workspace (work or school) account: app passwords work only if its administrator allows 2-Step Verification and does not block them. If the App passwords page says “The setting you are looking for is not available”, ask the administrator.",
    "An administrator can also set up Google's mail relay for organizations (smtp-relay.gmail.com) for devices and programs that cannot use an app password; only an administrator can do that, in the Admin console (Apps → Google Workspace → Gmail → Routing).",
  ],
  testAgain: { passwordHint: "Paste the 16-letter app password here.", suggestsAppPassword: true },
};
