"use client";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { CheckResponse } from "@/lib/check/types";
import type { StepId } from "@/lib/diagnosis/ids";
import { getVerdictCopy } from "@/lib/steps/verdict-copy";
import { ClockFacts, DomainLine, NotesList, ProviderSettings } from "./check-facts";
import { ResultDetails } from "./result-details";
import { ViewHeading } from "./view-heading";

interface Props {
  result: CheckResponse;
  onNext(step: StepId): void;
  onChangeLogin(): void;
}

const GOOD = new Set(["ok"]);
const WAIT = new Set(["too-many-attempts", "google-unavailable"]);

/** The verdict: one plain sentence, what it means, the one next thing to do. */
export function VerdictView({ result, onNext, onChangeLogin }: Props) {
  const step = result.step;
  const copy = getVerdictCopy(result.verdict, result.passwordKind, result.retryAfter);
  const accent = GOOD.has(result.verdict) ? "good" : WAIT.has(result.verdict) ? "wait" : "bad";
  return (
    <Card aria-labelledby="view-heading" data-verdict={result.verdict} data-step={result.step ?? ""} accent={accent}>
      <ViewHeading>{copy.headline}</ViewHeading>
      <p className="text-lg">{copy.meaning}</p>
      <DomainLine result={result} />
      <ProviderSettings result={result} />
      <ClockFacts result={result} />
      <div className="flex flex-wrap gap-3">
        {step ? <Button onClick={() => onNext(step)}>{copy.nextLabel}</Button> : <Button onClick={onChangeLogin}>Try again</Button>}
        {result.step && (
          <Button look="secondary" onClick={onChangeLogin}>
            Change address or password
          </Button>
        )}
      </div>
      <NotesList result={result} />
      {(result.smtp || result.transcript.length > 0) && <ResultDetails result={result} />}
    </Card>
  );
}
