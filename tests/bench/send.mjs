// @ts-check
// `npm run bench:send [-- --runs N]`: what a test mail costs, next to the login check alone.
// Starts the fake Gmail on loopback and a real `node server.mjs` pointed at it, then runs,
// one at a time, POST /api/check and POST /api/send (mode "tls" and "starttls") N times each,
// every run with its own account so no limit is reached. Prints the medians of the wall time
// (until the HTTP answer) and of the `elapsedMs` the answer reports. Numbers only.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { makeTestCertificates } from "../fake-gmail/certs.mjs";
import { startFakeGmail } from "../fake-gmail/server.mjs";
import { root } from "../support/paths.mjs";

const { values } = parseArgs({ options: { runs: { type: "string", default: "20" } } });
const RUNS = Number(values.runs);
if (!(RUNS > 0)) {
  console.error("--runs must be a positive number");
  process.exit(1);
}
const PASSWORD = "abcd efgh ijkl mnop";

const work = mkdtempSync(path.join(os.tmpdir(), "gmail-smtp-bench-send-"));
const certs = await makeTestCertificates(path.join(work, "certs"));
const fake = await startFakeGmail({ certDir: certs.dir });
const port = 3900 + Math.floor(Math.random() * 90);
const app = spawn(process.execPath, ["server.mjs"], {
  cwd: root,
  env: {
    ...process.env,
    PORT: String(port),
    BROWSER: "none",
    NODE_EXTRA_CA_CERTS: certs.caPath,
    GMAIL_SMTP_HOST: fake.host,
    GMAIL_SMTP_TLS_PORT: String(fake.tlsPort),
    GMAIL_SMTP_STARTTLS_PORT: String(fake.starttlsPort),
  },
  stdio: ["ignore", "pipe", "inherit"],
});
try {
  await new Promise((resolve, reject) => {
    let out = "";
    app.stdout.on("data", (d) => {
      out += d;
      if (out.includes("is running at")) resolve(undefined);
    });
    app.once("exit", (code) => reject(new Error(`server.mjs exited with ${code}:\n${out}`)));
  });
  const origin = `http://127.0.0.1:${port}`;
  /** @param {string} route @param {object} body */
  const post = async (route, body) => {
    const started = performance.now();
    const res = await fetch(origin + route, {
      method: "POST",
      headers: { origin, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const answer = await res.json();
    return { wall: performance.now() - started, elapsed: answer.elapsedMs, outcome: answer.outcome ?? answer.verdict ?? res.status };
  };
  const kinds = [
    ["check", (/** @type {string} */ email) => post("/api/check", { email, password: PASSWORD })],
    ["send over 465 (tls)", (/** @type {string} */ email) => post("/api/send", { email, password: PASSWORD, mode: "tls" })],
    ["send over 587 (starttls)", (/** @type {string} */ email) => post("/api/send", { email, password: PASSWORD, mode: "starttls" })],
  ];
  /** @type {Map<string, { wall: number, elapsed: number, outcome: unknown }[]>} */
  const results = new Map(kinds.map(([name]) => [String(name), []]));
  await post("/api/check", { email: "accepted--warmup@gmail.com", password: PASSWORD });
  for (let i = 0; i < RUNS; i++) {
    for (const [name, run] of kinds) {
      const r = await /** @type {(e: string) => Promise<any>} */ (run)(`accepted--send${i}x${String(name).length}@gmail.com`);
      results.get(String(name))?.push(r);
    }
  }
  const median = (/** @type {number[]} */ v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? Number.NaN;
  console.log(`${RUNS} runs each, one at a time, against the fake Gmail on loopback:`);
  for (const [name, runs] of results) {
    const outcomes = [...new Set(runs.map((r) => r.outcome))].join(", ");
    console.log(
      `  ${name.padEnd(26)} wall median ${Math.round(median(runs.map((r) => r.wall)))
        .toString()
        .padStart(4)} ms, elapsedMs median ${Math.round(median(runs.map((r) => r.elapsed)))
        .toString()
        .padStart(4)} ms  (${outcomes})`,
    );
  }
} finally {
  app.kill("SIGTERM");
  await fake.close();
  rmSync(work, { recursive: true, force: true });
}
