import type { Phase, PhaseName } from "@/lib/smtp/types";

// The rungs shown while a check runs, and their state from the phases streamed so far.

export const LADDER: ReadonlyArray<{ name: PhaseName; label: string }> = [
  { name: "dns", label: "Find Gmail's mail server" },
  { name: "connect", label: "Connect to it" },
  { name: "tls", label: "Make the connection private" },
  { name: "greeting", label: "Hear Google answer" },
  { name: "login", label: "Log in, once" },
];

export type RungState = "done" | "failed" | "active" | "todo";

/**
 * Each rung: done once any port passed it; failed once it failed on every port the check
 * opened (`ports`: 2, or 1 when it tests one port alone), or for good (the lookup, and the
 * one login); in progress for the first rung that is neither.
 */
export function ladderStates(phases: readonly Phase[], ports = 2): RungState[] {
  const passed = (name: PhaseName) => phases.some((p) => p.name === name && p.ok);
  const failedPorts = (name: PhaseName) => new Set(phases.filter((p) => p.name === name && !p.ok).map((p) => p.port ?? 0)).size;
  const failedForGood = (name: PhaseName) => failedPorts(name) > 0 && (name === "dns" || name === "login" || failedPorts(name) >= ports);
  let stopped = false;
  return LADDER.map(({ name }, i) => {
    // An IP address needs no lookup: the first connection proves the name was found.
    if (passed(name) || (i === 0 && phases.some((p) => p.name === "connect"))) return "done";
    if (stopped) return "todo";
    stopped = true;
    return failedForGood(name) ? "failed" : "active";
  });
}
