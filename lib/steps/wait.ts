import { GOOGLE_URLS } from "./google-urls";
import type { FixStep } from "./types";

import { formatWait, WAIT_SECONDS } from "./wait-times";

export { formatWait, WAIT_SECONDS };

const tooMany = formatWait(WAIT_SECONDS["too-many-attempts"]);
const unavailable = formatWait(WAIT_SECONDS["google-unavailable"]);

export const waitStep: FixStep = {
  id: "wait",
  title: "Wait a little, then test again",
  why:
    "Google has paused logins for this account for a short time, after too many tries or because of a problem on its side. " +
    "Every try during the pause can make it last longer.",
  actions: [
    "Stop your program from retrying first: a plugin or script that tries again every few seconds keeps extending the pause. Turn it off or pause its sending.",
    `Wait about ${tooMany} after too many tries, or about ${unavailable} if Google had a problem. After a check, the Test again button counts down for you.`,
    "Then test again, once.",
  ],
  link: { href: GOOGLE_URLS.notifications, label: "Recent security activity" },
  // Waiting is the fix; the link is only for checking who else tries the account.
  primary: "none",
  illustrations: ["wait-clock"],
  notes: [
    {
      title: "Still paused after an hour?",
      items: [
        "Something may still be trying your account. Look for sign-ins you don't recognize on your Google security page.",
        "If you change your Google password, all your app passwords stop working. Make a new one afterwards.",
      ],
    },
  ],
  workspace: [
    "Your address is a Google Workspace account: it may send about 2,000 messages a day (a Gmail account about 500). Its administrator can see what is sending in the Admin console's email log search.",
  ],
  testAgain: {
    passwordHint: "Use the same password. The button waits out the pause first.",
    suggestsAppPassword: false,
  },
};
