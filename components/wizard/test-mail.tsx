"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { StatusIcon } from "@/components/ui/status-icon";
import { requestSend } from "@/lib/check/client";
import type { SendResponse } from "@/lib/check/types";
import { isLoginVerdict, type StepId } from "@/lib/diagnosis/ids";
import type { Phase, PortMode } from "@/lib/smtp/types";
import { NOT_ARRIVED, sendCopy } from "@/lib/steps/send-copy";
import { getVerdictCopy } from "@/lib/steps/verdict-copy";
import { FieldMessages, INPUT_CLASS } from "./field";
import { PasswordField } from "./password-field";
import { ResultDetails } from "./result-details";

interface Props {
  email: string;
  mode: PortMode;
  /** The password that just worked, while the page still holds it; asked for again otherwise (after a reload). */
  password: string | undefined;
  onSent(result: SendResponse): void;
  onFixStep(step: StepId): void;
}

type State =
  | { name: "idle" }
  | { name: "sending"; phases: Phase[] }
  | { name: "done"; result: SendResponse }
  | { name: "error"; field: string | null; message: string };

const TONE = {
  good: "bg-green-50 text-green-950 dark:bg-green-950 dark:text-green-100",
  wait: "bg-amber-50 text-amber-950 dark:bg-amber-900/30 dark:text-amber-100",
  bad: "bg-red-50 text-red-950 dark:bg-red-950 dark:text-red-100",
} as const;

