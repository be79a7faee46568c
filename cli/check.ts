import { outcomeOf } from "@/lib/check/limited";
import { type RunOptions, runCheck } from "@/lib/check/run-check";
import { runSend } from "@/lib/check/run-send";
import { emailSchema, passwordSchema } from "@/lib/check/schema";
import type { CheckResponse, SendResponse } from "@/lib/check/types";
import { readSettings, SettingsError } from "@/lib/config/settings.mjs";
import type { PasswordKind } from "@/lib/diagnosis/ids";
import { createLimits } from "@/lib/guard/limits";
import type { Family } from "@/lib/smtp/resolve";
import { scrub, secretForms } from "@/lib/smtp/transcript";
import type { Phase, PortMode } from "@/lib/smtp/types";
import { checkArguments } from "@/lib/steps/run-there";
import { EXIT, exitCodeFor, exitCodeForSend } from "./exit-codes";
import { familyProblem } from "./family";
import { PASSWORD_ARGUMENT_REFUSED, readPassword } from "./password";
import { type Context, header, phaseLine, sendText, verdictText } from "./render";
import { colorsWanted, styleFor } from "./style";

// `check <address>`: the web wizard's check (lib/check/run-check.ts: the same probe, the same
// diagnosis, the same answer as POST /api/check) in a terminal.

export interface CheckOptions {
  json?: boolean;
  ipv4?: boolean;
  ipv6?: boolean;
  port?: "465" | "587";
  passwordStdin?: boolean;
  passwordKind?: PasswordKind;
  /** true (to the address itself) or another recipient. */
  sendTest?: boolean | string;
  transcript?: boolean;
}

export interface Io {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** How a person runs this program, e.g. "npx gmail-smtp-wizard" or "node gmail-smtp-check.mjs". */
  invocation: string;
}

/** The same check again, ready to paste: the address quoted for the shell, after "--" when it starts with "-". */
export function againCommand(invocation: string, email: string, options: string): string {
  return `${invocation} ${checkArguments(email, options)}`;
}

