import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { makeTestCertificates } from "../fake-gmail/certs.mjs";
import { startFakeGmail } from "../fake-gmail/server.mjs";
import { startTestDns } from "./dns-server.mjs";

// What the unit and integration tests run against, started once for the whole run and handed
// to each test worker through its environment (read when the worker starts):
// - this run's throwaway certificates, trusted the ordinary way (NODE_EXTRA_CA_CERTS);
//   `npm test` makes them once for every runner and passes them down;
// - a DNS server on loopback (GMAIL_DNS_SERVERS), so no test asks the system resolver;
// - a fake Gmail as the app's SMTP target (GMAIL_SMTP_*), so code that uses the settings
//   (runCheck, runSend) never reaches the real smtp.gmail.com.
// Both Vitest projects (unit, cli) name this setup, and Vitest runs each project's setup in
// the same process: the first one starts everything, the second finds it running.
export default async function setup() {
  if (process.env.GMAIL_WIZARD_TEST_SETUP === "running") return;
  process.env.GMAIL_WIZARD_TEST_SETUP = "running";
  const cleanups: Array<() => Promise<void> | void> = [];
  if (!process.env.FAKE_GMAIL_CERT_DIR || !process.env.NODE_EXTRA_CA_CERTS) {
    const work = mkdtempSync(path.join(os.tmpdir(), "gmail-smtp-wizard-unit-"));
    const certs = await makeTestCertificates(path.join(work, "certs"));
    process.env.FAKE_GMAIL_CERT_DIR = certs.dir;
    process.env.NODE_EXTRA_CA_CERTS = certs.caPath;
    cleanups.push(() => rmSync(work, { recursive: true, force: true }));
  }
  const dns = await startTestDns();
  process.env.GMAIL_DNS_SERVERS = dns.servers;
  cleanups.push(() => dns.close());
  const fake = await startFakeGmail({ certDir: process.env.FAKE_GMAIL_CERT_DIR, control: true });
  process.env.GMAIL_SMTP_HOST = fake.host;
  process.env.GMAIL_SMTP_TLS_PORT = String(fake.tlsPort);
  process.env.GMAIL_SMTP_STARTTLS_PORT = String(fake.starttlsPort);
  process.env.FAKE_CONTROL_URL = fake.controlUrl;
  cleanups.push(() => fake.close());
  return async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    delete process.env.GMAIL_WIZARD_TEST_SETUP;
  };
}
