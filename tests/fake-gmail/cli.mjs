#!/usr/bin/env node
// @ts-check
// `npm run fake-gmail`: run the fake Gmail SMTP server by hand and point the app at it.
//   node tests/fake-gmail/cli.mjs [--tls-port 2465] [--starttls-port 2587] [--cert-dir DIR]
//     [--intercepted] [--ehlo ok|try-again-later] [--greeting gmail|silent|garbage] [--control]
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { makeTestCertificates } from "./certs.mjs";
import { GOOD_APP_PASSWORD, SCENARIOS, UNKNOWN_USER_SCENARIO } from "./scenarios.mjs";
import { startFakeGmail } from "./server.mjs";

const USAGE = `usage: node tests/fake-gmail/cli.mjs [--tls-port N] [--starttls-port N] [--cert-dir DIR]
  [--intercepted] [--ehlo ok|try-again-later] [--greeting gmail|silent|garbage] [--control]`;

/** @param {string} name @param {string} value */
function port(name, value) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`--${name} must be a port number (0 = any)`);
  return n;
}

async function main() {
  const { values } = parseArgs({
    options: {
      "tls-port": { type: "string", default: "2465" },
      "starttls-port": { type: "string", default: "2587" },
      "cert-dir": { type: "string" },
      intercepted: { type: "boolean", default: false },
      ehlo: { type: "string", default: "ok" },
      greeting: { type: "string", default: "gmail" },
      control: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return void console.log(USAGE);

  const ownDir = values["cert-dir"] === undefined;
  const certDir = values["cert-dir"] ?? (await mkdtemp(join(tmpdir(), "fake-gmail-certs-")));
  const certs = await makeTestCertificates(certDir);
  const fake = await startFakeGmail({
    certDir,
    tlsPort: port("tls-port", values["tls-port"]),
    starttlsPort: port("starttls-port", values["starttls-port"]),
    certificate: values.intercepted ? "intercepted" : "trusted",
    ehlo: /** @type {'ok' | 'try-again-later'} */ (values.ehlo),
    greeting: /** @type {'gmail' | 'silent' | 'garbage'} */ (values.greeting),
    control: values.control,
  });

  const width = Math.max(...Object.keys(SCENARIOS).map((key) => key.length)) + 2;
  const line = (/** @type {string} */ key, /** @type {string} */ text) => `  ${key.padEnd(width)}${text}`;
  console.log(
    [
      `Fake Gmail SMTP on ${fake.host}: TLS port ${fake.tlsPort}, STARTTLS port ${fake.starttlsPort}` +
        (values.intercepted ? ' (serving the rogue "Avast Web/Mail Shield Root" certificate)' : ""),
      fake.controlUrl ? `Control API: ${fake.controlUrl}` : "",
      `Certificates: ${certs.dir} (trust ${certs.caPath})`,
      "",
      "Log in as <scenario>@gmail.com (dots, a +tag and a --suffix are ignored: bad-credentials--1@gmail.com):",
      ...Object.entries(SCENARIOS).map(([key, s]) => line(key, s.description)),
      line("(anything else)", UNKNOWN_USER_SCENARIO.description.replace(/ \(.*\)$/, "")),
      "",
      `Good app password: ${GOOD_APP_PASSWORD} (also accepted in four groups with spaces)`,
      "",
      "Point the app at it:",
      `  NODE_EXTRA_CA_CERTS=${certs.caPath} GMAIL_SMTP_HOST=${fake.host} ` +
        `GMAIL_SMTP_TLS_PORT=${fake.tlsPort} GMAIL_SMTP_STARTTLS_PORT=${fake.starttlsPort} npm start`,
      "",
      "Ctrl-C to stop.",
    ]
      .filter((text, i, all) => text !== "" || all[i - 1] !== "")
      .join("\n"),
  );

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await fake.close();
    if (ownDir) await rm(certDir, { recursive: true, force: true });
    console.log("\nFake Gmail stopped.");
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((err) => {
  console.error(`fake-gmail: ${err instanceof Error ? err.message : String(err)}`);
  console.error(USAGE);
  process.exit(1);
});