/** "Send me a test mail": from the address to itself (or another), over the mode that just worked. */
export function TestMail({ email, mode, password, onSent, onFixStep }: Props) {
  const id = useId();
  const [state, setState] = useState<State>({ name: "idle" });
  const [other, setOther] = useState(false);
  const [to, setTo] = useState("");
  const [typed, setTyped] = useState("");
  const [arrived, setArrived] = useState<"" | "yes" | "no">("");

  async function send() {
    if (state.name === "sending") return;
    setArrived("");
    setState({ name: "sending", phases: [] });
    const outcome = await requestSend(
      { email, password: password ?? typed, mode, ...(other && to.trim() ? { to: to.trim() } : {}) },
      (phase) => setState((s) => (s.name === "sending" ? { name: "sending", phases: [...s.phases, phase] } : s)),
    );
    setTyped("");
    if (!outcome.ok) return setState({ name: "error", field: outcome.field, message: outcome.message });
    setState({ name: "done", result: outcome.result });
    onSent(outcome.result);
  }

  const result = state.name === "done" ? state.result : undefined;
  const copy = result ? sendCopy(result.outcome) : null;
  const loginVerdict = result && isLoginVerdict(result.outcome) ? getVerdictCopy(result.outcome, result.passwordKind) : null;
  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3" data-testid="test-mail" data-outcome={result?.outcome ?? ""}>
      <h3 id={`${id}-heading`} className="text-lg font-semibold">
        Send yourself a test mail
      </h3>
      <p>
        One short message from <strong className="[overflow-wrap:anywhere]">{email}</strong> to{" "}
        {other && to.trim() ? <strong className="[overflow-wrap:anywhere]">{to.trim()}</strong> : "itself"}, sent the way your program will
        send it. It says that this wizard sent it and when, nothing else.
      </p>
      <div className="flex flex-col gap-1">
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={other} onChange={(e) => setOther(e.target.checked)} className="size-5" />
          Send it to another address
        </label>
        {other && (
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-to`} className="font-medium">
              Recipient
            </label>
            <input
              id={`${id}-to`}
              type="email"
              inputMode="email"
              autoComplete="email"
              value={to}
              onChange={(e) => setTo(e.target.value)}
              aria-invalid={state.name === "error" && state.field === "to" ? true : undefined}
              aria-describedby={state.name === "error" && state.field === "to" ? `${id}-to-notes` : undefined}
              className={INPUT_CLASS}
            />
            {state.name === "error" && state.field === "to" && (
              <FieldMessages id={`${id}-to-notes`} notes={[{ id: "error", tone: "error", text: state.message }]} />
            )}
          </div>
        )}
      </div>
      {password === undefined && (
        <PasswordField
          label="App password"
          value={typed}
          onChange={setTyped}
          hint="Paste the same app password again: this page never keeps it."
          error={state.name === "error" && state.field === "password" ? state.message : null}
        />
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={send} disabled={state.name === "sending"} look={result ? "secondary" : "primary"}>
          {state.name === "sending"
            ? "Sending…"
            : !result
              ? "Send me a test mail"
              : result.outcome === "daily-limit"
                ? "Try again later"
                : "Send another test mail"}
        </Button>
        {state.name === "sending" && (
          <span className="text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
            {state.phases.some((p) => p.name === "login" && p.ok) ? "Logged in, sending…" : "Logging in…"}
          </span>
        )}
      </div>
      {state.name === "error" && state.field !== "to" && state.field !== "password" && (
        <p role="alert" className="font-medium text-red-700 dark:text-red-400">
          {state.message}
        </p>
      )}
      <div aria-live="polite" className="mt-2 flex flex-col gap-3">
        {result && copy && (
          <div className={`flex flex-col gap-2 rounded-xl p-4 ${TONE[copy.tone]}`} data-send-outcome={result.outcome}>
            <p className="flex items-start gap-2 text-lg font-semibold">
              <StatusIcon kind={copy.tone} className="mt-1" />
              {copy.headline}
            </p>
            {copy.next.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        )}
        {result && loginVerdict && (
          <div className={`flex flex-col gap-2 rounded-xl p-4 ${TONE.bad}`} data-send-outcome={result.outcome}>
            <p className="flex items-start gap-2 text-lg font-semibold">
              <StatusIcon kind="bad" className="mt-1" />
              The login did not work this time. {loginVerdict.headline}
            </p>
            <p>{loginVerdict.meaning}</p>
            {result.step && (
              <div>
                <Button onClick={() => result.step && onFixStep(result.step)}>{loginVerdict.nextLabel}</Button>
              </div>
            )}
          </div>
        )}
      </div>
      {result?.outcome === "sent" && arrived === "" && (
        <fieldset className="flex flex-col gap-2">
          <legend className="font-medium">Did it arrive?</legend>
          <div className="flex flex-wrap gap-3">
            <Button onClick={() => setArrived("yes")}>Yes, it arrived</Button>
            <Button look="secondary" onClick={() => setArrived("no")}>
              No, not yet
            </Button>
          </div>
        </fieldset>
      )}
      {result?.outcome === "sent" && arrived === "yes" && (
        <div
          className="flex flex-col gap-2 rounded-xl bg-green-50 p-4 text-green-950 dark:bg-green-950 dark:text-green-100"
          data-testid="finished"
        >
          <p className="font-medium">
            ✓ It arrived. Finished: mail from this account goes out through Gmail. Put the settings below into your program.
          </p>
          <div>
            <Button look="secondary" onClick={() => setArrived("")}>
              Change my answer
            </Button>
          </div>
        </div>
      )}
      {result?.outcome === "sent" && arrived === "no" && (
        <div className="flex flex-col gap-2 rounded-xl bg-zinc-100 p-4 dark:bg-zinc-800" data-testid="not-arrived">
          <p className="font-semibold">It hasn't arrived yet. Where to look:</p>
          <ol className="ml-5 list-decimal">
            {NOT_ARRIVED.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
          {result.queueId && (
            <p className="text-sm">
              Google&apos;s id for this message, if you ask someone for help:{" "}
              <code className="[overflow-wrap:anywhere]">{result.queueId}</code>
            </p>
          )}
          <div>
            <Button look="secondary" onClick={() => setArrived("")}>
              Change my answer
            </Button>
          </div>
        </div>
      )}
      {result && <ResultDetails result={{ ...result, verdict: result.outcome }} title="Details: what Google said to the test mail" />}
    </section>
  );
}
