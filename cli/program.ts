import { Command, CommanderError, Option } from "commander";
import { type CheckOptions, checkCommand } from "./check";
import { EXIT } from "./exit-codes";
import { hasPasswordOption, PASSWORD_ARGUMENT_REFUSED, PASSWORD_ENV } from "./password";

declare const __WIZARD_VERSION__: string;

export interface ProgramSpec {
  /** The name in the help, e.g. "gmail-smtp-wizard" or "node gmail-smtp-check.mjs". */
  name: string;
  /** How to run a check again, shown after a verdict. */
  invocation: string;
  /** The package's command also starts the web wizard (the default); the single file only checks. */
  start?: () => Promise<void>;
}

// Hides the value of an --option=value that commander repeats in an error: it may be a
// password given under a name this program does not know.
const hideValues = (text: string) => text.replace(/(--?[A-Za-z][\w-]*)=\S+/g, "$1=…");

const AFTER_CHECK_HELP = `
The password is never an argument (ps and your shell history would show it):
  on a terminal you are asked for it, hidden; or set ${PASSWORD_ENV}; or pipe it in with --password-stdin.

Exit codes: 0 the login works; 1 Google refused the login; 2 wait and try again later;
  3 network (Gmail's server not reached); 4 TLS intercepted or clock wrong;
  5 not a Google account, or the wrong address; 6 not recognised;
  7 (--send-test) the login works but the test mail was refused; 64 usage or settings error.
`;

/** Parses the arguments and runs the command; resolves with the exit code, or null while the web wizard runs. */
export async function main(spec: ProgramSpec, argv = process.argv.slice(2)): Promise<number | null> {
  const io = { argv, env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, invocation: spec.invocation };
  if (hasPasswordOption(argv)) {
    process.stderr.write(`Error: ${PASSWORD_ARGUMENT_REFUSED}\n`);
    return EXIT.usage;
  }
  let code: number | null = EXIT.ok;
  const program = new Command(spec.name)
    .version(__WIZARD_VERSION__, "-V, --version")
    .exitOverride()
    .showHelpAfterError("(add --help to see how to use it)")
    .configureOutput({ outputError: (text, write) => write(hideValues(text)) });

  if (spec.start) {
    const start = spec.start;
    program.description("Find out why Gmail refuses your SMTP login, and fix it.");
    program
      .command("start", { isDefault: true })
      .description("start the web wizard on http://127.0.0.1:3000/ (the default; PORT and BROWSER=none as for npm start)")
      .action(async () => {
        await start();
        code = null;
      });
  } else {
    program.description("Find out why Gmail refuses your SMTP login, from this machine (the Gmail SMTP Wizard's check).");
  }
  program.addHelpText("after", `\nExample:\n  ${spec.invocation} check you@gmail.com\n\nMore: ${spec.invocation} check --help`);

  program
    .command("check", { isDefault: !spec.start })
    .description("log in to Gmail's SMTP server once and say why it refuses, and how to fix it")
    .argument("<address>", "your Gmail or Google Workspace address")
    .allowExcessArguments(true)
    .option("--json", "print the answer of the web wizard's POST /api/check as JSON, and nothing else")
    .addOption(new Option("--ipv4", "connect over IPv4 only").conflicts("ipv6"))
    .addOption(new Option("--ipv6", "connect over IPv6 only"))
    .addOption(new Option("--port <port>", "test only this port: 465 (TLS) or 587 (STARTTLS); default both").choices(["465", "587"]))
    .option("--password-stdin", "read the password from the first line of standard input")
    .addOption(
      new Option("--password-kind <kind>", "account (your normal password) or app (an app password); default: guessed").choices([
        "account",
        "app",
      ]),
    )
    .option("--send-test [to]", "after a login that works, send the test mail (to yourself, or to <to>)")
    .option("--transcript", "also print the dialogue with the server (the password hidden)")
    .option("--no-color", "no colours (also: NO_COLOR=1, or any output that is not a terminal)")
    .addHelpText("after", AFTER_CHECK_HELP)
    .action(async (address: string, options: CheckOptions, command: Command) => {
      code = await checkCommand(address, command.args.slice(1), options, io);
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help"
        ? EXIT.ok
        : EXIT.usage;
    }
    process.stderr.write(`The check failed unexpectedly (a bug): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return EXIT.software;
  }
  return code;
}

/** Runs main and exits with its code once the output is written (not while the web wizard runs). */
export function run(spec: ProgramSpec): void {
  // Output piped into a program that stopped reading (| head): stop quietly, as other commands do.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
  main(spec).then(
    (code) => {
      if (code !== null) process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = EXIT.software;
    },
  );
}
