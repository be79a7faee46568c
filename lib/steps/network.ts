import type { FixStep } from "./types";

// network-blocked, dns-failed and not-smtp all land here: the login was never attempted.
// Who blocks what is from docs/gmail-replies.md#network-and-tls-failures: hosting providers
// block outbound 25/465/587 (DigitalOcean by default); home ISPs usually block only 25.
export const networkStep: FixStep = {
  id: "network",
  title: "Let your computer reach Gmail's mail server",
  why:
    "Your computer couldn't get through to Gmail's mail server, smtp.gmail.com, on the mail ports it tried. " +
    "Your password was never sent, so nothing is wrong with your account.",
  actions: [
    "Check that this computer is online: open any website.",
    "On a work, school, hotel or café network, try another one, such as your phone's hotspot.",
    "Turn off any VPN or proxy for a moment and test again.",
    "In your firewall or security program, allow outgoing connections to smtp.gmail.com on ports 465 and 587.",
    "On a rented server (for example at DigitalOcean), ask the hosting company to unblock outgoing mail ports.",
  ],
  illustrations: ["network-blocked"],
  checkFromThere: true,
  notes: [
    {
      title: "Who blocks mail ports",
      forVerdicts: ["network-blocked"],
      items: [
        "Company and school networks often allow little more than web browsing.",
        "Some internet providers block mail ports on home connections. Most block only port 25, which this wizard doesn't use.",
        "Hosting companies such as DigitalOcean block outgoing mail ports by default on new servers.",
      ],
    },
    {
      title: "If the name smtp.gmail.com couldn't be found",
      forVerdicts: ["dns-failed"],
      items: [
        "Your computer couldn't look up the address of Google's server. Usually there is no internet connection, or the network can't look up names right now.",
        "Reconnect to your Wi-Fi or restart your router, then test again.",
      ],
    },
    {
      title: "If something answered that wasn't Google",
      forVerdicts: ["not-smtp"],
      items: [
        "A firewall, a security program or your internet provider may be answering in Google's place.",
        "Try another network, such as your phone's hotspot, to find out.",
      ],
    },
  ],
  elsewhere: {
    server: [
      "This check ran on this computer, but your program runs on a web host or server: that network may block mail ports even when this one doesn't. Hosting companies often do (DigitalOcean blocks them on new servers).",
      "Run the same check on the server itself (the command line below), and ask the hosting company to open outgoing ports 465 and 587 if it is blocked there.",
    ],
    device: [
      "This check ran on this computer, but your program runs on a device such as a NAS or a printer: its network, firewall or VPN settings may differ.",
      "In the device's own settings, check its network and firewall, and that it may reach the internet on ports 465 and 587.",
    ],
  },
  testAgain: { passwordHint: "Use the same password. It wasn't sent.", suggestsAppPassword: false },
};
