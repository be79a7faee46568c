import type { FixStep } from "./types";

// 535 5.7.139 (Microsoft), another non-Google reply, or an address at a known non-Google
// provider (docs/gmail-replies.md#login-replies and #account-facts). Google Workspace uses
// custom domains, so an unknown domain is not a reason to land here.
export const wrongProviderStep: FixStep = {
  id: "wrong-provider",
  title: "Use your email provider's own settings",
  why: "Gmail's mail server only signs in Google accounts. " + "Every other email provider has its own mail server and settings.",
  actions: [
    "Check the address: this wizard works with Gmail addresses and with work or school addresses that use Gmail (Google Workspace).",
    "If your address is from Outlook, Hotmail, Yahoo, iCloud, AOL or another provider, look up that provider's outgoing mail server settings in its own help pages: this wizard is for Gmail only.",
    "Use those settings in your program instead of smtp.gmail.com.",
    "If your company's or school's email opens in Gmail, your address is fine. Enter it in full and test again.",
  ],
  illustrations: ["wrong-provider"],
  notes: [
    {
      title: "Other providers want app passwords too",
      items: [
        "Many providers, Yahoo, iCloud and AOL among them, also ask for a separate app password for programs.",
        "You make that app password in that provider's own account settings, not at Google.",
      ],
    },
    {
      title: "Your address is a Gmail address?",
      items: [
        "Then something on your network answered in Google's place, often a firewall or an internet provider that redirects mail.",
        "Try another network, such as your phone's hotspot, and test again.",
      ],
    },
  ],
  testAgain: {
    passwordHint: "Enter a Google address above and its app password here.",
    suggestsAppPassword: true,
  },
};
