/**
 * The illustrations the fix steps can show, one per screen the person will meet.
 * Mirrors `IllustrationId` in lib/steps/types.ts (same strings, same order).
 */
export const ILLUSTRATION_IDS = [
  'google-sign-in',
  'less-secure-apps-unavailable',
  'two-step-verification-page',
  'app-passwords-page',
  'app-password-dialog',
  'security-alert',
  'wait-clock',
  'network-blocked',
  'antivirus-mail-shield',
  'wrong-provider',
] as const;

export type IllustrationId = (typeof ILLUSTRATION_IDS)[number];
