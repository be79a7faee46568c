import { GOOGLE_URLS } from "./google-urls";
import type { FixStep } from "./types";

// Shown when Google turned down something shaped like an app password (535 5.7.8). The
// usual causes, in order of how often people hit them: a typo, an app password made in
// another account, one revoked by a change of the account password
// (docs/gmail-replies.md#account-facts).
export const checkPasswordStep: FixStep = {
  id: "check-password",
  title: "Check the address and the app password",
  why:
    "Google turned down this app password. Usually it was typed slightly wrong, it was made " +
    "in a different Google account, or it stopped working when the account password changed.",
  actions: [
    "Enter the full address of the Google account you made the app password in, like name@gmail.com.",
    "Type the 16 letters again by hand. They are all lowercase letters; spaces don't matter.",
    "Make sure Caps Lock is off and your keyboard is set to the language you expect.",
    "If you changed your Google account password after making the app password, that app password no longer works. Make a new one.",
    "Still not sure? Make a new app password. It takes a minute.",
  ],
  link: { href: GOOGLE_URLS.signIn, label: "Open Google sign-in" },
  // Retyping or making a new app password is the usual fix; the sign-in page only confirms an account password.
  primary: "next",
  illustrations: ["google-sign-in"],
  notes: [
    {
      title: "If you copied and pasted the password",
      items: [
        "Copying from an email, a chat or a document can bring along invisible characters.",
        "Type the letters yourself instead, or make a new app password and copy it straight from Google.",
      ],
    },
    {
      title: "Which account made it?",
      items: [
        "An app password only works with the account it was made in.",
        "Open the App passwords page while signed in to that account: your app passwords are listed there by name.",
        "If yours isn't listed, it was removed or made in another account. Make a new one.",
      ],
    },
    {
      title: "To check your normal Google password",
      intro: "Google never tells an app whether your normal password is right. You can check it yourself:",
      items: [
        "Open a private (incognito) window in your browser.",
        "Sign in at accounts.google.com with the same address and password.",
        "If that works, the password is right, but Google still won't accept it here. Use an app password.",
      ],
    },
  ],
  next: "app-password",
  workspace: [
    "Your address is a Google Workspace (work or school) account: the app password must be made while signed in to this same work or school account, not a personal Gmail.",
  ],
  testAgain: {
    passwordHint: "Type the 16 letters again, or paste a new app password.",
    suggestsAppPassword: true,
  },
};
