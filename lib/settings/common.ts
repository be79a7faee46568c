// What every program's settings share: the addresses, the one name the password goes by,
// and the notes that hold for Gmail whatever the program (docs/gmail-replies.md,
// "Sending, after the login" and "Account facts").
import type { ProvenSettings, SettingField } from "./types";

/** The environment variable code and command-line snippets read the app password from. */
export const PASSWORD_ENV = "GMAIL_APP_PASSWORD";

/** swaks reads any option from SWAKS_OPT_<name>: this one is --auth-password. */
export const SWAKS_PASSWORD_ENV = "SWAKS_OPT_auth_password";

/**
 * The terminal line that puts the password in the environment without leaving it in the
 * history, and what to do with it (macOS and Linux; PowerShell in the note below).
 */
export function shellPasswordSetup(name: string = PASSWORD_ENV): { intro: string; code: string } {
  return {
    intro:
      "In a terminal (macOS or Linux), run this line, paste your app password and press Enter. Nothing shows as you paste, " +
      "the password stays out of your shell history, and it lasts until you close that terminal.",
    code: `read -rs ${name} && export ${name}`,
  };
}

/** The same on Windows: PowerShell 7 masks what is typed with -MaskInput. */
export function powershellPasswordNote(name: string = PASSWORD_ENV): string {
  return `On Windows, in PowerShell 7: $env:${name} = Read-Host -MaskInput "App password" (then run the rest in that window).`;
}

export function fromAddress(s: ProvenSettings): string {
  return s.from ?? s.username;
}

export function toAddress(s: ProvenSettings): string {
  return s.to ?? s.username;
}

/** The subject every runnable snippet sends, by program. */
export function testSubject(program: string): string {
  return `Test mail from ${program}`;
}

export const TEST_BODY = "If you can read this, your Gmail SMTP settings work.";

/** Gmail sends as the account that logged in; another From needs a verified alias. */
export function senderNote(s: ProvenSettings): string {
  const from = fromAddress(s);
  const alias =
    from === s.username
      ? ""
      : ` You chose ${from} as the From address: it must be one of this account's verified “Send mail as” addresses.`;
  return (
    `Gmail sends as ${s.username}. Another From address works only if it is a verified “Send mail as” alias ` +
    `in Gmail's settings (Settings → Accounts).${alias}`
  );
}

/**
 * The notes under a script that reads the password from the environment: how to set it in
 * PowerShell, the From address, what the mode's setting means, and where the password comes from.
 */
export function scriptNotes(s: ProvenSettings, modeNote: string, readsPassword = `from ${PASSWORD_ENV}`): string[] {
  return [
    powershellPasswordNote(),
    senderNote(s),
    modeNote,
    `The script reads the password ${readsPassword}; it is never written in the file.`,
  ];
}

export const APP_PASSWORD_NOTE =
  "In your program's password box, paste the 16-letter app password you just checked (spaces don't matter). " +
  "Lost it? Make a new one at myaccount.google.com/apppasswords.";

/** The password box of a program with a settings screen: empty, never copied. */
export function passwordField(label: string, note: string = APP_PASSWORD_NOTE): SettingField {
  return { label, value: "", note, copy: false };
}

/** A value to type or pick, with a copy button. */
export function textField(label: string, value: string, note?: string): SettingField {
  return note === undefined ? { label, value, copy: true } : { label, value, note, copy: true };
}

/** An option to pick from a menu or a set of tiles: nothing to copy. */
export function choiceField(label: string, value: string, note?: string): SettingField {
  return note === undefined ? { label, value, copy: false, choose: true } : { label, value, note, copy: false, choose: true };
}

/** An on/off switch or checkbox, shown as a word; nothing to copy. */
export function switchField(label: string, on: boolean, note?: string): SettingField {
  const value = on ? "On" : "Off";
  return note === undefined ? { label, value, copy: false } : { label, value, note, copy: false };
}

/** The comment above an empty password line in a .env file. */
export const DOTENV_PASSWORD_COMMENT =
  "# Paste your app password after the = as 16 letters with no spaces. A value with spaces would need quotes.";
