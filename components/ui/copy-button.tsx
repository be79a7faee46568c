"use client";

import { useState } from "react";
import { Button } from "./button";

/** Copies `text`; says so where a screen reader hears it, and what to do when copying is not allowed. */
export function CopyButton({ text, label = "Copy", what }: { text: string; label?: string; what: string }) {
  const [state, setState] = useState<"" | "copied" | "failed">("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <Button look="secondary" className="min-h-9 px-3 py-1 text-sm" onClick={copy}>
        {label}
        <span className="sr-only"> ({what})</span>
      </Button>
      <span role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
        {state === "copied" ? "Copied" : state === "failed" ? "Select it and copy by hand" : ""}
      </span>
    </span>
  );
}
