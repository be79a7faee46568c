// Literal replies from docs/gmail-replies.md#login-replies, current and legacy forms,
// as nodemailer hands them over (lines joined by "\n"). Session ids vary on purpose.
export const ID = "ffacd0b85a97d-47fd4068fb7sm42661420f8f.0";
export const ID2 = "5b1f17b1804b1-4779b21de7esm1234567abc.2";

export const BAD_CREDENTIALS = [
  "535-5.7.8 Username and Password not accepted. For more information, go to",
  `535 5.7.8  https://support.google.com/mail/?p=BadCredentials ${ID} - gsmtp`,
].join("\n");
export const BAD_CREDENTIALS_LEARN_MORE = [
  "535-5.7.8 Username and Password not accepted. Learn more at",
  `535 5.7.8 https://support.google.com/mail/?p=BadCredentials ${ID2} - gsmtp`,
].join("\n");
export const APP_PASSWORD_REQUIRED = [
  "534-5.7.9 Application-specific password required. For more information, go to",
  `534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor ${ID} - gsmtp`,
].join("\n");
export const APP_PASSWORD_REQUIRED_LEARN_MORE = [
  "534-5.7.9 Application-specific password required. Learn more at",
  `534 5.7.9 https://support.google.com/mail/?p=InvalidSecondFactor ${ID2} - gsmtp`,
].join("\n");
export const WEB_LOGIN = [
  "534-5.7.9 Please log in with your web browser and then try again. For more",
  "534-5.7.9 information, go to",
  `534 5.7.9  https://support.google.com/mail/?p=WebLoginRequired ${ID} - gsmtp`,
].join("\n");
export const WEB_LOGIN_LEGACY = [
  "534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=AKgnsbsa7ZzSy1",
  "534-5.7.14 Xq7vQh3kPq0Rb9lWmT2y8cYdE6fGhJ> Please log in via your web browser and",
  "534-5.7.14 then try again.",
  "534-5.7.14  Learn more at",
  `534 5.7.14  https://support.google.com/mail/answer/78754 ${ID2} - gsmtp`,
].join("\n");
export const TOO_MANY = [
  "454-4.7.0 Too many login attempts, please try again later. For more information,",
  "454-4.7.0 go to",
  `454 4.7.0  https://support.google.com/mail/answer/7126229 ${ID} - gsmtp`,
].join("\n");
export const TOO_MANY_LEGACY = `454 4.7.0 Too many login attempts, please try again later. ${ID2} - gsmtp`;
export const TEMPORARY = `454 4.7.0 Cannot authenticate due to temporary system problem. Try again later. ${ID} - gsmtp`;
export const TRY_AGAIN_LATER_EHLO = [
  "421-4.7.0 Try again later, closing connection. (EHLO)",
  "421-4.7.0 For more information, go to",
  `421 4.7.0  https://support.google.com/a/answer/3221692 ${ID} - gsmtp`,
].join("\n");
export const MICROSOFT =
  "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. [SN4PR0601CA0012.namprd06.prod.outlook.com]";
export const ACCEPTED = "235 2.7.0 Accepted";

// Every other form of each reply (docs/gmail-replies.md#login-replies, "Other forms"):
// older filler, older links, one line, and Google's published 535 5.7.1 forms.
export const FORMS: ReadonlyArray<[name: string, text: string, verdict: string]> = [
  ["BadCredentials, current", BAD_CREDENTIALS, "bad-credentials"],
  ["BadCredentials, Learn more at", BAD_CREDENTIALS_LEARN_MORE, "bad-credentials"],
  [
    "BadCredentials, old answer.py link",
    [
      "535-5.7.8 Username and Password not accepted. Learn more at",
      `535 5.7.8 https://support.google.com/mail/bin/answer.py?answer=14257 ${ID} - gsmtp`,
    ].join("\n"),
    "bad-credentials",
  ],
  ["BadCredentials, one line, no link", `535 5.7.8 Username and Password not accepted. ${ID} - gsmtp`, "bad-credentials"],
  [
    "BadCredentials, published 535 5.7.1 form",
    `535 5.7.1 Username and Password not accepted. Learn more at https://support.google.com/accounts/answer/14257 ${ID} - gsmtp`,
    "bad-credentials",
  ],
  ["InvalidSecondFactor, current", APP_PASSWORD_REQUIRED, "app-password-required"],
  ["InvalidSecondFactor, Learn more at", APP_PASSWORD_REQUIRED_LEARN_MORE, "app-password-required"],
  [
    "app password, published 535 5.7.1 form",
    `535 5.7.1 Application-specific password required. Learn more at https://support.google.com/accounts/answer/185833 ${ID} - gsmtp`,
    "app-password-required",
  ],
  ["app password, one line, no link", `534 5.7.9 Application-specific password required. ${ID2} - gsmtp`, "app-password-required"],
  ["WebLoginRequired, current", WEB_LOGIN, "web-login-required"],
  ["web login, legacy 5.7.14", WEB_LOGIN_LEGACY, "web-login-required"],
  [
    "web login, published 535 5.7.1 form",
    `535 5.7.1 Please log in with your web browser and then try again. Learn more at https://support.google.com/accounts/answer/78754 ${ID} - gsmtp`,
    "web-login-required",
  ],
  [
    "web login, 'through your web browser', old link",
    [
      "534-5.7.14 Please log in through your web browser and then try again.",
      `534 5.7.14 Learn more at https://support.google.com/mail/bin/answer.py?answer=78754 ${ID} - gsmtp`,
    ].join("\n"),
    "web-login-required",
  ],
  ["too many logins, current", TOO_MANY, "too-many-attempts"],
  ["too many logins, one line", TOO_MANY_LEGACY, "too-many-attempts"],
  ["temporary system problem", TEMPORARY, "google-unavailable"],
  ["an unknown Google reply stays unknown", `535 5.7.0 Something new from Google. ${ID} - gsmtp`, "unknown"],
];
