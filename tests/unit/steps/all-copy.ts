import { VERDICT_IDS } from "@/lib/diagnosis/ids";
import { addressWarnings, badCredentialsCopy, PASSWORD_WARNING_MESSAGES, REPEAT_COPY, STEPS, VERDICT_COPY } from "@/lib/steps";
import { collectStrings } from "./collect-strings";

export const ADDRESS_WARNING_SAMPLE = addressWarnings("someone@yahoo.com")[0]?.message ?? "";

/** Every string the person can see that lib/steps produces. */
export function allCopy(): string[] {
  const addresses = ["name", "a b@gmail.com", "x@gmial.com", "x@outlook.com"].flatMap((a) => addressWarnings(a).map((w) => w.message));
  return [
    ...collectStrings(STEPS),
    ...collectStrings(REPEAT_COPY),
    ...VERDICT_IDS.flatMap((id) => collectStrings(VERDICT_COPY[id])),
    ...collectStrings(badCredentialsCopy("account")),
    ...collectStrings(badCredentialsCopy("app")),
    ...collectStrings(PASSWORD_WARNING_MESSAGES),
    ...addresses,
    ADDRESS_WARNING_SAMPLE,
  ];
}
