"use client";

import { type ReactNode, useState } from "react";
import { Button, ExternalLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { StatusIcon } from "@/components/ui/status-icon";
import type { CheckResponse } from "@/lib/check/types";
import type { StepId } from "@/lib/diagnosis/ids";
import { getStep, stepActions } from "@/lib/steps";
import { issuerName } from "@/lib/steps/issuer";
import { RUNS_ON_LABELS, runsElsewhere } from "@/lib/steps/runs-on";
import type { ChecklistItem, FixStep, RunsOn } from "@/lib/steps/types";
import { ClockFacts, NetworkEvidence, ProviderSettings } from "./check-facts";
import { Illustration } from "./illustration";
import { RunThere } from "./run-there";
import { ViewHeading } from "./view-heading";

interface Props {
  step: StepId;
  result?: CheckResponse;
  /** Where the person's program runs, when they said. */
  runsOn?: RunsOn;
  /** The address being checked, for the commands that run the check elsewhere. */
  email?: string;
  /** Shown first, under the title (the wait step's countdown). */
  lead?: ReactNode;
  onNext(step: StepId): void;
  /** The "Test again" form; absent where no test could pass yet. */
  children?: ReactNode;
}

/** One fix step: why, a drawing of the Google screen, numbered actions (or a checklist), the Google page, test again. */
export function StepView({ step: id, result, runsOn, email = "", lead, onNext, children }: Props) {
  const step = getStep(id);
  const next = step.next ? getStep(step.next) : undefined;
  const nextLeads = !!next && (step.primary === "next" || (!step.link && step.primary !== "none"));
  const linkLeads = step.primary === undefined || step.primary === "link";
  const nextButton = next && (
    <Button look={nextLeads ? "primary" : "secondary"} onClick={() => onNext(next.id)}>
      Next: {next.title}
    </Button>
  );
  const elsewhere = runsElsewhere(runsOn) ? step.elsewhere?.[runsOn] : undefined;
  return (
    <Card aria-labelledby="view-heading" data-step-page={id}>
      <ViewHeading>{step.title}</ViewHeading>
      {lead}
      <p className="text-lg">{step.why}</p>
      {result && id === "wrong-provider" && <ProviderSettings result={result} />}
      {result && id === "clock" && <ClockFacts result={result} />}
      {result && id === "network" && <NetworkEvidence result={result} />}
      {result?.domain?.kind === "workspace" && step.workspace && (
        <Aside tone="info" title="For your Google Workspace account" testId="workspace-notes" items={step.workspace} />
      )}
      {id === "tls-intercepted" && result?.certIssuer && (
        <p className="rounded-lg bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-100" data-testid="cert-issuer">
          The secure connection was sealed by <strong>{issuerName(result.certIssuer)}</strong>, not by Google. The full name is under
          Details on the result page.
        </p>
      )}
      {step.checklist ? (
        <Checklist items={step.checklist}>{children}</Checklist>
      ) : (
        <>
          <div className={`grid gap-3 ${step.illustrations.length > 1 ? "md:grid-cols-2" : ""}`}>
            {step.illustrations.map((ill) => (
              <Illustration key={ill} id={ill} alone={step.illustrations.length === 1} />
            ))}
          </div>
          <section aria-labelledby="actions-heading" className="flex flex-col gap-2">
            <h3 id="actions-heading" className="text-lg font-semibold">
              What to do
            </h3>
            <ol className="ml-6 flex list-decimal flex-col gap-2 marker:font-semibold">
              {stepActions(step, result?.certIssuer).map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ol>
          </section>
          {(step.link || next) && (
            <div className="flex flex-wrap gap-3">
              {nextLeads && nextButton}
              {step.link && (
                <ExternalLink href={step.link.href} look={linkLeads ? "primary" : "secondary"} data-google-link>
                  {step.link.label}
                </ExternalLink>
              )}
              {!nextLeads && nextButton}
            </div>
          )}
        </>
      )}
      {elsewhere && runsOn && (
        <Aside tone="info" title={`Your program runs on: ${RUNS_ON_LABELS[runsOn].toLowerCase()}`} testId="elsewhere" items={elsewhere} />
      )}
      {(step.checkFromThere || runsElsewhere(runsOn)) && <RunThere email={email} runsOn={runsOn} />}
      {step.notes
        ?.filter((note) => !result || !note.forVerdicts || note.forVerdicts.includes(result.verdict))
        .map((note) => (
          <Aside key={note.title} tone="plain" title={note.title} items={note.items} {...(note.intro ? { intro: note.intro } : {})} />
        ))}
      {step.whyNot && <WhyNot whyNot={step.whyNot} />}
      {children && !step.checklist && (
        <section aria-labelledby="test-again-heading" className="flex flex-col gap-3 border-t border-zinc-200 pt-4 dark:border-zinc-700">
          <h3 id="test-again-heading" className="text-lg font-semibold">
            Test again
          </h3>
          {children}
        </section>
      )}
    </Card>
  );
}

function Aside({
  tone,
  title,
  intro,
  items,
  testId,
}: {
  tone: "info" | "plain";
  title: string;
  intro?: string;
  items: readonly string[];
  testId?: string;
}) {
  const colors = tone === "info" ? "bg-blue-50 text-blue-950 dark:bg-blue-950 dark:text-blue-100" : "bg-zinc-100 text-sm dark:bg-zinc-800";
  return (
    <section className={`flex flex-col gap-1 rounded-xl p-4 ${colors}`} data-testid={testId}>
      <h3 className="font-semibold">{title}</h3>
      {intro && <p>{intro}</p>}
      <ul className="ml-5 list-disc">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

/** Background kept out of the way: closed until asked for. */
function WhyNot({ whyNot }: { whyNot: NonNullable<FixStep["whyNot"]> }) {
  return (
    <details
      className="group rounded-xl bg-zinc-100 p-4 max-sm:-mx-5 max-sm:rounded-none max-sm:px-5 dark:bg-zinc-800"
      data-testid="why-not"
    >
      <summary className="min-h-6 cursor-pointer font-semibold">{whyNot.title}</summary>
      <div className="mt-3 flex flex-col gap-3">
        <ul className="ml-5 list-disc">
          {whyNot.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        {whyNot.illustration && <Illustration id={whyNot.illustration} alone />}
      </div>
    </details>
  );
}

/**
 * A few things done in order on one page, each ticked as the person goes: the first item not
 * ticked is the current one (its Google button leads); a ticked item folds to its title. The
 * last item holds the test.
 */
function Checklist({ items, children }: { items: readonly ChecklistItem[]; children: ReactNode }) {
  const [ticked, setTicked] = useState<readonly boolean[]>(() => items.map(() => false));
  const current = ticked.findIndex((t, i) => !t && i < items.length - 1);
  return (
    <ol className="flex flex-col gap-4" aria-label={`${items.length} things to do, in order`} data-testid="checklist">
      {items.map((item, i) => {
        const last = i === items.length - 1;
        const done = !last && ticked[i] === true;
        const headingId = `checklist-${i}`;
        return (
          <li
            key={item.title}
            aria-labelledby={headingId}
            data-checklist-item={i + 1}
            data-done={done}
            className={`flex flex-col gap-3 rounded-xl border p-4 max-sm:-mx-5 max-sm:rounded-none max-sm:border-x-0 max-sm:px-5 ${i === current || (last && current === -1) ? "border-blue-700 dark:border-blue-400" : "border-zinc-200 dark:border-zinc-700"}`}
          >
            <div className="flex items-start gap-3">
              <span
                aria-hidden="true"
                className={`flex size-8 shrink-0 items-center justify-center rounded-full font-semibold ${done ? "bg-green-700 text-white dark:bg-green-400 dark:text-zinc-950" : "bg-blue-700 text-white dark:bg-blue-400 dark:text-zinc-950"}`}
              >
                {done ? <StatusIcon kind="good" /> : i + 1}
              </span>
              <h3 id={headingId} className="pt-1 text-lg font-semibold">
                {item.title}
                {done && <span className="sr-only"> (done)</span>}
              </h3>
            </div>
            {!done && (
              <>
                <ul className="ml-11 flex list-disc flex-col gap-1 pl-4">
                  {item.actions.map((a) => (
                    <li key={a}>{a}</li>
                  ))}
                </ul>
                {item.illustration && <Illustration id={item.illustration} alone />}
                {item.link && (
                  <div className="sm:ml-11">
                    <ExternalLink href={item.link.href} look={i === current ? "primary" : "secondary"} data-google-link>
                      {item.link.label}
                    </ExternalLink>
                  </div>
                )}
                {item.alreadyDone && <p className="text-sm text-zinc-600 sm:ml-11 dark:text-zinc-400">{item.alreadyDone}</p>}
              </>
            )}
            {last ? (
              children
            ) : (
              <label className="flex min-h-11 items-center gap-3 self-start rounded-lg px-1 sm:ml-10">
                <input
                  type="checkbox"
                  aria-label={`Done: ${item.title}`}
                  checked={done}
                  onChange={(e) => setTicked((t) => t.map((v, k) => (k === i ? e.target.checked : v)))}
                  className="size-5 accent-green-700 dark:accent-green-400"
                />
                <span>Done</span>
              </label>
            )}
          </li>
        );
      })}
    </ol>
  );
}
