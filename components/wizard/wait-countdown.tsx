"use client";

import { useEffect, useState } from "react";
import { formatWait } from "@/lib/steps/wait-times";

/** Seconds left until `until` (ms since epoch), ticking once a second; 0 when over. */
const secondsUntil = (until: number | undefined) => (until ? Math.max(0, Math.ceil((until - Date.now()) / 1000)) : 0);

export function useSecondsLeft(until: number | undefined): number {
  const [seconds, setSeconds] = useState(() => secondsUntil(until));
  useEffect(() => {
    setSeconds(secondsUntil(until));
    if (!until) return;
    const timer = setInterval(() => {
      const s = secondsUntil(until);
      setSeconds(s);
      if (s === 0) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);
  return seconds;
}

/** The countdown beside the wait step's Test again button. Announced politely, not every second. */
export function WaitCountdown({ seconds, what = "Test again is ready" }: { seconds: number; what?: string }) {
  const mm = String(Math.floor(seconds / 60));
  const ss = String(seconds % 60).padStart(2, "0");
  return (
    <p className="text-sm" data-testid="countdown">
      <span aria-hidden="true" className="font-mono text-base tabular-nums">
        {mm}:{ss}
      </span>
      <span className="sr-only">About {formatWait(seconds)} left.</span> {what} when the countdown ends.
    </p>
  );
}

/** The wait step's first thing: a large clock counting down to when Test again is ready. */
export function BigCountdown({ seconds }: { seconds: number }) {
  const mm = String(Math.floor(seconds / 60));
  const ss = String(seconds % 60).padStart(2, "0");
  return (
    <div
      className="flex items-center gap-4 rounded-xl bg-amber-50 p-4 text-amber-950 dark:bg-amber-900/30 dark:text-amber-100"
      data-testid="big-countdown"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-10 shrink-0 fill-current">
        <path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16zm0 2a6 6 0 1 1 0 12 6 6 0 0 1 0-12zm-1 2v5l4.2 2.5.8-1.3-3.5-2.1V6z" />
      </svg>
      {seconds > 0 ? (
        <p className="flex flex-col">
          <span aria-hidden="true" className="font-mono text-4xl font-semibold tabular-nums">
            {mm}:{ss}
          </span>
          <span className="sr-only">About {formatWait(seconds)} left.</span>
          <span>until you can test again. Don&apos;t try before then.</span>
        </p>
      ) : (
        <p className="text-lg font-semibold">The wait is over: test again below, once.</p>
      )}
    </div>
  );
}
