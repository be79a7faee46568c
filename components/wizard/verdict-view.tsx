"use client";

import { Button, ExternalLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { CheckResponse } from "@/lib/check/types";
import type { StepId, VerdictId } from "@/lib/diagnosis/ids";
import { describeTry, getStep, REPEAT_COPY, stepActions } from "@/lib/steps";
import { issuerName } from "@/lib/steps/issuer";
import { getVerdictCopy } from "@/lib/steps/verdict-copy";
import { ClockFacts, DomainLine, NotesList, ProviderSettings } from "./check-facts";
import { ResultDetails } from "./result-details";
import { type HeadingTone, StatusHeading } from "./view-heading";
import { repeatCount, type Try } from "./views";

interface Props {
  result: CheckResponse;
  /** The checks so far in this tab, the last one being this result's. */
  tries?: readonly Try[];
  onNext(step: StepId): void;
  onChangeLogin(): void;
}

/** Good news is not shown in the red of a real failure: an app password away is nearly there. */
function toneOf(result: CheckResponse): HeadingTone {
  const v: VerdictId = result.verdict;
  if (v === "ok") return "good";
  if (v === "too-many-attempts" || v === "google-unavailable") return "wait";
  if (v === "app-password-required" || v === "web-login-required" || (v === "bad-credentials" && result.passwordKind === "account"))
    return "nearly";
  return "bad";
}

const clock = (ms: number) => new Date(ms).toLocaleTimeString(undefined, { hour: "numeric", minute: "2-digit" });

/** The verdict: one plain sentence, what it means, the first thing to do, the way to the full step. */
export function VerdictView({ result, tries = [], onNext, onChangeLogin }: Props) {
  const stepId = result.step;
  const step = stepId ? getStep(stepId) : undefined;
  const copy = getVerdictCopy(result.verdict, result.passwordKind, result.retryAfter);
  const tone = toneOf(result);
  // The same answer as the try before: say so, list what was tried, and go further.
  const last = tries.at(-1);
  const count = last?.verdict === result.verdict ? repeatCount(tries) : 0;
  const repeat = count >= 2 && result.verdict !== "ok" ? REPEAT_COPY[result.verdict] : undefined;
  const first = copy.first ?? (step?.checklist ? undefined : step && stepActions(step, result.certIssuer)[0]);
  // The Google page of the first action, on this screen; the main button opens the whole step.
  const link = step?.link && !step.checklist && (step.primary === undefined || step.primary === "link") ? step.link : undefined;
  const stepLabel = link?.label === copy.nextLabel ? "Show me how, step by step" : copy.nextLabel;
  return (
    <Card aria-labelledby="view-heading" data-verdict={result.verdict} data-step={result.step ?? ""} data-tone={tone} accent={tone}>
      <StatusHeading tone={tone}>{repeat ? repeat.still : copy.headline}</StatusHeading>
      {repeat && last && (
        <p className="font-semibold text-zinc-600 dark:text-zinc-400" data-testid="try-number">
          Try {last.n}: the same answer as the try before.
        </p>
      )}
      <p className="text-lg">{copy.meaning}</p>
      {result.certIssuer && result.verdict === "tls-intercepted" && (
        <p data-testid="cert-issuer">
          The connection was sealed by <strong>{issuerName(result.certIssuer)}</strong>, not by Google.
        </p>
      )}
      <DomainLine result={result} />
      <ProviderSettings result={result} />
      <ClockFacts result={result} />
      {repeat ? (
        <section className="flex flex-col gap-2 rounded-xl bg-zinc-100 p-4 dark:bg-zinc-800" data-testid="repeat">
          <h3 className="font-semibold">What was tried</h3>
          <ul className="ml-5 list-disc">
            {tries.slice(-count).map((t) => (
              <li key={t.at}>
                Try {t.n}, at {clock(t.at)}: {describeTry(t.passwordKind)}, same answer.
              </li>
            ))}
          </ul>
          <h3 className="font-semibold">What to try now</h3>
          <ol className="ml-6 list-decimal">
            {repeat.further.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
        </section>
      ) : (
        step &&
        (step.checklist || first) && (
          <section
            aria-labelledby="first-heading"
            className="flex flex-col gap-3 rounded-xl border border-zinc-200 p-4 dark:border-zinc-700"
            data-testid="first-action"
          >
            <h3 id="first-heading" className="font-semibold">
              {step.checklist ? "What works now, in about 5 minutes" : "First, do this"}
            </h3>
            {step.checklist ? (
              <ol className="ml-6 list-decimal">
                {step.checklist.map((item) => (
                  <li key={item.title}>{item.title}</li>
                ))}
              </ol>
            ) : (
              <p>{first}</p>
            )}
            {link && (
              <div>
                <ExternalLink href={link.href} look="secondary" data-google-link>
                  {link.label}
                </ExternalLink>
              </div>
            )}
          </section>
        )
      )}
      <div className="flex flex-wrap gap-3">
        {stepId ? <Button onClick={() => onNext(stepId)}>{stepLabel}</Button> : <Button onClick={onChangeLogin}>Try again</Button>}
        {stepId && (
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
