import * as z from "zod/mini";
import { PASSWORD_KINDS } from "@/lib/diagnosis/ids";

// The body of POST /api/check (docs/api.md), checked by the route and, before anything is
// sent, by the page itself, so both give the same message for the same mistake. zod/mini
// keeps this small enough for the page's first load. Types are inferred from it.

// C0 controls and DEL never belong in an address or a password; a pasted line break or
// tab is the usual culprit.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** An address is at most 254 characters (RFC 5321); Google passwords are at most 100, so 200 leaves room for pasted spaces. */
export const MAX_EMAIL_LENGTH = 254;
export const MAX_PASSWORD_LENGTH = 200;

const ENTER_EMAIL = "Enter your Gmail address.";
const ENTER_PASSWORD = "Enter the password.";

export const emailSchema = z.pipe(
  z.string(ENTER_EMAIL).check(
    z.trim(),
    z.minLength(1, ENTER_EMAIL),
    z.maxLength(MAX_EMAIL_LENGTH, `The address is longer than ${MAX_EMAIL_LENGTH} characters.`),
    z.refine((s) => !CONTROL.test(s), "The address contains a control character (a pasted tab or line break?)."),
  ),
  z.email("This does not look like an email address (name@gmail.com)."),
);

export const passwordSchema = z.string(ENTER_PASSWORD).check(
  z.minLength(1, ENTER_PASSWORD),
  z.maxLength(MAX_PASSWORD_LENGTH, `The password is longer than ${MAX_PASSWORD_LENGTH} characters.`),
  z.refine((s) => !CONTROL.test(s), "The password contains a control character (a pasted tab or line break?)."),
);

const PORT_MODES = ["tls", "starttls"] as const;
const MODE_MESSAGE = 'mode is "tls" (the TLS port, 465) or "starttls" (the STARTTLS port, 587).';

export const checkRequestSchema = z.object(
  {
    email: emailSchema,
    password: passwordSchema,
    passwordKind: z.optional(z.enum(PASSWORD_KINDS, 'passwordKind is "account" (a normal password) or "app" (an app password).')),
    /** Test only this port (both by default): after 465's certificate was refused, 587 on its own. */
    mode: z.optional(z.enum(PORT_MODES, MODE_MESSAGE)),
  },
  "Send a JSON object with the address (email) and the password.",
);

export type CheckRequest = z.infer<typeof checkRequestSchema>;

/**
 * The body of POST /api/send: the login that just worked, the mode it worked in (the server
 * maps it to its port), and optionally another recipient than the address itself.
 */
export const sendRequestSchema = z.extend(checkRequestSchema, {
  mode: z.enum(PORT_MODES, MODE_MESSAGE),
  to: z.optional(
    z.pipe(
      z.string().check(z.trim(), z.maxLength(MAX_EMAIL_LENGTH, `The address is longer than ${MAX_EMAIL_LENGTH} characters.`)),
      z.email("This does not look like an email address (name@example.com)."),
    ),
  ),
});

export type SendRequest = z.infer<typeof sendRequestSchema>;

export interface FieldProblem {
  field: string | null;
  message: string;
}

/** The first problem of a failed parse, as the API's 400 body and the form's message. */
export function firstIssue(error: z.core.$ZodError): FieldProblem {
  const issue = error.issues[0];
  const field = issue?.path[0];
  return { field: typeof field === "string" ? field : null, message: issue?.message ?? "Invalid request." };
}
