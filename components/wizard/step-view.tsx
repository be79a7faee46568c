"use client";

import { Button, ExternalLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { CheckResponse } from "@/lib/check/types";
import type { StepId } from "@/lib/diagnosis/ids";
import { getStep } from "@/lib/steps";
import { ClockFacts, NetworkEvidence, ProviderSettings } from "./check-facts";
import { Illustration } from "./illustration";
import { ViewHeading } from "./view-heading";

interface Props {
  step: StepId;
  result?: CheckResponse;
  onNext(step: StepId): void;
  /** The "Test again" form, at the end of every step. */
  children: React.ReactNode;
}

/** One fix step: why, a drawing of the Google screen, numbered actions, the Google page, test again. */
export function StepView({ step: id, result, onNext, children }: Props) {
  const step = getStep(id);
  const next = step.next ? getStep(step.next) : undefined;
  const nextLeads = !!next && step.primary === "next";
  const linkLeads = step.primary === undefined || step.primary === "link";
  const nextButton = next && (
    <Button look={nextLeads || (!step.link && step.primary !== "none") ? "primary" : "secondary"} onClick={() => onNext(next.id)}>
      Next: {next.title}
    </Button>
  );
  return (
    <Card aria-labelledby="view-heading" data-step-page={id}>
      <ViewHeading>{step.title}</ViewHeading>
      <p className="text-lg">{step.why}</p>
      {result && id === "wrong-provider" && <ProviderSettings result={result} />}
      {result && id === "clock" && <ClockFacts result={result} />}
      {result && id === "network" && <NetworkEvidence result={result} />}
      {result?.domain?.kind === "workspace" && step.workspace && (
        <section
          className="flex flex-col gap-1 rounded-xl bg-blue-50 p-4 text-blue-950 dark:bg-blue-950 dark:text-blue-100"
          data-testid="workspace-notes"
        >
          <h3 className="font-semibold">For your Google Workspace account</h3>
          <ul className="ml-5 list-disc">
            {step.workspace.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      )}
      {id === "tls-intercepted" && result?.certIssuer && (
        <p className="rounded-lg bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-100" data-testid="cert-issuer">
          The certificate your computer received was issued by <strong>{result.certIssuer}</strong>, not by Google.
        </p>
      )}
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
          {step.actions.map((a) => (
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
      {step.notes
        ?.filter((note) => !result || !note.forVerdicts || note.forVerdicts.includes(result.verdict))
        .map((note) => (
          <section key={note.title} className="flex flex-col gap-1 rounded-xl bg-zinc-100 p-4 text-sm dark:bg-zinc-800">
            <h3 className="font-semibold">{note.title}</h3>
            {note.intro && <p>{note.intro}</p>}
            <ul className="ml-5 list-disc">
              {note.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </section>
        ))}
      <section aria-labelledby="test-again-heading" className="flex flex-col gap-3 border-t border-zinc-200 pt-4 dark:border-zinc-700">
        <h3 id="test-again-heading" className="text-lg font-semibold">
          Test again
        </h3>
        {children}
      </section>
    </Card>
  );
}
