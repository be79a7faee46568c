"use client";

import type { CheckResponse } from "@/lib/check/types";
import type { StepId } from "@/lib/diagnosis/ids";
import { getStep } from "@/lib/steps";
import { CheckForm, type CheckFormProps } from "./check-form";
import { StepView } from "./step-view";
import { useSecondsLeft, WaitCountdown } from "./wait-countdown";

interface Props {
  step: StepId;
  result?: CheckResponse;
  /** For the wait step: when Test again may be pressed (ms since epoch). */
  waitUntil?: number;
  form: Omit<CheckFormProps, "submitLabel" | "passwordLabel" | "passwordHint">;
  onNext(step: StepId): void;
}

/** A fix step with its Test again form; loaded only when a step is shown. */
export function StepPage({ step: id, result, waitUntil, form, onNext }: Props) {
  const step = getStep(id);
  const secondsLeft = useSecondsLeft(id === "wait" ? waitUntil : undefined);
  const waiting = id === "wait" && secondsLeft > 0;
  return (
    <StepView step={id} {...(result ? { result } : {})} onNext={onNext}>
      <CheckForm
        {...form}
        submitLabel="Test again"
        passwordLabel={step.testAgain.suggestsAppPassword ? "App password" : "Password or app password"}
        passwordHint={step.testAgain.passwordHint}
        blocked={waiting ? <WaitCountdown seconds={secondsLeft} /> : form.blocked}
      />
    </StepView>
  );
}
