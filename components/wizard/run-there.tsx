"use client";

import { CodeBlock } from "@/components/ui/code-block";
import { runThereCommands, SINGLE_FILE } from "@/lib/steps/run-there";
import { RUNS_ON_NAMES, runsElsewhere } from "@/lib/steps/runs-on";
import type { RunsOn } from "@/lib/steps/types";

/**
 * The same check, run on the machine where the program runs: download the single file, copy
 * it there, run it with Node (or in Docker, or from the package). Open when the person said
 * the program runs elsewhere; folded otherwise.
 */
export function RunThere({ email, runsOn }: { email: string; runsOn?: RunsOn | undefined }) {
  const commands = runThereCommands(email);
  const elsewhere = runsElsewhere(runsOn);
  const where = elsewhere ? RUNS_ON_NAMES[runsOn] : "your server";
  return (
    <details
      open={elsewhere}
      className="rounded-xl border border-zinc-200 p-4 max-sm:-mx-5 max-sm:rounded-none max-sm:border-x-0 max-sm:px-5 dark:border-zinc-700"
      data-testid="run-there"
    >
      <summary className="cursor-pointer text-lg font-semibold">
        {elsewhere ? `Run the same check on ${where}` : "Does your program run on a server? Check from there"}
      </summary>
      <div className="mt-3 flex flex-col gap-4">
        <p>
          This check ran on this computer. A program on a web host, a server or a device can still be blocked there. The same check runs
          there as one file that needs only Node 20 or newer; it asks for the password without showing it.
        </p>
        <p data-testid="no-command-line">
          No command line there, as on most shared WordPress hosting? Use your program&apos;s own test instead: paste the settings, then
          send a test mail from the program (in WP Mail SMTP: Tools, then Email Test). If it fails to connect, ask your host whether
          outgoing ports 465 and 587 are open.
        </p>
        <ol className="ml-6 flex list-decimal flex-col gap-4 marker:font-semibold">
          <li className="flex flex-col gap-2">
            <span>
              Download the check:{" "}
              <a href={`/${SINGLE_FILE}`} download className="font-medium text-blue-700 underline dark:text-blue-400" data-download>
                {SINGLE_FILE}
              </a>
            </span>
          </li>
          <li className="flex flex-col gap-2">
            <span>Copy it to {where}, for example with scp (or your host&apos;s file manager):</span>
            <CodeBlock code={commands.copy} copy="command" what="copy the file to the server" data-command="copy" />
          </li>
          <li className="flex flex-col gap-2">
            <span>On {where}, in the folder with the file, run:</span>
            <CodeBlock code={commands.node} copy="command" what="run the check with Node" data-command="node" />
          </li>
        </ol>
        <div className="flex flex-col gap-2">
          <p>No Node there, but Docker? Run it in Node&apos;s image instead:</p>
          <CodeBlock code={commands.docker} copy="command" what="run the check in Docker" data-command="docker" />
        </div>
        <div className="flex flex-col gap-2">
          <p>Or, where npm can fetch the published package:</p>
          <CodeBlock code={commands.npx} copy="command" what="run the check with npx" data-command="npx" />
        </div>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Never put the password in the command itself: other users of the server could read it, and the shell keeps it in its history.
        </p>
      </div>
    </details>
  );
}
