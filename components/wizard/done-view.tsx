"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { CheckResponse } from "@/lib/check/types";
import { isLoginVerdict, type SendOutcomeId, type StepId } from "@/lib/diagnosis/ids";
import { RUNS_ON_NAMES, runsElsewhere } from "@/lib/steps/runs-on";
import type { RunsOn } from "@/lib/steps/types";
import { DomainLine, NotesList } from "./check-facts";
import { ProgramSettingsView } from "./program-settings";
import { ResultDetails } from "./result-details";
import { RunThere } from "./run-there";
import { TestMail } from "./test-mail";
import { StatusHeading } from "./view-heading";

interface Top {
  heading: string;
  line: string;
  accent: "good" | "wait" | "bad";
}

/** The page's first words once the test mail has an outcome. */
const TOP: Partial<Record<SendOutcomeId, Top>> = {
  sent: {
    heading: "It works: Google accepted the login and the test mail.",
    line: "Check your inbox, then put the settings into your program.",
    accent: "good",
  },
  "daily-limit": {
    heading: "Your login is right, but Gmail won't send from this account right now.",
    line: "This account reached Gmail's daily sending limit, which lifts within 24 hours. The settings below are right: put them in now; mail your program sends before the limit lifts is refused.",
    accent: "wait",
  },
  "recipient-rejected": {
    heading: "Google accepted the login but refused the recipient.",
    line: "See below what to change, then send the test mail again.",
    accent: "bad",
  },
  "message-rejected": {
    heading: "Google accepted the login but refused the test mail.",
    line: "See below what it said, then try again in a few minutes.",
    accent: "bad",
  },
};

const LOGIN_FAILED: Top = {
  heading: "The login did not work this time.",
  line: "Google refused the login for the test mail: see below why and what to do.",
  accent: "bad",
};

interface Props {
  result: CheckResponse;
  /** The address that worked ("" when the page has lost it). */
  email: string;
  /** The password that worked, while the page still holds it in memory. */
  password: string | undefined;
  /** Where the person's program runs, when they said. */
  runsOn?: RunsOn;
  onCheckAnother(): void;
  onFixStep(step: StepId): void;
}

/** Success: the login works. Send a test mail, then copy the proven settings into the program. */
export function DoneView({ result, email, password, runsOn, onCheckAnother, onFixStep }: Props) {
  const smtp = result.smtp;
  const mode = smtp?.mode ?? "tls";
  // What the test mail showed changes the page's first words: a refused send is not "it works".
  const [sent, setSent] = useState<SendOutcomeId | undefined>();
  const top = sent ? (TOP[sent] ?? (isLoginVerdict(sent) ? LOGIN_FAILED : undefined)) : undefined;
  const accent = top?.accent ?? "good";
  return (
    <Card aria-labelledby="view-heading" data-verdict={result.verdict} accent={accent}>
      <StatusHeading tone={accent}>{top?.heading ?? "It works: Google accepted the login."}</StatusHeading>
      <p className="text-lg">{top?.line ?? "Now send yourself a test mail, then put the settings into your program."}</p>
      <DomainLine result={result} />
      {runsElsewhere(runsOn) && (
        <section
          className="flex flex-col gap-1 rounded-xl bg-blue-50 p-4 text-blue-950 dark:bg-blue-950 dark:text-blue-100"
          data-testid="runs-elsewhere"
        >
          <h3 className="font-semibold">Your program runs on {RUNS_ON_NAMES[runsOn]}, not here</h3>
          <p>
            This check ran on this computer. The login is right, but {RUNS_ON_NAMES[runsOn]} may still be blocked: its network can block
            mail ports, or Google may ask to confirm a sign-in from there. If your program still fails after you paste the settings, run the
            same check on {RUNS_ON_NAMES[runsOn]}.
          </p>
        </section>
      )}
      <NotesList result={result} />
      {email ? (
        <TestMail email={email} mode={mode} password={password} onSent={(r) => setSent(r.outcome)} onFixStep={onFixStep} />
      ) : (
        <p>Check your login again to send a test mail: this page no longer knows the address.</p>
      )}
      <ProgramSettingsView
        proven={{ host: smtp?.host ?? "smtp.gmail.com", port: smtp?.port ?? 465, mode, username: email || "you@gmail.com" }}
        passwordKind={result.passwordKind}
      />
      <RunThere email={email} runsOn={runsOn} />
      <div className="flex flex-wrap gap-3">
        <Button look="secondary" onClick={onCheckAnother}>
          Check another login
        </Button>
      </div>
      <ResultDetails result={result} title="Details: the login check" />
    </Card>
  );
}
