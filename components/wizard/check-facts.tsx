import { StatusIcon } from "@/components/ui/status-icon";
import type { CheckResponse } from "@/lib/check/types";
import { noteText, WORKSPACE_LINE } from "@/lib/steps/note-copy";

// The facts a check found besides its verdict, shown where they help: the notes, the other
// provider's settings, the clock, and whether the address is Google Workspace.

const MODE_WORDS = { tls: "SSL/TLS", starttls: "STARTTLS" } as const;
/** Where a port's attempt stopped, in plain words. */
const STOPPED_AT: Partial<Record<string, string>> = {
  connect: "blocked or refused",
  tls: "the private connection failed",
  greeting: "no answer from the server",
};

/** "What else this check found": one sentence per note, with its evidence. */
export function NotesList({ result }: { result: Pick<CheckResponse, "notes"> }) {
  if (!result.notes?.length) return null;
  return (
    <section
      aria-label="What else this check found"
      className="flex flex-col gap-2 rounded-xl bg-zinc-100 p-4 dark:bg-zinc-800"
      data-testid="notes"
    >
      <p className="font-semibold">Also found</p>
      <ul className="flex flex-col gap-2">
        {result.notes.map((note) => (
          <li key={JSON.stringify(note)} className="flex items-start gap-2" data-note-kind={note.kind}>
            <StatusIcon kind="wait" className="mt-0.5" />
            <span className="[overflow-wrap:anywhere]">{noteText(note)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The provider an address belongs to, and its own outgoing mail server where it is known. */
export function ProviderSettings({ result }: { result: Pick<CheckResponse, "domain" | "provider"> }) {
  const domain = result.domain;
  if (domain?.kind !== "other-provider") return null;
  const name = domain.provider ?? result.provider ?? "another provider";
  return (
    <div className="flex flex-col gap-1 rounded-xl bg-zinc-100 p-4 dark:bg-zinc-800" data-testid="provider-settings">
      <p>
        This address belongs to <strong>{name}</strong>, so no login to Google was tried and your password was not sent anywhere.
      </p>
      {domain.smtp ? (
        <p>
          {name}&apos;s own mail server: <code>{domain.smtp.host}</code>, port <code>{domain.smtp.port}</code>, security{" "}
          {MODE_WORDS[domain.smtp.mode]}. Use the password or app password {name} gives you; this wizard is for Gmail.
        </p>
      ) : (
        <p>This wizard is for Gmail only. Look up {name}&apos;s outgoing mail server settings in its own help pages.</p>
      )}
    </div>
  );
}

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: "long", timeStyle: "short" });

/** For clock-wrong: the computer's time against the certificate's dates. */
export function ClockFacts({ result }: { result: Pick<CheckResponse, "clock"> }) {
  if (!result.clock) return null;
  return (
    <dl
      className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-xl bg-amber-50 p-4 text-amber-950 dark:bg-amber-900/30 dark:text-amber-100"
      data-testid="clock-facts"
    >
      <dt className="font-medium">This computer says it is</dt>
      <dd>{when(result.clock.now)}</dd>
      <dt className="font-medium">Google&apos;s certificate is valid</dt>
      <dd>
        from {when(result.clock.validFrom)} to {when(result.clock.validTo)}
      </dd>
    </dl>
  );
}

/** The address is Google Workspace (or forwarded): say so where it changes the advice. */
export function DomainLine({ result }: { result: Pick<CheckResponse, "domain"> }) {
  const d = result.domain;
  if (d?.kind === "workspace") return <p data-testid="domain-line">{WORKSPACE_LINE}</p>;
  if (d?.kind === "forwarder")
    return <p data-testid="domain-line">Mail to this address goes through {d.provider}, a forwarding service.</p>;
  return null;
}

/** For the network step: what the check saw, for the sub-case that happened only. */
export function NetworkEvidence({ result }: { result: Pick<CheckResponse, "verdict" | "phases" | "transcript"> }) {
  let lines: string[] = [];
  if (result.verdict === "dns-failed") {
    const said = result.transcript.find((l) => l.port === null && /could not find/.test(l.text));
    lines = [said ? `The name lookup failed: ${said.text}.` : "The name of Google's mail server could not be looked up."];
  } else if (result.verdict === "network-blocked") {
    lines = result.phases
      .filter((p) => !p.ok && p.port)
      .map((p) => `Port ${p.port}: no connection (${STOPPED_AT[p.name] ?? "stopped"}) after ${Math.round(p.ms / 100) / 10} s.`);
  } else if (result.verdict === "not-smtp") {
    const answered = result.transcript.find((l) => l.from === "server");
    lines = [answered ? `What answered instead: “${answered.text}”.` : "Something took the connection but never spoke like a mail server."];
  }
  if (lines.length === 0) return null;
  return (
    <ul className="ml-5 list-disc rounded-xl bg-zinc-100 p-4 pl-8 dark:bg-zinc-800" data-testid="network-evidence">
      {lines.map((l) => (
        <li key={l} className="[overflow-wrap:anywhere]">
          {l}
        </li>
      ))}
    </ul>
  );
}
