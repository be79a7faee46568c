import { GOOGLE_URLS } from "./google-urls";
import type { FixStep } from "./types";

// A custom domain whose MX records point to a forwarding service (Cloudflare Email Routing,
// ImprovMX, Forward Email …): mail to the address is passed on, often to a personal Gmail,
// and there is no Google account with this address to log in to. The way to send as it is a
// verified "Send mail as" alias (docs/gmail-replies.md#custom-domains-mx-records).
export const sendMailAsStep: FixStep = {
  id: "send-mail-as",
  title: "Send as this address from the Gmail account it forwards to",
  why:
    "Mail to this address is forwarded by another service, so there is no Google account with this address to log in to. " +
    "Log in with the Gmail account it forwards to, and let Gmail send as this address.",
  actions: [
    "Find the Gmail account the address forwards to (the one where its mail arrives).",
    "In that Gmail, open Settings → See all settings → Accounts and Import.",
    "Under “Send mail as”, choose “Add another email address”, enter this address, and leave “Treat as an alias” ticked.",
    "Gmail sends a confirmation code to the address; it arrives in the same Gmail through the forwarding. Enter it.",
    "In your program, log in with the Gmail address and its app password, and put this address as the From address.",
  ],
  link: { href: GOOGLE_URLS.gmailAccountsSettings, label: "Open Gmail's Accounts settings" },
  illustrations: ["send-mail-as"],
  notes: [
    {
      title: "Why not log in with this address?",
      items: [
        "Google only knows this address as an alias once you add it; the login is always the Gmail account's own address.",
        "Gmail replaces any other From address with the account's own unless it is a verified “Send mail as” address.",
      ],
    },
  ],
  testAgain: {
    passwordHint: "Enter the Gmail address it forwards to above, and that account's app password here.",
    suggestsAppPassword: true,
  },
};
