"use client";

import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { EmailField } from "./email-field";
import { PasswordField } from "./password-field";

export interface FormError {
  field: string | null;
  message: string;
}

export interface CheckFormProps {
  email: string;
  onEmailChange(email: string): void;
  onSubmit(email: string, password: string): void;
  busy: boolean;
  error: FormError | null;
  submitLabel: string;
  passwordLabel?: string;
  passwordHint?: string;
  /** Extra reason the button is not ready yet (the wait step's countdown). */
  blocked?: ReactNode;
}

/**
 * Address + password. The password lives in this component's state only: it is cleared
 * after each check and when the page is hidden or left (pagehide), so Back from another
 * site shows an empty box.
 */
export function CheckForm({
  email,
  onEmailChange,
  onSubmit,
  busy,
  error,
  submitLabel,
  passwordLabel = "Password or app password",
  passwordHint,
  blocked,
}: CheckFormProps) {
  const [password, setPassword] = useState("");
  const [interactive, setInteractive] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setInteractive(true);
    const clear = () => {
      setPassword("");
      // The page may be frozen into the back/forward cache before React renders again.
      if (passwordRef.current) passwordRef.current.value = "";
    };
    window.addEventListener("pagehide", clear);
    return () => window.removeEventListener("pagehide", clear);
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || blocked) return;
    onSubmit(email.trim(), password);
    setPassword("");
  }

  return (
    <form onSubmit={submit} method="post" noValidate className="flex flex-col gap-4" aria-busy={busy}>
      <EmailField value={email} onChange={onEmailChange} error={error?.field === "email" ? error.message : null} />
      <PasswordField
        label={passwordLabel}
        value={password}
        onChange={setPassword}
        inputRef={passwordRef}
        hint={passwordHint}
        error={error?.field === "password" ? error.message : null}
      />
      {error && error.field !== "email" && error.field !== "password" && (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {error.message}
        </p>
      )}
      <p className="flex items-start gap-2 text-sm text-zinc-600 dark:text-zinc-400">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0 fill-current">
          <path d="M10 1a5 5 0 0 0-5 5v3H4a1 1 0 0 0-1 1v8a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1v-8a1 1 0 0 0-1-1h-1V6a5 5 0 0 0-5-5zm-3 8V6a3 3 0 1 1 6 0v3H7z" />
        </svg>
        <span>Your password goes only to Google&apos;s mail server (smtp.gmail.com), for this one check. It is never stored.</span>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={!interactive || busy || !!blocked}>
          {busy ? "Checking…" : submitLabel}
        </Button>
        {blocked}
      </div>
    </form>
  );
}
