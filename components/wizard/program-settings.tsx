"use client";

import { useEffect, useId, useState } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import type { PasswordKind } from "@/lib/diagnosis/ids";
import { PROGRAMS, programSettings } from "@/lib/settings";
import type { ProgramId, ProvenSettings } from "@/lib/settings/types";

const PROGRAM_KEY = "gmailSmtpWizard.program";
const GROUPS = ["WordPress", "Apps", "Code", "Command line"] as const;
const isProgram = (v: string | null): v is ProgramId => PROGRAMS.some((p) => p.id === v);

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
  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3" data-testid="program-settings" data-program={program}>
      <h3 id={`${id}-heading`} className="text-lg font-semibold">
        Settings for your program
      </h3>
      <p className="rounded-lg bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-100">
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
          <div key={f.label} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-start sm:gap-4" data-field={f.label}>
            <dt className="font-medium sm:w-48 sm:shrink-0">{f.label}</dt>
            <dd className="flex min-w-0 flex-1 flex-col gap-1">
              {f.value && (
                <span className="flex flex-wrap items-center gap-2">
                  <code className="rounded bg-zinc-100 px-1.5 py-0.5 [overflow-wrap:anywhere] dark:bg-zinc-800">{f.value}</code>
                  {f.copy && <CopyButton text={f.value} what={f.label} />}
                </span>
              )}
              {f.note && <span className="text-sm text-zinc-700 dark:text-zinc-300">{f.note}</span>}
            </dd>
          </div>
        ))}
      </dl>
      {s.snippet && (
        <div className="flex flex-col gap-2">
          <p className="font-medium">First, give it the password without writing it down:</p>
          <pre
            className="overflow-x-auto rounded-lg bg-zinc-100 p-3 text-sm dark:bg-zinc-800"
            data-snippet-setup={s.snippet.id}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a box that scrolls sideways must be reachable by keyboard.
            tabIndex={0}
          >
            {s.snippet.setup}
          </pre>
          <CopyButton text={s.snippet.setup} what="the password setup" />
          <p className="font-medium">{s.snippet.file ? `Then save this as ${s.snippet.file}:` : "Then:"}</p>
          <pre
            className="overflow-x-auto rounded-lg bg-zinc-100 p-3 text-sm dark:bg-zinc-800"
            data-snippet={s.snippet.id}
            data-language={s.snippet.language}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a box that scrolls sideways must be reachable by keyboard.
            tabIndex={0}
          >
            {s.snippet.code}
          </pre>
          <CopyButton text={s.snippet.code} what={`the ${s.name} snippet`} />
        </div>
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
