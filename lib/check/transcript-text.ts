import type { TranscriptLine } from "@/lib/smtp/transcript";

// A transcript becomes text only here, where it is shown or copied: remarks about the
// whole check first, then each connection's lines in the order they happened.

const WHO = { client: "C", server: "S", note: "*" } as const;

/** Grouped by connection (transcript lines, phases): the general ones (no port) first, then by port, each in its order. */
export function byPort<T extends { port?: number | null }>(items: readonly T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => (a.item.port ?? 0) - (b.item.port ?? 0) || a.i - b.i)
    .map(({ item }) => item);
}

/** One line as text: "[465] S: 235 2.7.0 Accepted", "*: smtp.gmail.com is 142.250.27.108". */
export function lineText(line: TranscriptLine): string {
  return `${line.port === null ? "" : `[${line.port}] `}${WHO[line.from]}: ${line.text}`;
}

export function transcriptText(lines: readonly TranscriptLine[]): string {
  return byPort(lines).map(lineText).join("\n");
}
