import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import net from "node:net";
import path from "node:path";
// server.mjs, not index.mjs: Playwright's Babel transform cannot read `export * as`.
import { startFakeGmail } from "../fake-gmail/server.mjs";

// Starts the fake Gmail (with its HTTP control API, so tests in worker processes can read
// what it recorded) and the real server entry, server.mjs, pointed at it. Tests find them
// through APP_URL, APP_PORT, FAKE_CONTROL_URL and SERVER_LOG.

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server.mjs exited with code ${child.exitCode}; see its log`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server.mjs did not answer at ${url} within ${timeoutMs} ms`);
}

export default async function globalSetup() {
  const certDir = process.env.FAKE_GMAIL_CERT_DIR;
  if (!certDir || !process.env.NODE_EXTRA_CA_CERTS) {
    throw new Error("Run the browser tests through `npm test`: it makes the test certificates first.");
  }
  const fake = await startFakeGmail({ certDir, control: true });
  const port = await freePort();
  const runDir = process.env.TEST_RUN_DIR ?? certDir;
  const logPath = path.join(runDir, "server.log");
  const log = createWriteStream(logPath);
  const server = spawn(process.execPath, ["server.mjs"], {
    cwd: path.resolve(__dirname, "../.."),
    env: {
      ...process.env,
      PORT: String(port),
      GMAIL_SMTP_HOST: fake.host,
      GMAIL_SMTP_TLS_PORT: String(fake.tlsPort),
      GMAIL_SMTP_STARTTLS_PORT: String(fake.starttlsPort),
      BROWSER: "none",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.pipe(log);
  server.stderr?.pipe(log);
  const appUrl = `http://127.0.0.1:${port}`;
  await waitForServer(appUrl, server, 120_000);

  process.env.APP_URL = appUrl;
  process.env.APP_PORT = String(port);
  process.env.FAKE_CONTROL_URL = fake.controlUrl;
  process.env.SERVER_LOG = logPath;

  return async () => {
    server.kill("SIGTERM");
    await new Promise((r) => (server.exitCode !== null ? r(null) : server.once("exit", r)));
    log.end();
    await fake.close();
  };
}
