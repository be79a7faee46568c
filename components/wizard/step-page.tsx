"use client";

import { Button } from "@/components/ui/button";
import type { CheckResponse } from "@/lib/check/types";
import type { StepId } from "@/lib/diagnosis/ids";
import { getStep } from "@/lib/steps";
import { untestedPortOffer } from "@/lib/steps/note-copy";
import type { RunsOn } from "@/lib/steps/types";
import { CheckForm, type CheckFormProps } from "./check-form";
import { StepView } from "./step-view";
import { BigCountdown, useSecondsLeft, WaitCountdown } from "./wait-countdown";

interface Props {
  step: StepId;
  result?: CheckResponse;
  /** For the wait step: when Test again may be pressed (ms since epoch). */
  waitUntil?: number;
  runsOn?: RunsOn;
  /** Tests from here go to this port only (after "Test port 587 alone"). */
  onlyPort?: number;
  form: Omit<CheckFormProps, "submitLabel" | "passwordLabel" | "passwordHint">;
  onNext(step: StepId): void;
}

/** A fix step with its Test again form (none where no test could pass yet); loaded only when a step is shown. */
export function StepPage({ step: id, result, waitUntil, runsOn, onlyPort, form, onNext }: Props) {
  const step = getStep(id);
  // The check stopped at 465's refused certificate before 587 was tried: offer 587 on its own.
  const untested = id === "tls-intercepted" ? result?.notes.find((n) => n.kind === "port-untested") : undefined;
  const secondsLeft = useSecondsLeft(id === "wait" ? waitUntil : undefined);
  const waiting = id === "wait" && secondsLeft > 0;
  // The wait step leads with its clock; with a normal password the wait is time to make an app password.
  const normalPassword = id === "wait" && result?.passwordKind === "account";
  const lead =
    id === "wait" && (waitUntil !== undefined || normalPassword) ? (
      <div className="flex flex-col gap-3">
        {waitUntil !== undefined && <BigCountdown seconds={secondsLeft} />}
        {normalPassword && (
          <div
            className="flex flex-col gap-2 rounded-xl bg-blue-50 p-4 text-blue-950 dark:bg-blue-950 dark:text-blue-100"
            data-testid="while-you-wait"
          >
            <p className="font-semibold">While you wait: create an app password</p>
            <p>
              Your normal password won&apos;t work here even after the pause. An app password will, and making one takes about 5 minutes.
            </p>
            <div>
              <Button look="secondary" onClick={() => onNext("less-secure-access")}>
                Create an app password
              </Button>
            </div>
          </div>
        )}
      </div>
    ) : undefined;
  return (
    <StepView step={id} {...(result ? { result } : {})} {...(runsOn ? { runsOn } : {})} email={form.email} lead={lead} onNext={onNext}>
      {step.testAgain && (
        <CheckForm
          {...form}
          submitLabel={onlyPort ? `Test again on port ${onlyPort}` : "Test again"}
          passwordLabel={step.testAgain.suggestsAppPassword || normalPassword ? "App password" : "Password or app password"}
          passwordHint={
            normalPassword
              ? "Paste an app password here: your normal password won't work, even after the pause."
              : step.testAgain.passwordHint
          }
          blocked={waiting ? <WaitCountdown seconds={secondsLeft} /> : form.blocked}
          {...(untested && !onlyPort
            ? { alternative: { ...untestedPortOffer(untested), only: { mode: untested.mode, port: untested.port } } }
            : {})}
        />
      )}
    </StepView>
  );
}