/** Runs the check; resolves with the exit code (docs/cli.md). */
export async function checkCommand(address: string, extra: readonly string[], options: CheckOptions, io: Io): Promise<number> {
  const colors = colorsWanted(io.stdout, io.env, io.argv);
  const s = styleFor(colors);
  const errStyle = styleFor(colorsWanted(io.stderr, io.env, io.argv));
  const fail = (message: string) => {
    io.stderr.write(`${errStyle.red("Error:")} ${message}\n`);
    return EXIT.usage;
  };
  // A second word after the address is almost always the password.
  if (extra.length) return fail(PASSWORD_ARGUMENT_REFUSED);

  let settings: ReturnType<typeof readSettings>;
  try {
    settings = readSettings(io.env);
  } catch (err) {
    if (err instanceof SettingsError) return fail(err.message);
    throw err;
  }
  const parsedEmail = emailSchema.safeParse(address);
  if (!parsedEmail.success) return fail(parsedEmail.error.issues[0]?.message ?? "This does not look like an email address.");
  const email = parsedEmail.data;
  const family: Family | null = options.ipv4 ? 4 : options.ipv6 ? 6 : null;
  if (family) {
    const problem = familyProblem(family, settings.smtp.host);
    if (problem) return fail(problem);
  }
  let sendTo: string | undefined;
  if (typeof options.sendTest === "string") {
    const parsedTo = emailSchema.safeParse(options.sendTest);
    if (!parsedTo.success) return fail(`--send-test: ${parsedTo.error.issues[0]?.message ?? "not an email address."}`);
    sendTo = parsedTo.data;
  }

  const read = await readPassword({
    email,
    passwordStdin: options.passwordStdin === true,
    env: io.env,
    stdin: io.stdin,
    promptOutput: io.stderr,
  });
  if (!read.ok) {
    if (read.reason === "cancelled") {
      io.stderr.write("Stopped: nothing was sent.\n");
      return EXIT.interrupted;
    }
    return fail(read.message);
  }
  const password = read.password;
  const parsedPassword = passwordSchema.safeParse(password);
  if (!parsedPassword.success) return fail(parsedPassword.error.issues[0]?.message ?? "Enter the password.");

  // Last line of defence: nothing this command prints may hold the password (the probe
  // already hides it in the transcript and every reply).
  const secrets = secretForms(email, password);
  const write = (text: string) => io.stdout.write(scrub(text, secrets));

  const only: PortMode | undefined = options.port === "465" ? "tls" : options.port === "587" ? "starttls" : undefined;
  const ports = only
    ? [only === "tls" ? settings.smtp.tlsPort : settings.smtp.starttlsPort]
    : [settings.smtp.tlsPort, settings.smtp.starttlsPort];
  const ctx: Context = {
    email,
    again: (extra = "") =>
      againCommand(io.invocation, email, `${options.port ? ` --port ${options.port}` : ""}${family ? ` --ipv${family}` : ""}${extra}`),
    wizardUrl: `http://127.0.0.1:${settings.port}/`,
    transcript: options.transcript === true,
    sending: Boolean(options.sendTest),
  };

  // Ctrl+C: no AUTH goes out any more, every socket is closed, and the command says so.
  const controller = new AbortController();
  const interrupt = () => controller.abort();
  process.once("SIGINT", interrupt);
  process.once("SIGTERM", interrupt);

  // The same per-account bookkeeping as the server's routes (lib/check/limited.ts), so the
  // answer carries the same retryAfter as POST /api/check's.
  const limits = createLimits();
  const onPhase = (phase: Phase) => {
    if (!options.json) write(`${phaseLine(phase, s)}\n`);
  };
  const runOptions: RunOptions = { onPhase, signal: controller.signal, ...(family ? { family } : {}) };
  // --port is the request's `mode`, as the web wizard's "Test port 587 alone" sends it.
  const input = {
    email,
    password,
    ...(options.passwordKind ? { passwordKind: options.passwordKind } : {}),
    ...(only ? { mode: only } : {}),
  };

  try {
    if (!options.json) write(`${header(email, settings.smtp.host, ports, family ? `IPv${family}` : null)}\n`);
    const check = await withLimits(limits, email, () => runCheck(input, runOptions));
    if (controller.signal.aborted) {
      io.stderr.write("Stopped: the check was interrupted, and every connection closed.\n");
      return EXIT.interrupted;
    }
    if (!options.sendTest || check.verdict !== "ok" || !check.smtp) {
      write(options.json ? json(options.sendTest ? { check } : check) : verdictText(check, ctx, s));
      if (options.sendTest && check.verdict !== "ok" && !options.json) write("No test mail was sent: the login does not work yet.\n");
      return exitCodeFor(check.verdict);
    }
    if (!options.json) write(verdictText(check, ctx, s));
    if (!options.json) write(`\nSending the test mail to ${sendTo ?? email}…\n`);
    const mode = check.smtp.mode;
    const send = await withLimits(limits, email, () => runSend({ ...input, mode, ...(sendTo ? { to: sendTo } : {}) }, runOptions));
    if (controller.signal.aborted) {
      io.stderr.write("Stopped: the test mail was interrupted, and every connection closed.\n");
      return EXIT.interrupted;
    }
    write(options.json ? json({ check, send }) : sendText(send, ctx, s));
    return exitCodeForSend(send.outcome);
  } finally {
    process.off("SIGINT", interrupt);
    process.off("SIGTERM", interrupt);
  }
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** One login within the account's limits, as lib/check/limited.ts does it for the routes. */
async function withLimits<R extends CheckResponse | SendResponse>(
  limits: ReturnType<typeof createLimits>,
  email: string,
  job: () => Promise<R>,
): Promise<R> {
  const slot = limits.acquire(email);
  if (!slot.ok) throw new Error(`unexpected refusal by the account's limits: ${slot.reason}`);
  let result: R | undefined;
  try {
    result = await job();
  } finally {
    slot.release(result ? outcomeOf(result) : undefined);
  }
  const wait = limits.lockedFor(email);
  return wait > 0 ? { ...result, retryAfter: wait } : result;
}
