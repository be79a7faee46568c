import type { CheckResponse } from "@/lib/check/types";
import { getVerdictCopy } from "@/lib/steps/verdict-copy";

export function ResultPanel({ result }: { result: CheckResponse }) {
  const copy = getVerdictCopy(result.verdict, result.passwordKind);
  return (
    <section
      aria-labelledby="verdict-heading"
      data-verdict={result.verdict}
      data-step={result.step ?? ""}
      className="flex flex-col gap-3 rounded-2xl border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900/60"
    >
      <h2 id="verdict-heading" className="text-xl font-semibold">{copy.headline}</h2>
      <p>{copy.meaning}</p>
      {result.step && (
        <p className="text-sm">
          Next step: <code data-testid="step-id">{result.step}</code>
        </p>
      )}
      {result.smtp && (
        <div>
          <h3 className="text-sm font-medium">Google&apos;s reply (port {result.smtp.port})</h3>
          <pre className="mt-1 overflow-x-auto rounded-lg bg-zinc-100 p-3 text-xs whitespace-pre-wrap dark:bg-zinc-800">
            {result.smtp.reply}
          </pre>
        </div>
      )}
    </section>
  );
}
