"use client";

import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { PasswordKind } from "@/lib/diagnosis/ids";
import { isAppPasswordShape } from "@/lib/steps/password";
import { ChoiceField } from "./choice-field";
import { EmailField } from "./email-field";
import { PasswordField } from "./password-field";
import type { OnePort } from "./views";

export interface FormError {
  field: string | null;
  message: string;
}

export interface CheckFormProps {
  email: string;
  onEmailChange(email: string): void;
  /** Runs the check; resolves true once a login was tried (the password is then cleared), false when it was refused before (kept). */
  onSubmit(email: string, password: string, passwordKind?: PasswordKind, only?: OnePort): Promise<boolean>;
  busy: boolean;
  error: FormError | null;
  submitLabel: string;
  passwordLabel?: string;
  passwordHint?: string;
  /** Extra reason the button is not ready yet (the wait step's countdown). */
  blocked?: ReactNode;
  /** The first page asks which kind of password this is, and leads with the app password. */
  askKind?: { onSetUpAppPassword(): void };
  /** More questions after the password (the first page's "Where does your program run?"). */
  extra?: ReactNode;
  /** A second button that tests one port only (after 465's certificate was refused: 587 alone). */
  alternative?: { title: string; hint: string; label: string; only: OnePort };
}

/** In the order shown: the app password first, the kind that works. */
const KIND_LABELS: Readonly<Record<PasswordKind, string>> = { app: "A 16-letter app password", account: "My normal Google password" };

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
  askKind,
  extra,
  alternative,
}: CheckFormProps) {
  const [password, setPassword] = useState("");
  // The kind the person chose; until then, what the password looks like (16 letters: an app password).
  const [chosenKind, setChosenKind] = useState<PasswordKind | undefined>();
  const kind: PasswordKind = chosenKind ?? (isAppPasswordShape(password) ? "app" : "account");
  const anyway = !!askKind && kind === "account" && password !== "";
  const [interactive, setInteractive] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // A check refused before any login: focus goes to what to correct (the field, or the message).
  useEffect(() => {
    if (!error) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-form-error]')?.focus();
  }, [error]);

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

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run();
  }

  async function run(only?: OnePort) {
    if (busy || blocked) return;
    const tried = await onSubmit(email.trim(), password, askKind ? kind : undefined, only);
    // A refused address keeps the password; once a login was tried it is gone from the page.
    if (tried !== false) setPassword("");
  }

  return (
    <form ref={formRef} onSubmit={submit} method="post" noValidate className="flex flex-col gap-4" aria-busy={busy}>
      <EmailField value={email} onChange={onEmailChange} error={error?.field === "email" ? error.message : null} />
      {askKind && (
        <ChoiceField
          legend="Is this your normal Google password, or a 16-letter app password?"
          name="password-kind"
          choices={KIND_LABELS}
          value={kind}
          onChange={setChosenKind}
        />
      )}
      <PasswordField
        label={passwordLabel}
        value={password}
        onChange={setPassword}
        inputRef={passwordRef}
        hint={passwordHint}
        error={error?.field === "password" ? error.message : null}
      />
      {askKind && anyway && (
        <div
          className="flex flex-col gap-2 rounded-xl bg-blue-50 p-4 text-blue-950 dark:bg-blue-950 dark:text-blue-100"
          data-testid="normal-password-note"
        >
          <p>
            A normal password can no longer work here, for any Google account: Google wants an app password. Making one takes about 5
            minutes.
          </p>
          <p>
            You can still check it: Google&apos;s answer tells whether 2-Step Verification is already on, and the next steps skip what is
            done.
          </p>
          <div>
            <Button onClick={askKind.onSetUpAppPassword}>Make an app password first</Button>
          </div>
        </div>
      )}
      {extra}
      {error && error.field !== "email" && error.field !== "password" && (
        <p role="alert" tabIndex={-1} data-form-error className="text-sm font-medium text-red-700 outline-none dark:text-red-400">
          {error.message}
        </p>
      )}
      <p className="flex items-start gap-2 text-sm text-zinc-600 dark:text-zinc-400">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0 fill-current">
          <path d="M10 1a5 5 0 0 0-5 5v3H4a1 1 0 0 0-1 1v8a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1v-8a1 1 0 0 0-1-1h-1V6a5 5 0 0 0-5-5zm-3 8V6a3 3 0 1 1 6 0v3H7z" />
        </svg>
        <span>Your password goes only to Google&apos;s mail server, for this one check. It is never stored.</span>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        {/* With a normal password the app-password path leads; the check stays, one step back. */}
        <Button type="submit" look={anyway ? "secondary" : "primary"} disabled={!interactive || busy || !!blocked}>
          {busy ? "Checking…" : anyway ? "Check it anyway" : submitLabel}
        </Button>
        {blocked}
      </div>
      {alternative && (
        <section
          aria-labelledby="alternative-title"
          className="flex flex-col items-start gap-2 rounded-xl border border-zinc-300 p-4 dark:border-zinc-600"
          data-testid="alternative"
        >
          <h4 id="alternative-title" className="font-semibold">
            {alternative.title}
          </h4>
          <p id="alternative-hint">{alternative.hint}</p>
          <Button
            look="secondary"
            aria-describedby="alternative-hint"
            onClick={() => void run(alternative.only)}
            disabled={!interactive || busy || !!blocked}
          >
            {alternative.label}
          </Button>
        </section>
      )}
    </form>
  );
}
