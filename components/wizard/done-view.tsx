"use client";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { CheckResponse } from "@/lib/check/types";
import type { StepId } from "@/lib/diagnosis/ids";
import { ProgramSettingsView } from "./program-settings";
import { modeLabel, ResultDetails } from "./result-details";
import { TestMail } from "./test-mail";
import { ViewHeading } from "./view-heading";

interface Props {
  result: CheckResponse;
  /** The address that worked ("" when the page has lost it). */
  email: string;
  /** The password that worked, while the page still holds it in memory. */
  password: string | undefined;
  onCheckAnother(): void;
  onFixStep(step: StepId): void;
}

/** Success: the login works. Send a test mail, then copy the proven settings into the program. */
export function DoneView({ result, email, password, onCheckAnother, onFixStep }: Props) {
  const smtp = result.smtp;
  const mode = smtp?.mode ?? "tls";
  return (
    <Card aria-labelledby="view-heading" data-verdict={result.verdict} accent="good">
      <ViewHeading>It works: Google accepted the login.</ViewHeading>
      <p className="text-lg">
        {smtp ? `Checked on port ${smtp.port} with ${modeLabel(smtp.mode)}. ` : ""}Now send yourself a test mail, then put the settings into
        your program.
      </p>
      {email ? (
        <TestMail email={email} mode={mode} password={password} onSent={() => {}} onFixStep={onFixStep} />
      ) : (
        <p>Check your login again to send a test mail: this page no longer knows the address.</p>
      )}
      <ProgramSettingsView
        proven={{ host: smtp?.host ?? "smtp.gmail.com", port: smtp?.port ?? 465, mode, username: email || "you@gmail.com" }}
        passwordKind={result.passwordKind}
      />
      <div className="flex flex-wrap gap-3">
        <Button look="secondary" onClick={onCheckAnother}>
          Check another login
        </Button>
      </div>
      <ResultDetails result={result} />
    </Card>
  );
}
