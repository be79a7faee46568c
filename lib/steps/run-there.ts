// The commands that run this check on the machine where the person's program runs (a web
// host, a VPS, a NAS): the single file the web app serves, with plain Node, in Docker, or
// from the published package (docs/cli.md). The address goes into a shell command, so
// anything beyond the usual address characters is single-quoted.

/** The single-file check's name, as served at /gmail-smtp-check.mjs and run on the server. */
export const SINGLE_FILE = "gmail-smtp-check.mjs";

/** The word as the shell should see it: as is when plain, else in single quotes. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9@._+=:,/-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * "check <address> [options]", quoted for the shell; an address that starts with "-" comes
 * last, after "--", so it is not read as an option (and the options come before it).
 */
export function checkArguments(email: string, options = ""): string {
  const address = shellQuote(email);
  return email.startsWith("-") ? `check${options} -- ${address}` : `check ${address}${options}`;
}

export interface RunThereCommands {
  /** Copies the downloaded file to the server (run on this computer). */
  copy: string;
  /** Runs it there with Node 20 or newer. */
  node: string;
  /** Runs it there in Node's Docker image, for a machine without Node. */
  docker: string;
  /** Runs it from the published package. */
  npx: string;
}

export function runThereCommands(email: string): RunThereCommands {
  const check = checkArguments(email.trim() || "you@gmail.com");
  return {
    copy: `scp ${SINGLE_FILE} you@your-server:`,
    node: `node ${SINGLE_FILE} ${check}`,
    docker: `docker run --rm -it -v "$PWD:/w" -w /w node:22-alpine node ${SINGLE_FILE} ${check}`,
    npx: `npx gmail-smtp-wizard ${check}`,
  };
}
