"use client";

import { type Ref, useId, useState } from "react";
import { isAppPasswordShape, passwordWarnings } from "@/lib/steps/password";
import { FieldMessages, INPUT_CLASS } from "./field";

interface Props {
  label: string;
  value: string;
  onChange(value: string): void;
  inputRef?: Ref<HTMLInputElement>;
  error?: string | null;
  hint?: string;
}

/** The password box: show/hide, recognises an app password, warns about characters Google refuses. */
export function PasswordField({ label, value, onChange, inputRef, error, hint }: Props) {
  const id = useId();
  const [visible, setVisible] = useState(false);
  const appShaped = isAppPasswordShape(value);
  const notes = [
    ...(hint ? [{ id: "hint", tone: "hint" as const, text: hint }] : []),
    ...(appShaped ? [{ id: "app", tone: "info" as const, text: "Looks like an app password — spaces will be removed." }] : []),
    ...passwordWarnings(value).map((w) => ({ id: w.id, tone: "warning" as const, text: w.message })),
    ...(error ? [{ id: "error", tone: "error" as const, text: error }] : []),
  ];
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          ref={inputRef}
          name="password"
          type={visible ? "text" : "password"}
          autoComplete="current-password"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          required
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={notes.length ? `${id}-notes` : undefined}
          className={`${INPUT_CLASS} min-w-0 flex-1 font-mono`}
        />
        <button
          type="button"
          onClick={() => setVisible((v) => !v)}
          aria-pressed={visible}
          aria-controls={id}
          className="min-h-11 shrink-0 rounded-lg border border-zinc-300 px-3 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800"
        >
          {visible ? "Hide" : "Show"}
          <span className="sr-only"> password</span>
        </button>
      </div>
      <FieldMessages id={`${id}-notes`} notes={notes} />
    </div>
  );
}
