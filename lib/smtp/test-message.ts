import "server-only";
import MailComposer from "nodemailer/lib/mail-composer";

export const TEST_SUBJECT = "Test mail from Gmail SMTP Wizard";

/**
 * The test mail: which app sent it and when, and nothing else (no password, no settings).
 * Built by nodemailer's composer, so headers and encoding are what a mail client expects.
 */
export function composeTestMessage({ from, to, sentAt }: { from: string; to: string; sentAt: Date }): Promise<Buffer> {
  const when = sentAt.toUTCString();
  const mail = new MailComposer({
    from,
    to,
    subject: TEST_SUBJECT,
    date: sentAt,
    text: `This test message was sent by Gmail SMTP Wizard\non ${when}.\n\nIf you can read it, sending through Gmail works.\n`,
  });
  return new Promise((resolve, reject) => mail.compile().build((err, message) => (err ? reject(err) : resolve(message))));
}
