import type { PasswordKind } from "@/lib/diagnosis/ids";

// What may sit between the 16 letters of a pasted app password: ordinary spaces and tabs,
// and the no-break spaces a web page or document adds (U+00A0, U+2007, U+202F; all inside
// \s), plus zero-width characters (U+200B–U+200D, U+2060), which are never part of one.
const APP_PASSWORD_FILLER = /[\s\u200B-\u200D\u2060]/gu;
// Google shows app passwords as 16 lowercase letters. Uppercase is accepted too because
// people retype them, often with Caps Lock on: an all-uppercase one is lowercased, mixed
// case is left alone (it may be an account password that happens to be 16 letters).
const SIXTEEN_LETTERS = /^[A-Za-z]{16}$/;

function stripFiller(pw: string): string {
  return pw.replace(APP_PASSWORD_FILLER, "");
}

export function isAppPasswordShape(pw: string): boolean {
  return SIXTEEN_LETTERS.test(stripFiller(pw));
}

/**
 * The app password as Google made it: filler removed, and lowercase when it was typed all
 * in capitals. Anything that is not app-password shaped is returned unchanged, because
 * spaces and case matter in a normal account password (docs/gmail-replies.md#account-facts:
 * strip only when the input has the 16-letter shape).
 */
export function normalizeAppPassword(pw: string): string {
  if (!isAppPasswordShape(pw)) return pw;
  const letters = stripFiller(pw);
  return letters === letters.toUpperCase() ? letters.toLowerCase() : letters;
}

export function inferPasswordKind(pw: string): PasswordKind {
  return isAppPasswordShape(pw) ? "app" : "account";
}

export type PasswordWarningId = "non-ascii" | "leading-or-trailing-space" | "invisible-characters";

export interface PasswordWarning {
  id: PasswordWarningId;
  message: string;
}

// Google passwords are ASCII only and cannot start or end with a space
// (docs/gmail-replies.md#account-facts), so each of these means the password as typed
// cannot be the right one.
export const PASSWORD_WARNING_MESSAGES: Readonly<Record<PasswordWarningId, string>> = {
  "leading-or-trailing-space":
    "Your password starts or ends with a space. Google passwords never do, so it probably came along when you copied it.",
  "invisible-characters":
    "Your password contains an invisible character, such as a hidden space or line break. This usually comes from copying and pasting. Try typing it by hand.",
  "non-ascii":
    "Your password contains a character Google doesn't allow, such as an accented letter or curly quotes. This usually means the wrong keyboard layout is on, or the text was copied from a document.",
};

// Control, format (zero-width, soft hyphen, direction marks) and separator characters,
// except the ordinary space, which is a legal password character.
const INVISIBLE = /(?! )[\p{Cc}\p{Cf}\p{Z}]/u;
const INVISIBLE_ALL = /(?! )[\p{Cc}\p{Cf}\p{Z}]/gu;
const NON_ASCII = /[^\x20-\x7E]/u;
// Spaces (incl. no-break ones) at either end. U+FEFF is in \s too, but a pasted byte-order
// mark is an invisible character to the person, not a space, so it is reported as such.
const EDGE_SPACE = /^[^\S\uFEFF]|[^\S\uFEFF]$/u;
const EDGE_SPACES_ALL = /^[^\S\uFEFF]+|[^\S\uFEFF]+$/gu;

export function passwordWarnings(pw: string): readonly PasswordWarning[] {
  // A 16-letter app password with spaces or no-break spaces is fine: they are stripped.
  if (pw === "" || isAppPasswordShape(pw)) return [];
  const ids: PasswordWarningId[] = [];
  if (EDGE_SPACE.test(pw)) ids.push("leading-or-trailing-space");
  // The ends are covered above; look inside so one stray space is not reported twice.
  const inner = pw.replace(EDGE_SPACES_ALL, "");
  if (INVISIBLE.test(inner)) ids.push("invisible-characters");
  if (NON_ASCII.test(inner.replace(INVISIBLE_ALL, ""))) ids.push("non-ascii");
  return ids.map((id) => ({ id, message: PASSWORD_WARNING_MESSAGES[id] }));
}
