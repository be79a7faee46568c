"use client";

import { useEffect, useId, useState } from "react";
import { CodeBlock } from "@/components/ui/code-block";
import { CopyButton } from "@/components/ui/copy-button";
import { StatusIcon } from "@/components/ui/status-icon";
import type { PasswordKind } from "@/lib/diagnosis/ids";
import { PROGRAMS, programSettings } from "@/lib/settings";
import type { ProgramId, ProvenSettings, SettingField, Snippet } from "@/lib/settings/types";

const PROGRAM_KEY = "gmailSmtpWizard.program";
const GROUPS = ["WordPress", "Apps", "Code", "Command line"] as const;
const isProgram = (v: string | null): v is ProgramId => PROGRAMS.some((p) => p.id === v);

const COPY_WHAT: Record<Snippet["language"], string> = {
  python: "script",
  javascript: "script",
  php: "script",
  yaml: "YAML",
  dotenv: "lines",
  shell: "command",
};

function FieldRow({ f }: { f: SettingField }) {
  const password = f.value === "" && !f.choose;
  return (
    <div
      key={f.label}
      className="flex flex-col gap-1 p-3 sm:grid sm:grid-cols-[12rem_1fr_auto] sm:items-center sm:gap-4"
      data-field={f.label}
    >
      <dt className="font-medium">
        {password && <StatusIcon kind="key" className="mr-1 size-4 align-[-2px]" />}
        {f.label}
      </dt>
      <dd className="flex min-w-0 flex-col gap-1">
        {f.value && (
          <code className="self-start rounded bg-zinc-100 px-1.5 py-0.5 [overflow-wrap:anywhere] dark:bg-zinc-800">{f.value}</code>
        )}
        {f.choose && <span className="text-sm text-zinc-700 dark:text-zinc-300">Choose this option.</span>}
        {f.note && <span className="text-sm text-zinc-700 dark:text-zinc-300">{f.note}</span>}
      </dd>
      <dd className="sm:justify-self-end">{f.copy && f.value ? <CopyButton text={f.value} what={f.label} /> : null}</dd>
    </div>
  );
}

/** The proven settings in the words of the program the person uses; the choice is kept for the session. */
export function ProgramSettingsView({ proven, passwordKind }: { proven: ProvenSettings; passwordKind: PasswordKind }) {
  const id = useId();
  const [program, setProgram] = useState<ProgramId>("wp-mail-smtp");
  useEffect(() => {
    try {
      const saved = sessionStorage.getItem(PROGRAM_KEY);
      if (isProgram(saved)) setProgram(saved);
    } catch {
      // no storage: the first program
    }
  }, []);
  function choose(value: string) {
    if (!isProgram(value)) return;
    setProgram(value);
    try {
      sessionStorage.setItem(PROGRAM_KEY, value);
    } catch {
      // the choice lasts until the page is left
    }
  }
  const s = programSettings(program, proven);
  const snippet = s.snippet;
  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3" data-testid="program-settings" data-program={program}>
      <h3 id={`${id}-heading`} className="text-lg font-semibold">
        Settings for your program
      </h3>
      <p className="rounded-lg bg-amber-50 p-3 text-amber-950 dark:bg-amber-900/30 dark:text-amber-100" data-testid="password-reminder">
        {passwordKind === "app"
          ? "Paste the same app password into your program now: Google will not show it again."
          : "Use an app password in your program, not your normal password."}
      </p>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-program`} className="font-medium">
          Where will you use these settings?
        </label>
        <select
          id={`${id}-program`}
          value={program}
          onChange={(e) => choose(e.target.value)}
          className="min-h-11 rounded-lg border border-zinc-400 bg-white px-3 text-base dark:border-zinc-500 dark:bg-zinc-950"
        >
          {GROUPS.map((group) => (
            <optgroup key={group} label={group}>
              {PROGRAMS.filter((p) => p.group === group).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <p className="text-zinc-700 dark:text-zinc-300">{s.where}</p>
      <dl className="flex flex-col divide-y divide-zinc-200 rounded-xl border border-zinc-200 dark:divide-zinc-700 dark:border-zinc-700">
        {s.fields.map((f) => (
          <FieldRow key={f.label} f={f} />
        ))}
      </dl>
      {snippet && (
        <ol className="ml-6 flex list-decimal flex-col gap-4 marker:font-semibold" data-testid="snippet-steps">
          <li className="space-y-2">
            <p>{snippet.setup.intro}</p>
            {snippet.setup.code && (
              <CodeBlock
                code={snippet.setup.code}
                copy={snippet.language === "shell" || snippet.run ? "command" : "line"}
                what="the password setup"
                data-snippet-setup={snippet.id}
              />
            )}
          </li>
          <li className="space-y-2">
            <p>
              {snippet.file
                ? snippet.fileAction === "add"
                  ? `Add this to ${snippet.file}:`
                  : `Save this as ${snippet.file}:`
                : "Run this in the same terminal:"}
            </p>
            <CodeBlock
              code={snippet.code}
              copy={COPY_WHAT[snippet.language]}
              what={`the ${s.name} snippet`}
              data-snippet={snippet.id}
              data-language={snippet.language}
            />
          </li>
          {snippet.run && (
            <li className="space-y-2">
              <p>Run it in the same terminal:</p>
              <CodeBlock code={snippet.run} copy="command" what="the command that runs it" data-snippet-run={snippet.id} />
            </li>
          )}
        </ol>
      )}
      {s.notes.length > 0 && (
        <ul className="ml-5 flex list-disc flex-col gap-1 text-sm">
          {s.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
