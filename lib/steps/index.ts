// The fix-step content behind one facade: text, links and illustrations for every StepId,
// the verdict copy, and the pure password and address checks the form uses.
import type { StepId } from "@/lib/diagnosis/ids";
import { appPasswordStep } from "./app-password";
import { checkPasswordStep } from "./check-password";
import { clockStep } from "./clock";
import { issuerName } from "./issuer";
import { lessSecureAccessStep } from "./less-secure-access";
import { networkStep } from "./network";
import { sendMailAsStep } from "./send-mail-as";
import { tlsInterceptedStep } from "./tls-intercepted";
import { twoStepVerificationStep } from "./two-step-verification";
import type { FixStep } from "./types";
import { waitStep } from "./wait";
import { webLoginStep } from "./web-login";
import { wrongProviderStep } from "./wrong-provider";

export const STEPS: Readonly<Record<StepId, FixStep>> = {
  "check-password": checkPasswordStep,
  "less-secure-access": lessSecureAccessStep,
  "two-step-verification": twoStepVerificationStep,
  "app-password": appPasswordStep,
  "web-login": webLoginStep,
  wait: waitStep,
  network: networkStep,
  "tls-intercepted": tlsInterceptedStep,
  "wrong-provider": wrongProviderStep,
  "send-mail-as": sendMailAsStep,
  clock: clockStep,
};

export function getStep(id: StepId): FixStep {
  return STEPS[id];
}

/**
 * The step's actions for this answer: once a check has seen the certificate of whatever
 * sealed the connection, a step with `firstActionNaming` names that program in its first action.
 */
export function stepActions(step: FixStep, certIssuer?: string): readonly string[] {
  if (!step.firstActionNaming || !certIssuer) return step.actions;
  return [step.firstActionNaming(issuerName(certIssuer)), ...step.actions.slice(1)];
}

export type { AddressWarning, AddressWarningId } from "./address";
export { addressWarnings, knownNonGoogleProvider } from "./address";
export { GOOGLE_URLS } from "./google-urls";
export type { PasswordWarning, PasswordWarningId } from "./password";
export {
  inferPasswordKind,
  isAppPasswordShape,
  normalizeAppPassword,
  PASSWORD_WARNING_MESSAGES,
  passwordWarnings,
} from "./password";
export type { RepeatCopy } from "./repeat-copy";
export { describeTry, REPEAT_COPY } from "./repeat-copy";
export type { ChecklistItem, FixStep, GoogleLink, IllustrationId, RunsOn, StepNote } from "./types";
export { ILLUSTRATION_IDS } from "./types";
export type { VerdictCopy } from "./verdict-copy";
export { badCredentialsCopy, getVerdictCopy, VERDICT_COPY } from "./verdict-copy";
export { formatWait, WAIT_SECONDS } from "./wait";
