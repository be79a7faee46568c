// @ts-check
// Every setting the app reads from its environment, parsed and checked in one place. The
// server entry (server.mjs) reads them once at start and stops with one clear sentence when
// one is wrong; the server-side code imports the same values. A request can never change
// them: they decide where the password is sent (docs/architecture.md, "Settings").
import path from "node:path";
import { z } from "zod";

/** @param {string} name @param {number} fallback */
const port = (name, fallback) =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw.trim() === "") return fallback;
      const value = Number(raw);
      if (Number.isInteger(value) && value >= 1 && value <= 65535) return value;
      ctx.addIssue({ code: "custom", message: `${name} must be a port number (1-65535), got ${JSON.stringify(raw)}` });
      return z.NEVER;
    });

// A host name or an IP address: what the probe connects to instead of smtp.gmail.com in tests.
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.?$|^[0-9A-Fa-f:.]+$/;

// "127.0.0.1", "127.0.0.1:5353", "::1", "[::1]:5353"
const DNS_SERVER = /^(?:\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?|\[[0-9A-Fa-f:]+\](?::\d{1,5})?|[0-9A-Fa-f:]+)$/;

const schema = z.object({
  PORT: port("PORT", 3000),
  GMAIL_SMTP_HOST: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const host = raw?.trim() || "smtp.gmail.com";
      if (HOST.test(host)) return host;
      ctx.addIssue({ code: "custom", message: `GMAIL_SMTP_HOST must be a host name or an IP address, got ${JSON.stringify(raw)}` });
      return z.NEVER;
    }),
  GMAIL_SMTP_TLS_PORT: port("GMAIL_SMTP_TLS_PORT", 465),
  GMAIL_SMTP_STARTTLS_PORT: port("GMAIL_SMTP_STARTTLS_PORT", 587),
  BROWSER: z.string().optional(),
  // Node's own switch that turns certificate checks off for the whole process. The app
  // refuses to run with it: the password would go to whoever intercepts the connection.
  NODE_TLS_REJECT_UNAUTHORIZED: z
    .string()
    .optional()
    .refine((v) => v !== "0", {
      message:
        "NODE_TLS_REJECT_UNAUTHORIZED is set to 0, which turns off certificate checks: your password could go to whoever intercepts the connection. Unset it (unset NODE_TLS_REJECT_UNAUTHORIZED) and start again.",
    }),
  CI: z.string().optional(),
  // Where every DNS look-up of the app goes (MX of custom domains, the SMTP host): a
  // comma-separated list of ip or ip:port. Unset: the system's resolver. Tests point it at a
  // DNS server on loopback.
  GMAIL_DNS_SERVERS: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw.trim() === "") return undefined;
      const servers = raw.split(",").map((s) => s.trim());
      const bad = servers.find((s) => !DNS_SERVER.test(s));
      if (bad === undefined) return servers;
      ctx.addIssue({
        code: "custom",
        message: `GMAIL_DNS_SERVERS must be a comma-separated list of ip or ip:port, got ${JSON.stringify(bad)}`,
      });
      return z.NEVER;
    }),
  // Tests only: a file holding milliseconds to add to the clock of the account limits, so a
  // test can move time on the server as page.clock does on the page.
  WIZARD_TEST_CLOCK_FILE: z
    .string()
    .optional()
    .refine((v) => !v || path.isAbsolute(v), { message: "WIZARD_TEST_CLOCK_FILE must be an absolute path" }),
});

/**
 * @typedef {object} Settings
 * @property {number} port the web server's port (it always binds 127.0.0.1)
 * @property {{ host: string, tlsPort: number, starttlsPort: number }} smtp where the probe logs in
 * @property {boolean} openBrowser whether `npm start` may open a browser (not under CI, not with BROWSER=none)
 * @property {string | undefined} testClockFile tests only: a file with milliseconds to add to the limits' clock
 * @property {readonly string[] | undefined} dnsServers where DNS look-ups go; undefined: the system's resolver
 */

/** Thrown with a message a person can act on, naming the variable. */
export class SettingsError extends Error {
  name = "SettingsError";
}

/**
 * @param {Record<string, string | undefined>} env
 * @returns {Settings}
 */
export function readSettings(env = process.env) {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw new SettingsError(parsed.error.issues.map((i) => i.message).join("\n"));
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    smtp: Object.freeze({ host: e.GMAIL_SMTP_HOST, tlsPort: e.GMAIL_SMTP_TLS_PORT, starttlsPort: e.GMAIL_SMTP_STARTTLS_PORT }),
    openBrowser: !e.CI && e.BROWSER !== "none",
    testClockFile: e.WIZARD_TEST_CLOCK_FILE || undefined,
    dnsServers: e.GMAIL_DNS_SERVERS ? Object.freeze([...e.GMAIL_DNS_SERVERS]) : undefined,
  });
}

/** @type {Settings | undefined} */
let cached;

/** The settings of this process, read on first use (server.mjs reads them first, at start). */
export function settings() {
  cached ??= readSettings();
  return cached;
}
