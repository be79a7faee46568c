import type { ComponentProps, ReactElement } from 'react';
import { ANTIVIRUS_MAIL_SHIELD_ALT, AntivirusMailShield } from './antivirus-mail-shield';
import { APP_PASSWORD_DIALOG_ALT, AppPasswordDialog } from './app-password-dialog';
import { APP_PASSWORDS_PAGE_ALT, AppPasswordsPage } from './app-passwords-page';
import { GOOGLE_SIGN_IN_ALT, GoogleSignIn } from './google-sign-in';
import type { IllustrationId } from './ids';
import { LESS_SECURE_APPS_UNAVAILABLE_ALT, LessSecureAppsUnavailable } from './less-secure-apps-unavailable';
import { NETWORK_BLOCKED_ALT, NetworkBlocked } from './network-blocked';
import { SECURITY_ALERT_ALT, SecurityAlert } from './security-alert';
import { TWO_STEP_VERIFICATION_PAGE_ALT, TwoStepVerificationPage } from './two-step-verification-page';
import { WAIT_CLOCK_ALT, WaitClock } from './wait-clock';
import { WRONG_PROVIDER_ALT, WrongProvider } from './wrong-provider';

export { ILLUSTRATION_IDS, type IllustrationId } from './ids';

export type IllustrationEntry = {
  /** The drawing; it already carries role="img" and `alt` as its accessible name. */
  Component: (props: ComponentProps<'svg'>) => ReactElement;
  /** The same content in words, one to three sentences. */
  alt: string;
};

export const ILLUSTRATIONS: Readonly<Record<IllustrationId, IllustrationEntry>> = {
  'google-sign-in': { Component: GoogleSignIn, alt: GOOGLE_SIGN_IN_ALT },
  'less-secure-apps-unavailable': { Component: LessSecureAppsUnavailable, alt: LESS_SECURE_APPS_UNAVAILABLE_ALT },
  'two-step-verification-page': { Component: TwoStepVerificationPage, alt: TWO_STEP_VERIFICATION_PAGE_ALT },
  'app-passwords-page': { Component: AppPasswordsPage, alt: APP_PASSWORDS_PAGE_ALT },
  'app-password-dialog': { Component: AppPasswordDialog, alt: APP_PASSWORD_DIALOG_ALT },
  'security-alert': { Component: SecurityAlert, alt: SECURITY_ALERT_ALT },
  'wait-clock': { Component: WaitClock, alt: WAIT_CLOCK_ALT },
  'network-blocked': { Component: NetworkBlocked, alt: NETWORK_BLOCKED_ALT },
  'antivirus-mail-shield': { Component: AntivirusMailShield, alt: ANTIVIRUS_MAIL_SHIELD_ALT },
  'wrong-provider': { Component: WrongProvider, alt: WRONG_PROVIDER_ALT },
};
