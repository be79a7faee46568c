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
