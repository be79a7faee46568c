import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { makeTestCertificates } from "../fake-gmail/certs.mjs";

// `npm run test:unit` on its own: the integration tests need this run's throwaway
// certificates, trusted the ordinary way (NODE_EXTRA_CA_CERTS, read by each test worker
// when it starts). `npm test` makes them once for every runner and passes them down.
export default async function setup() {
  if (process.env.FAKE_GMAIL_CERT_DIR && process.env.NODE_EXTRA_CA_CERTS) return;
  const work = mkdtempSync(path.join(os.tmpdir(), "gmail-smtp-wizard-unit-"));
  const certs = await makeTestCertificates(path.join(work, "certs"));
  process.env.FAKE_GMAIL_CERT_DIR = certs.dir;
  process.env.NODE_EXTRA_CA_CERTS = certs.caPath;
  return () => rmSync(work, { recursive: true, force: true });
}
