"use client";

import { useEffect, useRef, useState } from "react";
import type { Phase } from "@/lib/smtp/types";
import { LADDER, ladderStates, type RungState } from "./ladder";

const MARK: Record<RungState, string> = { done: "✓", failed: "✗", active: "…", todo: "" };
const SAY: Record<RungState, string> = { done: "done", failed: "failed", active: "in progress", todo: "waiting" };

/** Shown while a check runs: each phase as it happens, and that it ends within 15 seconds. */
export function CheckingPanel({ phases, ports }: { phases: readonly Phase[]; ports: number }) {
  const [seconds, setSeconds] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = "Checking your login… – Gmail SMTP Wizard";
    // The button just pressed is gone for now: reading continues here.
    heading.current?.focus({ preventScroll: true });
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 500);
    return () => clearInterval(timer);
  }, []);
  const states = ladderStates(phases, ports);
  return (
    <div className="flex flex-col gap-3" data-testid="checking">
      <h2 ref={heading} tabIndex={-1} className="flex items-center gap-3 text-xl font-semibold outline-none">
        <span
          aria-hidden="true"
          className="size-5 animate-spin rounded-full border-2 border-blue-700 border-t-transparent motion-reduce:animate-none dark:border-blue-400 dark:border-t-transparent"
        />
        Talking to Gmail&apos;s mail server…
      </h2>
      <ol className="flex flex-col gap-1.5" aria-label="Progress of the check">
        {LADDER.map(({ name, label }, i) => {
          const state = states[i] ?? "todo";
          return (
            <li
              key={name}
              data-phase-step={name}
              data-state={state}
              className={`flex items-center gap-2 ${state === "todo" ? "text-zinc-500 dark:text-zinc-400" : ""}`}
            >
              <span
                aria-hidden="true"
                className={`inline-flex size-6 items-center justify-center rounded-full border text-sm ${state === "done" ? "border-green-700 text-green-700 dark:border-green-400 dark:text-green-400" : state === "failed" ? "border-red-700 text-red-700 dark:border-red-400 dark:text-red-400" : state === "active" ? "border-blue-700 text-blue-700 dark:border-blue-400 dark:text-blue-400" : "border-zinc-400"}`}
              >
                {MARK[state]}
              </span>
              <span className={state === "active" ? "font-medium" : ""}>{label}</span>
              <span className="sr-only">: {SAY[state]}</span>
            </li>
          );
        })}
      </ol>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {seconds > 0 && <span className="tabular-nums">{seconds} s so far. </span>}A check never takes more than 15 seconds.
      </p>
    </div>
  );
}
