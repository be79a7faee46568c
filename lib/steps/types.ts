import type { StepId, VerdictId } from "@/lib/diagnosis/ids";

// The drawings of the screens a person meets while fixing the login. The same strings, in
// the same order, as components/illustrations/ids.ts, which draws one SVG per id.
export const ILLUSTRATION_IDS = [
  "google-sign-in",
  "less-secure-apps-unavailable",
  "two-step-verification-page",
  "app-passwords-page",
  "app-password-dialog",
  "security-alert",
  "wait-clock",
  "network-blocked",
  "antivirus-mail-shield",
  "wrong-provider",
  "send-mail-as",
  "computer-clock",
] as const;

export type IllustrationId = (typeof ILLUSTRATION_IDS)[number];

/** The button that opens the exact Google page in a new tab. */
export interface GoogleLink {
  href: string;
  label: string;
}

/** A side box under the actions, e.g. what to do when Google says a setting is unavailable. */
export interface StepNote {
  title: string;
  items: readonly string[];
  intro?: string;
  /** Shown only after these verdicts (when the step is reached from a check); always when opened directly. */
  forVerdicts?: readonly VerdictId[];
}

/** Where the person's program runs: the check always runs on this computer. */
export type RunsOn = "this-computer" | "server" | "device";

export interface ChecklistItem {
  title: string;
  actions: readonly string[];
  link?: GoogleLink;
  illustration?: IllustrationId;
  /** A line for a person who has already done this item. */
  alreadyDone?: string;
}

export interface FixStep {
  id: StepId;
  /** Short, in the person's words. */
  title: string;
  /** One or two sentences: why this is the fix. */
  why: string;
  /** Numbered actions, plain text, one instruction each. */
  actions: readonly string[];
  /** Only where a Google page exists for it. */
  link?: GoogleLink;
  /** One or two, in the order shown. */
  illustrations: readonly IllustrationId[];
  notes?: readonly StepNote[];
  /** The step that naturally follows, e.g. two-step-verification → app-password. */
  next?: StepId;
  /** Which button leads: the Google page (default), the next step, or none (the fix is to wait). */
  primary?: "link" | "next" | "none";
  /** The "Test again" field: what to paste there; null where no test could pass yet (the step before the app password). */
  testAgain: { passwordHint: string; suggestsAppPassword: boolean } | null;
  /** A short checklist done in order on this one page, each item ticked as the person goes; the last is the test. */
  checklist?: readonly ChecklistItem[];
  /** Background kept out of the way: a collapsed "Why …?" section. */
  whyNot?: { title: string; items: readonly string[]; illustration?: IllustrationId };
  /** What differs when the person's program runs on a server or a device rather than this computer. */
  elsewhere?: Readonly<Partial<Record<RunsOn, readonly string[]>>>;
  /** The first action once a check has named the program that sealed the connection (its issuer), instead of `actions[0]`. */
  firstActionNaming?: (program: string) => string;
  /** The answer depends on the machine's network: the step always offers the commands to run the check where the program runs. */
  checkFromThere?: true;
  /** What differs for a Google Workspace (work or school) account, shown when the address is one. */
  workspace?: readonly string[];
}
