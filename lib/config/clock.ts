import "server-only";
import { readFileSync } from "node:fs";
import { settings } from "./settings.mjs";

/**
 * The time the account limits go by (ms since epoch). Normally the system clock; under
 * tests that set WIZARD_TEST_CLOCK_FILE, the system clock plus the milliseconds written in
 * that file, so a test can skip a 15-minute lock without waiting for it.
 */
export function now(): number {
  const file = settings().testClockFile;
  if (!file) return Date.now();
  try {
    const offset = Number(readFileSync(file, "utf8").trim());
    return Date.now() + (Number.isFinite(offset) ? offset : 0);
  } catch {
    return Date.now();
  }
}
