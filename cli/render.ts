import { transcriptText } from "@/lib/check/transcript-text";
import type { CheckResponse, SendResponse } from "@/lib/check/types";
import type { StepId, VerdictId } from "@/lib/diagnosis/ids";
import type { Phase } from "@/lib/smtp/types";
import { getStep, getVerdictCopy, stepActions } from "@/lib/steps";
import { issuerName } from "@/lib/steps/issuer";
import { noteText, SECURITY, WORKSPACE_LINE } from "@/lib/steps/note-copy";
import { sendCopy } from "@/lib/steps/send-copy";
import type { Style } from "./style";

// The check in a terminal, in the web wizard's words (lib/steps): each phase as it ends,
// then the verdict in one sentence, Google's exact reply, and the fix, with the address of
// the illustrated step in the web wizard.

const MODE_WORDS = { tls: "TLS from the first byte", starttls: "STARTTLS" } as const;

/** "  ✓ connect 465      12 ms" */
export function phaseLine(phase: Phase, s: Style): string {
  const mark = phase.ok ? s.green("✓") : s.red("✗");
  const label = `${phase.name}${phase.port ? ` ${phase.port}` : ""}`.padEnd(14);
  const ms = `${phase.ms} ms`.padStart(8);
  return `  ${mark} ${label} ${s.dim(ms)}`;
}

export interface Context {
  email: string;
  /** How to run this check again, with these options too, e.g. "npx gmail-smtp-wizard check you@gmail.com --send-test". */
  again(extra?: string): string;
  /** The web wizard's address, for a step's illustrated version. */
  wizardUrl: string;
  transcript: boolean;
  /** --send-test was given: the test mail follows, so the hint to send one is left out. */
  sending: boolean;
}

export function header(email: string, host: string, ports: readonly number[], family: string | null): string {
  const where = ports.length === 1 ? `port ${ports[0]}` : `ports ${ports.join(" and ")}`;
  return `Checking ${email} on ${host}, ${where}${family ? `, ${family} only` : ""} (one login, at most 15 s)…`;
}

const indent = (text: string, by = "  ") =>
  text
    .split("\n")
    .map((l) => by + l)
    .join("\n");

/** A check's answer; a failed test mail's login has no domain or notes of its own. */
type Answer = Omit<CheckResponse, "domain" | "notes"> & Partial<Pick<CheckResponse, "domain" | "notes">>;

export function verdictText(r: Answer, ctx: Context, s: Style): string {
  const out: string[] = [""];
  const copy = getVerdictCopy(r.verdict as VerdictId, r.passwordKind, r.retryAfter);
  const good = r.verdict === "ok";
  out.push(`${good ? s.green("✓") : s.red("✗")} ${s.bold(copy.headline)}`);
  out.push(indent(copy.meaning));
  if (r.provider) out.push(indent(`This address is at ${r.provider}: no login was tried.`));
  const domain = r.domain;
  if (domain?.kind === "workspace") out.push(indent(WORKSPACE_LINE));
  if (domain?.kind === "other-provider" && domain.smtp) {
    const mode = SECURITY[domain.smtp.mode];
    out.push(indent(`Its own mail server: ${domain.smtp.host}, port ${domain.smtp.port}, ${mode}. This check is for Gmail only.`));
  }
  if (r.certIssuer) {
    out.push(indent(`The certificate that came back was issued by ${s.bold(issuerName(r.certIssuer))} (${r.certIssuer}), not by Google.`));
  }
  for (const note of r.notes ?? []) {
    out.push(indent(`• ${noteText(note)}`));
    // --port names the mode by Gmail's port numbers, whatever port the settings point at.
    if (note.kind === "port-untested")
      out.push(indent(`  To test it alone: ${ctx.again(` --port ${note.mode === "starttls" ? 587 : 465}`)}`));
  }

  if (r.smtp) {
    out.push("", `${good ? "The server's" : "Google's exact"} reply (${r.smtp.host} port ${r.smtp.port}, ${MODE_WORDS[r.smtp.mode]}):`);
    out.push(indent(r.smtp.reply, "  │ "));
  } else if (!r.provider) {
    const notes = r.transcript.filter((l) => l.from === "note").map((l) => `${l.port === null ? "" : `[${l.port}] `}${l.text}`);
    if (notes.length) out.push("", "What happened:", ...notes.map((n) => `  • ${n}`));
  }

  if (good && r.smtp) {
    out.push(
      "",
      s.bold("Settings that work:"),
      `  server ${r.smtp.host}, port ${r.smtp.port} (${SECURITY[r.smtp.mode]}), user ${ctx.email}, and this password.`,
    );
    if (!ctx.sending) out.push(`  To send a test mail from here: ${ctx.again(" --send-test")}`);
  }
  if (r.step) out.push(...stepText(r.step, ctx, s, r.certIssuer));
  if (ctx.transcript || r.verdict === "unknown") {
    out.push("", "Dialogue with the server (the password is hidden):", indent(transcriptText(r.transcript)));
  }
  return `${out.join("\n")}\n`;
}

function stepText(id: StepId, ctx: Context, s: Style, certIssuer?: string): string[] {
  const step = getStep(id);
  const out = ["", `${s.bold("What to do:")} ${step.title}`, indent(step.why)];
  if (step.checklist) {
    // The checklist's last item is the page's own test; here the line below says how to test.
    step.checklist.slice(0, -1).forEach((item, i) => {
      out.push(`  ${i + 1}. ${item.title}`);
      for (const action of item.actions) out.push(`     - ${action}`);
      if (item.link) out.push(`     ${item.link.label}: ${s.cyan(item.link.href)}`);
    });
  } else {
    stepActions(step, certIssuer).forEach((action, i) => {
      out.push(`  ${i + 1}. ${action}`);
    });
  }
  if (step.link) out.push(`  ${step.link.label}: ${s.cyan(step.link.href)}`);
  if (step.next) out.push(`  Then: ${getStep(step.next).title}.`);
  out.push(`  Then run the check again: ${ctx.again()}`);
  out.push(
    "",
    "With pictures, in the web wizard on a computer where it runs (npx gmail-smtp-wizard):",
    `  ${s.cyan(`${ctx.wizardUrl}?view=${id}`)}`,
  );
  return out;
}

export function sendText(r: SendResponse, ctx: Context, s: Style): string {
  const out = [""];
  const copy = sendCopy(r.outcome);
  if (copy) {
    out.push(`${r.outcome === "sent" ? s.green("✓") : s.red("✗")} ${s.bold(copy.headline)}`);
    out.push(indent(`From ${r.from} to ${r.to}${r.queueId ? `, Google's id ${r.queueId}` : ""}.`));
    for (const line of copy.next) out.push(indent(line));
    if (r.smtp && r.outcome !== "sent") out.push("", "Google's exact reply:", indent(r.smtp.reply, "  │ "));
  } else {
    // The login itself failed this time: say so in the check's words.
    const check: Answer = {
      verdict: r.outcome as VerdictId,
      step: r.step,
      ...(r.smtp ? { smtp: r.smtp } : {}),
      phases: r.phases,
      transcript: r.transcript,
      elapsedMs: r.elapsedMs,
      passwordKind: r.passwordKind,
      ...(r.retryAfter ? { retryAfter: r.retryAfter } : {}),
    };
    out.push("The test mail was not sent: the login failed this time.", verdictText(check, ctx, s));
  }
  if (ctx.transcript) out.push("", "Dialogue with the server (the password is hidden):", indent(transcriptText(r.transcript)));
  return `${out.join("\n")}\n`;
}
