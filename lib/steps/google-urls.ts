// The Google pages the steps open. Checked against docs/gmail-replies.md#account-facts; every
// one is https on accounts.google.com or myaccount.google.com, never a support article
// that may move. DisplayUnlockCaptcha is deliberately absent: it is gone since 2023.
export const GOOGLE_URLS = {
  signIn: "https://accounts.google.com/",
  lessSecureApps: "https://myaccount.google.com/lesssecureapps",
  twoStepVerification: "https://myaccount.google.com/signinoptions/two-step-verification",
  appPasswords: "https://myaccount.google.com/apppasswords",
  notifications: "https://myaccount.google.com/notifications",
  security: "https://myaccount.google.com/security",
  gmailAccountsSettings: "https://mail.google.com/mail/u/0/#settings/accounts",
} as const;
