import { z } from "zod";

// The body of POST /api/check (../shared/product.md, "HTTP API"). Types are inferred from
// this schema; messages are shown to the person as they are.

// C0 controls and DEL never belong in an address or a password; a pasted line break or
// tab is the usual culprit.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** An address is at most 254 characters (RFC 5321); Google passwords are at most 100, so 200 leaves room for pasted spaces. */
export const MAX_EMAIL_LENGTH = 254;
export const MAX_PASSWORD_LENGTH = 200;

export const checkRequestSchema = z.object({
  email: z
    .string({ error: "Enter your Gmail address." })
    .trim()
    .min(1, "Enter your Gmail address.")
    .max(MAX_EMAIL_LENGTH, `The address is longer than ${MAX_EMAIL_LENGTH} characters.`)
    .refine((s) => !CONTROL.test(s), "The address contains a control character (a pasted tab or line break?).")
    .pipe(z.email("This does not look like an email address (name@gmail.com).")),
  password: z
    .string({ error: "Enter the password." })
    .min(1, "Enter the password.")
    .max(MAX_PASSWORD_LENGTH, `The password is longer than ${MAX_PASSWORD_LENGTH} characters.`)
    .refine((s) => !CONTROL.test(s), "The password contains a control character (a pasted tab or line break?)."),
  passwordKind: z.enum(["account", "app"]).optional(),
});

export type CheckRequest = z.infer<typeof checkRequestSchema>;

/** The first problem of a failed parse, as the API's 400 body. */
export function firstIssue(error: z.ZodError): { field: string | null; message: string } {
  const issue = error.issues[0];
  const field = issue?.path[0];
  return { field: typeof field === "string" ? field : null, message: issue?.message ?? "Invalid request." };
}
