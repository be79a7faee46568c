"use client";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { CheckResponse } from "@/lib/check/types";
import { modeLabel, ResultDetails } from "./result-details";
import { ViewHeading } from "./view-heading";

interface Props {
  result: CheckResponse;
  email: string;
  onCheckAnother(): void;
}

/** Success: the login works, and the settings that were proved to work. */
export function DoneView({ result, email, onCheckAnother }: Props) {
  const smtp = result.smtp;
  const rows: Array<[string, string]> = [
    ["Server", "smtp.gmail.com"],
    ["Port", smtp ? String(smtp.port) : "465"],
    ["Security", smtp ? modeLabel(smtp.mode) : modeLabel("tls")],
    ["Username", email || "your full Gmail address"],
  ];
  const passwordNote = result.passwordKind === "app" ? "the app password you just tested" : "the password you just tested";
  return (
    <Card aria-labelledby="view-heading" data-verdict={result.verdict} accent="good">
      <ViewHeading>It works: Google accepted the login.</ViewHeading>
      <p className="text-lg">
        Your program can send mail through Gmail with these settings
        {smtp ? `, checked on port ${smtp.port} with ${modeLabel(smtp.mode)}` : ""}.
      </p>
      <section aria-labelledby="settings-heading" className="flex flex-col gap-2">
        <h3 id="settings-heading" className="text-lg font-semibold">
          Your settings
        </h3>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-xl bg-zinc-100 p-4 dark:bg-zinc-800" data-testid="settings">
          {rows.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="font-medium">{k}</dt>
              <dd className="font-mono [overflow-wrap:anywhere]">{v}</dd>
            </div>
          ))}
          <div className="contents">
            <dt className="font-medium">Password</dt>
            <dd className="text-zinc-700 italic dark:text-zinc-300">{passwordNote}</dd>
          </div>
        </dl>
      </section>
      <div className="flex flex-wrap gap-3">
        <Button look="secondary" onClick={onCheckAnother}>
          Check another login
        </Button>
      </div>
      <ResultDetails result={result} />
    </Card>
  );
}
