import { createColors } from "picocolors";

// Colours only for a person at a terminal: never when the output goes to a file or a pipe,
// never with NO_COLOR (https://no-color.org: set and not empty) or --no-color, never on a
// dumb terminal.

export type Style = ReturnType<typeof createColors>;

export function colorsWanted(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv, argv: readonly string[]): boolean {
  if (env.NO_COLOR) return false;
  if (argv.includes("--no-color")) return false;
  if (env.TERM === "dumb") return false;
  return stream.isTTY === true;
}

export function styleFor(enabled: boolean): Style {
  return createColors(enabled);
}
