import { fromAddress, PASSWORD_ENV, scriptNotes, shellPasswordSetup, TEST_BODY, testSubject, textField, toAddress } from "./common";
import { jsString } from "./quote";
import type { ProgramSettings, ProvenSettings } from "./types";

// Node.js, Nodemailer SMTP transport: https://nodemailer.com/smtp/ (host, port, secure: true for TLS from the first
// byte and false for STARTTLS, requireTLS: true to refuse a connection that does not upgrade, auth.user / auth.pass).
export function nodeSettings(s: ProvenSettings): ProgramSettings {
  const security =
    s.mode === "tls"
      ? ["  secure: true, // TLS from the first byte"]
      : ["  secure: false, // plain at first, then STARTTLS", "  requireTLS: true, // never log in without TLS"];
  const code = [
    "// Sends one test message through Gmail with the settings the wizard checked.",
    `// Run: node send-test.mjs (with ${PASSWORD_ENV} set first, and nodemailer installed)`,
    'import nodemailer from "nodemailer";',
    "",
    `const password = process.env.${PASSWORD_ENV};`,
    "if (!password) {",
    `  console.error("Set ${PASSWORD_ENV} first.");`,
    "  process.exit(1);",
    "}",
    "",
    "const transporter = nodemailer.createTransport({",
    `  host: ${jsString(s.host)},`,
    `  port: ${s.port},`,
    ...security,
    `  auth: { user: ${jsString(s.username)}, pass: password },`,
    "});",
    "",
    "try {",
    "  const info = await transporter.sendMail({",
    `    from: ${jsString(fromAddress(s))},`,
    `    to: ${jsString(toAddress(s))},`,
    `    subject: ${jsString(testSubject("Node.js"))},`,
    `    text: ${jsString(TEST_BODY)},`,
    "  });",
    '  console.log("Sent:", info.messageId);',
    "} catch (error) {",
    '  console.error("Not sent:", error.message);',
    "  process.exit(1);",
    "}",
    "",
  ].join("\n");
  return {
    id: "node",
    name: "Node.js (Nodemailer)",
    group: "Code",
    where: "A Node.js script, an ES module, next to node_modules/nodemailer (npm install nodemailer)",
    fields: [textField("host", s.host), textField("port", String(s.port)), textField("auth.user", s.username)],
    snippet: { id: "node", language: "javascript", file: "send-test.mjs", code, setup: shellPasswordSetup(), run: "node send-test.mjs" },
    notes: scriptNotes(
      s,
      s.mode === "tls"
        ? "secure: true means TLS from the first byte."
        : "secure: false with requireTLS: true means STARTTLS, and no login if the upgrade fails.",
    ),
  };
}
