import type { RunsOn } from "./types";

// "Where does your program run?": asked on the first page, kept for the session, and used by
// the advice that depends on the machine (network, antivirus, browser sign-in) and the done page.

/** The answers to "Where does your program run?", in the order offered. */
export const RUNS_ON_LABELS: Readonly<Record<RunsOn, string>> = {
  "this-computer": "This computer",
  server: "A web host or server",
  device: "A device like a NAS or printer",
};

/** The program runs on another machine than this one (a server or a device). */
export const runsElsewhere = (runsOn: RunsOn | undefined): runsOn is "server" | "device" => runsOn === "server" || runsOn === "device";

/** How the advice names the machine the program runs on. */
export const RUNS_ON_NAMES: Readonly<Record<RunsOn, string>> = {
  "this-computer": "this computer",
  server: "your web host or server",
  device: "your device",
};
