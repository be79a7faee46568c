import "server-only";
import { now } from "@/lib/config/clock";
import { createLimits, type Limits } from "./limits";

// One set of limits for the whole process: /api/check and /api/send log in to the same
// accounts. Next bundles each route on its own, so the instance lives on globalThis.
const KEY = Symbol.for("gmail-smtp-wizard.account-limits");

export function accountLimits(): Limits {
  const holder = globalThis as typeof globalThis & { [KEY]?: Limits };
  holder[KEY] ??= createLimits(now);
  return holder[KEY];
}
