"use client";

import { RUNS_ON_LABELS } from "@/lib/steps/runs-on";
import type { RunsOn } from "@/lib/steps/types";

const CHOICES = Object.keys(RUNS_ON_LABELS) as RunsOn[];

/** "Where does your program run?": the check runs here; the advice names the machine that matters. */
export function RunsOnField({ value, onChange }: { value: RunsOn | undefined; onChange(value: RunsOn): void }) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-2 font-medium">Where does your program run?</legend>
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        {CHOICES.map((choice) => (
          <label
            key={choice}
            className="flex min-h-11 items-center gap-3 rounded-lg border border-zinc-300 px-3 has-checked:border-blue-700 has-checked:bg-blue-50 dark:border-zinc-600 dark:has-checked:border-blue-400 dark:has-checked:bg-blue-950"
          >
            <input
              type="radio"
              name="runs-on"
              value={choice}
              checked={value === choice}
              onChange={() => onChange(choice)}
              className="size-5 accent-blue-700 dark:accent-blue-400"
            />
            <span>{RUNS_ON_LABELS[choice]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
