import type { ComponentProps, ReactElement } from "react";
import { AntivirusMailShield } from "./antivirus-mail-shield";
import { AppPasswordDialog } from "./app-password-dialog";
import { AppPasswordsPage } from "./app-passwords-page";
import { ComputerClock } from "./computer-clock";
import { GoogleSignIn } from "./google-sign-in";
import type { IllustrationId } from "./ids";
import { LessSecureAppsUnavailable } from "./less-secure-apps-unavailable";
import { NetworkBlocked } from "./network-blocked";
import { SecurityAlert } from "./security-alert";
import { SendMailAs } from "./send-mail-as";
import { TwoStepVerificationPage } from "./two-step-verification-page";
import { WaitClock } from "./wait-clock";
import { WrongProvider } from "./wrong-provider";

export { ILLUSTRATION_IDS, type IllustrationId } from "./ids";

/** A drawing; it carries role="img" and its text alternative (the file's *_ALT) itself. */
export type Illustration = (props: ComponentProps<"svg">) => ReactElement;

export const ILLUSTRATIONS: Readonly<Record<IllustrationId, Illustration>> = {
  "google-sign-in": GoogleSignIn,
  "less-secure-apps-unavailable": LessSecureAppsUnavailable,
  "two-step-verification-page": TwoStepVerificationPage,
  "app-passwords-page": AppPasswordsPage,
  "app-password-dialog": AppPasswordDialog,
  "security-alert": SecurityAlert,
  "wait-clock": WaitClock,
  "network-blocked": NetworkBlocked,
  "antivirus-mail-shield": AntivirusMailShield,
  "wrong-provider": WrongProvider,
  "send-mail-as": SendMailAs,
  "computer-clock": ComputerClock,
};
