"use client";

import { useEffect, useState } from "react";

const PHASES = ["Find smtp.gmail.com", "Connect to ports 465 and 587", "Secure the connection (TLS)", "Wait for Google's greeting", "Log in, once"];

/** Shown while a check runs: what is happening, and that it ends within 15 seconds. */
export function CheckingPanel() {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 500);
    return () => clearInterval(timer);
  }, []);
  return (
    <div role="status" className="flex flex-col gap-3" data-testid="checking">
      <p className="flex items-center gap-3 font-medium">
        <span aria-hidden="true" className="size-5 animate-spin rounded-full border-2 border-blue-700 border-t-transparent motion-reduce:animate-none dark:border-blue-400 dark:border-t-transparent" />
        Talking to Gmail&apos;s mail server… {seconds > 0 && <span className="tabular-nums">{seconds} s</span>}
      </p>
      <ol className="ml-6 list-decimal text-sm text-zinc-700 dark:text-zinc-300">
        {PHASES.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ol>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">This takes a few seconds, never more than 15.</p>
    </div>
  );
}
