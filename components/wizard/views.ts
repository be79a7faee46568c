import type { CheckResponse } from "@/lib/check/types";
import { type PasswordKind, STEP_IDS, type StepId, type VerdictId } from "@/lib/diagnosis/ids";
import type { PortMode } from "@/lib/smtp/types";

// Where the person is in the wizard. Each view is one browser history entry with its own
// URL (?view=…), so Back/Forward move between them and a reload stays put. Neither the
// URL nor the entry's state ever holds the password or the address.

export type View = { name: "enter" } | { name: "verdict" } | { name: "step"; step: StepId } | { name: "done" };

/** What an entry carries besides its URL: the last check's answer (no secrets in it). */
export interface EntryData {
  result?: CheckResponse;
  /** For the wait step: when Test again may be pressed (ms since epoch). */
  waitUntil?: number;
  /** The checks so far in this tab, oldest first (verdicts and password kinds only), so a repeat can say "still". */
  tries?: readonly Try[];
  /** The check was a Test again from a fix step: the progress stays on Fix. */
  fixing?: boolean;
  /**
   * After "Test port 587 alone" (465's certificate was refused): later tests from fix steps go
   * to this port only, since both ports would stop at 465 again. The first page starts over.
   */
  onlyPort?: OnePort;
}

/** One port to test alone: its mode, and its number for the page's words. */
export interface OnePort {
  mode: PortMode;
  port: number;
}

export interface Try {
  verdict: VerdictId;
  passwordKind: PasswordKind;
  /** When the answer came (ms since epoch). */
  at: number;
  /** Which try this was for this address in this tab: 1, 2, … */
  n: number;
}

/** The tries kept: the last ten are enough to say what was tried. */
const KEPT_TRIES = 10;

/**
 * The list after one more check: numbered on from the last try, or from 1 when the address is
 * another one (another account's story), and kept to the last ten.
 */
export function addTry(tries: readonly Try[], answer: Omit<Try, "n">, sameAddress: boolean): Try[] {
  const before = sameAddress ? tries : [];
  return [...before, { ...answer, n: (before.at(-1)?.n ?? 0) + 1 }].slice(-KEPT_TRIES);
}

/** How many tries in a row, up to the last, got the same answer (1 when the last is new). */
export function repeatCount(tries: readonly Try[]): number {
  const last = tries.at(-1);
  if (!last) return 0;
  let n = 0;
  for (let i = tries.length - 1; i >= 0 && tries[i]?.verdict === last.verdict; i--) n++;
  return n;
}

export function viewToSearch(view: View): string {
  if (view.name === "enter") return "";
  return `?view=${view.name === "step" ? view.step : view.name}`;
}

export function viewFromSearch(search: string): View {
  const value = new URLSearchParams(search).get("view");
  if (value === "verdict" || value === "done") return { name: value };
  const step = STEP_IDS.find((id) => id === value);
  return step ? { name: "step", step } : { name: "enter" };
}

export function sameView(a: View, b: View): boolean {
  return a.name === b.name && (a.name !== "step" || (b.name === "step" && a.step === b.step));
}

/** The stage the progress indicator highlights, 0-based: login, check, result, fix, done. */
export function stageOf(view: View, checking: boolean, fixing = false): number {
  // Once fixing, a test again and its answer stay on Fix rather than dropping back.
  if (fixing && (checking || view.name === "verdict")) return 3;
  if (checking) return 1;
  return { enter: 0, verdict: 2, step: 3, done: 4 }[view.name];
}
