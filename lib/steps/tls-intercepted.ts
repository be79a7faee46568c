import type { FixStep } from "./types";

// Antivirus "mail shields" (Avast, AVG, ESET, Kaspersky) and company proxies re-sign the
// TLS connection with their own certificate (docs/gmail-replies.md#network-and-tls-failures).
// The only safe fix is to stop the interception. Turning certificate checks off is never
// offered: it would hand the password to whatever intercepted the connection. The UI shows
// the issuer it saw.
export const tlsInterceptedStep: FixStep = {
  id: "tls-intercepted",
  title: "Stop your security program from scanning mail connections",
  why:
    "Something on your computer or network opened the secure connection to Google and sealed it again with its own certificate. " +
    "The wizard stopped before sending your password, because whatever did this could read it.",
  actions: [
    "Find the program that checks your secure connections. After a check, this page names it, like “Avast Web/Mail Shield”.",
    "Open that program's settings.",
    "Turn off its scanning of secure email. It is often called Mail Shield, email protection or SSL scanning.",
    "Test again. If it works, leave that scanning off, or exclude smtp.gmail.com from it.",
    "On a work network, ask your IT team to exclude smtp.gmail.com from their connection filter.",
  ],
  firstActionNaming: (program) =>
    `Find ${program}, the program that sealed the connection: usually an antivirus on this computer, or a company network filter.`,
  illustrations: ["antivirus-mail-shield"],
  checkFromThere: true,
  notes: [
    {
      title: "Where the setting is",
      intro: "Names change between versions. Look for these:",
      items: [
        "Avast and AVG: Settings, then Protection, then Core Shields, then Mail Shield. Turn off the scanning of SSL/TLS email.",
        "ESET: Advanced setup, then SSL/TLS (under Protections, or Web and email in older versions). Turn off SSL/TLS filtering, or exclude your program.",
        "Kaspersky: Settings, then Network settings, then Encrypted connections scanning. Choose not to scan encrypted connections, or add an exclusion.",
        "Other programs: look for “SSL scanning”, “HTTPS scanning”, “encrypted connection scanning” or “email protection”.",
      ],
    },
    {
      title: "No antivirus or proxy here?",
      items: ["Check that your computer's date and time are right: a wrong clock makes every certificate look expired or not yet valid."],
    },
    {
      title: "Why there's no way around this check",
      items: [
        "The certificate proves that the other end really is Google.",
        "Sending the password anyway would hand it to whatever intercepted the connection.",
      ],
    },
  ],
  elsewhere: {
    server: [
      "The security program that intercepted this check is on this computer (or its network). Your program runs on a web host or server, which likely has no such program: the check there may well pass.",
    ],
    device: [
      "The security program that intercepted this check is on this computer (or its network). Your device is probably not affected, unless it sits behind the same company filter.",
    ],
  },
  testAgain: { passwordHint: "Use the same password. It wasn't sent.", suggestsAppPassword: false },
};
