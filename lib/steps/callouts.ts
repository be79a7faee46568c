import type { IllustrationId } from "./types";

// The wizard's own words about a drawing, shown beside it rather than inside it: inside the
// drawn Google page a person would look for them on Google's real page and not find them.
export const CALLOUTS: Readonly<Partial<Record<IllustrationId, string>>> = {
  "less-secure-apps-unavailable": "No switch to turn on here: that's expected. Use an app password instead.",
  "app-password-dialog": "Shown only once: copy the 16 letters now, before you press Done.",
  "antivirus-mail-shield": "Turn this switch off, test again, then turn it back on if you like.",
};
