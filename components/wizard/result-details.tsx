"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { byPort, transcriptText } from "@/lib/check/transcript-text";
import type { CheckResponse } from "@/lib/check/types";

/** What Details shows: a check's answer, or the test mail's (its outcome in place of a verdict). */
export type Details = Pick<CheckResponse, "smtp" | "phases" | "transcript" | "certIssuer" | "step"> & { verdict: string };

const PHASE_NAMES = {
  dns: "Find server",
  connect: "Connect",
  tls: "Secure (TLS)",
  greeting: "Greeting",
  login: "Log in",
  send: "Send the test mail",
} as const;

export function modeLabel(mode: "tls" | "starttls"): string {
  return mode === "tls" ? "SSL/TLS" : "STARTTLS";
}

/** The text a person pastes into a support request: no password, no address. */
export function supportText(result: Details): string {
  return [
    `Gmail SMTP Wizard: verdict ${result.verdict}${result.step ? `, next step ${result.step}` : ""}`,
    result.smtp ? `Reply on port ${result.smtp.port} (${modeLabel(result.smtp.mode)}):\n${result.smtp.reply}` : "No SMTP reply.",
    `Phases: ${result.phases.map((p) => `${p.name}${p.port ? `@${p.port}` : ""} ${p.ok ? "ok" : "failed"} ${p.ms} ms`).join("; ")}`,
    "Transcript:",
    transcriptText(result.transcript),
  ].join("\n");
}

/** Collapsed by default: Google's exact reply, port and TLS mode, phases, transcript. */
export function ResultDetails({ result, title = "Details: Google's exact reply and what happened" }: { result: Details; title?: string }) {
  const [copied, setCopied] = useState<"" | "yes" | "no">("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(supportText(result));
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  }
  return (
    <details className="group rounded-xl border border-zinc-200 dark:border-zinc-700">
      <summary className="min-h-11 cursor-pointer px-4 py-3 font-medium">{title}</summary>
      <div className="flex flex-col gap-4 border-t border-zinc-200 px-4 py-4 text-sm dark:border-zinc-700">
        {result.smtp ? (
          <div>
            <h3 className="font-medium">
              Google&apos;s reply, port {result.smtp.port}, {modeLabel(result.smtp.mode)}
            </h3>
            <pre
              data-testid="google-reply"
              className="mt-1 rounded-lg bg-zinc-100 p-3 text-xs whitespace-pre-wrap [overflow-wrap:anywhere] dark:bg-zinc-800"
            >
              {result.smtp.reply}
            </pre>
          </div>
        ) : (
          <p>No reply from Google&apos;s server was received.</p>
        )}
        {result.certIssuer && (
          <p>
            Certificate issued by: <strong>{result.certIssuer}</strong>
          </p>
        )}
        {result.phases.length > 0 && (
          <div>
            <h3 className="font-medium">Steps, with timings</h3>
            <ul className="mt-1 flex flex-col gap-0.5">
              {byPort(result.phases).map((p) => (
                <li key={`${p.name}@${p.port ?? ""}`} data-phase={p.name}>
                  <span aria-hidden="true" className={p.ok ? "text-green-700 dark:text-green-400" : "text-red-700 dark:text-red-400"}>
                    {p.ok ? "✓" : "✗"}{" "}
                  </span>
                  <span className="sr-only">{p.ok ? "Succeeded: " : "Failed: "}</span>
                  {PHASE_NAMES[p.name]}
                  {p.port ? ` (port ${p.port})` : ""}: <span className="tabular-nums">{p.ms} ms</span>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div>
          <h3 className="font-medium">Transcript (your password is hidden)</h3>
          <pre
            data-testid="transcript"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable box must be reachable by keyboard (axe: scrollable-region-focusable).
            tabIndex={0}
            className="mt-1 max-h-96 overflow-auto rounded-lg bg-zinc-100 p-3 text-xs whitespace-pre-wrap [overflow-wrap:anywhere] dark:bg-zinc-800"
          >
            {transcriptText(result.transcript) || "(empty)"}
          </pre>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button look="secondary" onClick={copy}>
            Copy for a support request
          </Button>
          <span role="status" className="text-sm">
            {copied === "yes" ? "Copied." : copied === "no" ? "Could not copy: select the transcript and copy it by hand." : ""}
          </span>
        </div>
      </div>
    </details>
  );
}
