import { isCancel, password as promptPassword } from "@clack/prompts";

// Where the password comes from: a hidden prompt on a terminal, GMAIL_APP_PASSWORD, or the
// first line of standard input (--password-stdin). Never from the command line: every user
// of the machine can read a process's arguments (ps, /proc), and the shell keeps them in
// its history file.

export const PASSWORD_ENV = "GMAIL_APP_PASSWORD";

export const PASSWORD_ARGUMENT_REFUSED =
  "A password is never taken from the command line: every user of this machine can read it with ps, and your shell keeps it in its history. " +
  `Leave it out to type it at a hidden prompt, or set ${PASSWORD_ENV}, or pipe it in with --password-stdin.`;

// --password, --password=…, --pass, --passwd, --pw, -p and -pSECRET (a short option glued
// to its value). --port and --password-stdin are this program's own and pass.
const PASSWORD_OPTION = /^(?:--(?:password|passwd|pass|pw)(?:=.*)?|-p.*)$/i;

/** True when an argument tries to give the password (an option, not a positional). */
export function isPasswordOption(arg: string): boolean {
  return arg !== "--password-stdin" && PASSWORD_OPTION.test(arg);
}

/** The arguments before "--" that try to give a password as an option. */
export function hasPasswordOption(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === "--") return false;
    if (isPasswordOption(arg)) return true;
  }
  return false;
}

export type PasswordRead =
  | { ok: true; password: string; source: "stdin" | "env" | "prompt" }
  | { ok: false; reason: "usage"; message: string }
  | { ok: false; reason: "cancelled" };

interface Sources {
  email: string;
  passwordStdin: boolean;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadStream;
  /** Where the prompt is drawn: standard error, so standard output stays the result (--json). */
  promptOutput: NodeJS.WriteStream;
}

/** Reads the password from the first source that has one; says what to do when none has. */
export async function readPassword(s: Sources): Promise<PasswordRead> {
  if (s.passwordStdin && !s.stdin.isTTY) {
    const line = await firstLine(s.stdin);
    if (!line) return { ok: false, reason: "usage", message: "--password-stdin: standard input had no password on its first line." };
    return { ok: true, password: line, source: "stdin" };
  }
  const fromEnv = s.env[PASSWORD_ENV];
  if (!s.passwordStdin && fromEnv) {
    // Nothing this process starts needs it.
    delete s.env[PASSWORD_ENV];
    return { ok: true, password: fromEnv, source: "env" };
  }
  if (!s.stdin.isTTY) {
    return {
      ok: false,
      reason: "usage",
      message: `No password: there is no terminal to ask for it. Set ${PASSWORD_ENV}, or pipe it in with --password-stdin.`,
    };
  }
  // A terminal that reports no width (some containers' consoles) would get one character per
  // line: the prompt wraps at the width of standard output.
  for (const out of [s.promptOutput, process.stdout]) if (out.isTTY && !out.columns) out.columns = 80;
  const typed = await promptPassword({
    message: `Password for ${s.email} (hidden; an app password is 16 letters, spaces don't matter)`,
    input: s.stdin,
    output: s.promptOutput,
    validate: (value) => (value ? undefined : "Type the password, or press Ctrl+C to stop."),
  });
  if (isCancel(typed)) return { ok: false, reason: "cancelled" };
  return { ok: true, password: typed, source: "prompt" };
}

/** The first line of a stream (without its line end), or "" when it ends first. Stops reading after it. */
function firstLine(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    const done = (value: string) => {
      stream.off("data", onData);
      stream.off("end", onEnd);
      stream.off("error", reject);
      stream.pause();
      resolve(value);
    };
    const onData = (chunk: Buffer | string) => {
      text += chunk.toString();
      const end = text.indexOf("\n");
      if (end >= 0) done(text.slice(0, end).replace(/\r$/, ""));
    };
    const onEnd = () => done(text.replace(/\r$/, ""));
    stream.on("data", onData);
    stream.once("end", onEnd);
    stream.once("error", reject);
  });
}
