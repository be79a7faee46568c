"use client";

import { RUNS_ON_LABELS } from "@/lib/steps/runs-on";
import type { RunsOn } from "@/lib/steps/types";
import { ChoiceField } from "./choice-field";

/** "Where does your program run?": the check runs here; the advice names the machine that matters. */
export function RunsOnField({ value, onChange }: { value: RunsOn | undefined; onChange(value: RunsOn): void }) {
  return <ChoiceField legend="Where does your program run?" name="runs-on" choices={RUNS_ON_LABELS} value={value} onChange={onChange} />;
}
