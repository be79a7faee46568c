import { createWriteStream, writeFileSync } from "node:fs";
import path from "node:path";
// server.mjs, not index.mjs: Playwright's Babel transform cannot read `export * as`.
import { startFakeGmail } from "../fake-gmail/server.mjs";
import { startTestDns } from "../support/dns-server.mjs";
import { spawnServer, waitForServer } from "../support/server-process";

// Starts the fake Gmail (with its HTTP control API, so tests in worker processes can read
// what it recorded) and the real server entry, server.mjs, pointed at it. Tests find them
// through APP_URL, APP_PORT, FAKE_CONTROL_URL and SERVER_LOG.

export default async function globalSetup() {
  const certDir = process.env.FAKE_GMAIL_CERT_DIR;
  if (!certDir || !process.env.NODE_EXTRA_CA_CERTS) {
    throw new Error("Run the browser tests through `npm test`: it makes the test certificates first.");
  }
  const fake = await startFakeGmail({ certDir, control: true });
  // Every DNS look-up of the app goes to this server on loopback (custom domains' MX).
  const dns = await startTestDns();
  const runDir = process.env.TEST_RUN_DIR ?? certDir;
  // The server's clock for its account limits: tests move it (see support.ts, moveServerClock).
  const clockFile = path.join(runDir, "server-clock");
  writeFileSync(clockFile, "0");
  const server = await spawnServer({
    GMAIL_SMTP_HOST: fake.host,
    GMAIL_SMTP_TLS_PORT: String(fake.tlsPort),
    GMAIL_SMTP_STARTTLS_PORT: String(fake.starttlsPort),
    WIZARD_TEST_CLOCK_FILE: clockFile,
    GMAIL_DNS_SERVERS: dns.servers,
  });
  const logPath = path.join(runDir, "server.log");
  const log = createWriteStream(logPath);
  server.child.stdout?.pipe(log);
  server.child.stderr?.pipe(log);
  await waitForServer(server, 120_000);

  process.env.APP_URL = server.url;
  process.env.APP_PORT = String(server.port);
  process.env.FAKE_CONTROL_URL = fake.controlUrl;
  process.env.SERVER_LOG = logPath;
  process.env.SERVER_CLOCK_FILE = clockFile;
  process.env.FAKE_GMAIL_HOST = fake.host;
  process.env.FAKE_GMAIL_TLS_PORT = String(fake.tlsPort);
  process.env.FAKE_GMAIL_STARTTLS_PORT = String(fake.starttlsPort);
  process.env.GMAIL_DNS_SERVERS = dns.servers;

  return async () => {
    await server.stop();
    log.end();
    await fake.close();
    await dns.close();
  };
}
