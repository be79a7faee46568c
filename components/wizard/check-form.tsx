"use client";

import { useEffect, useState, type FormEvent } from "react";
import type { ApiError, CheckResponse } from "@/lib/check/types";
import { ResultPanel } from "./result-panel";

type State =
  | { status: "idle" }
  | { status: "checking" }
  | { status: "done"; result: CheckResponse }
  | { status: "error"; field: string | null; message: string };

/** The address and password form; the password is only ever in this component's memory. */
export function CheckForm() {
  const [hydrated, setHydrated] = useState(false);
  const [state, setState] = useState<State>({ status: "idle" });
  useEffect(() => setHydrated(true), []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setState({ status: "checking" });
    try {
      const res = await fetch("/api/check", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ email: form.get("email"), password: form.get("password") }),
        cache: "no-store",
      });
      const body = (await res.json()) as CheckResponse | ApiError;
      if ("error" in body) setState({ status: "error", ...body.error });
      else setState({ status: "done", result: body });
    } catch {
      setState({ status: "error", field: null, message: "The app did not answer. Is it still running?" });
    }
  }

  const checking = state.status === "checking";
  const fieldError = (field: string) => (state.status === "error" && state.field === field ? state.message : null);
  const input =
    "w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-base dark:border-zinc-700 dark:bg-zinc-900";
  return (
    <>
      <form
        onSubmit={onSubmit}
        method="post"
        action="/api/check"
        className="flex flex-col gap-4 rounded-2xl border border-zinc-200 bg-white p-5 shadow-sm dark:border-zinc-800 dark:bg-zinc-900/60"
      >
        <label className="flex flex-col gap-1">
          <span className="font-medium">Gmail address</span>
          <input name="email" type="email" required autoComplete="username" spellCheck={false} className={input}
            aria-invalid={!!fieldError("email")} />
          {fieldError("email") && <span className="text-sm text-red-700 dark:text-red-400">{fieldError("email")}</span>}
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">Password or app password</span>
          <input name="password" type="password" required autoComplete="current-password" className={input}
            aria-invalid={!!fieldError("password")} />
          {fieldError("password") && <span className="text-sm text-red-700 dark:text-red-400">{fieldError("password")}</span>}
        </label>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Your password goes only to Google&apos;s mail server, for this one check. It is never stored.
        </p>
        <button type="submit" disabled={!hydrated || checking}
          className="self-start rounded-lg bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60">
          {checking ? "Checking…" : "Check my login"}
        </button>
      </form>
      <div aria-live="polite">
        {state.status === "error" && !state.field && <p role="alert">{state.message}</p>}
        {state.status === "done" && <ResultPanel result={state.result} />}
      </div>
    </>
  );
}
