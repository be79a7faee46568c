// @ts-check
// `npm run bench:send [-- --runs N]`: what a test mail costs, next to the login check alone.
// Starts the fake Gmail on loopback and a real `node server.mjs` pointed at it, then runs,
// one at a time, POST /api/check and POST /api/send (mode "tls" and "starttls") N times each,
// every run with its own account so no limit is reached. Prints the medians of the wall time
// (until the HTTP answer) and of the `elapsedMs` the answer reports. Numbers only.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { makeTestCertificates } from "../fake-gmail/certs.mjs";
import { startFakeGmail } from "../fake-gmail/server.mjs";
import { startApp } from "./app-server.mjs";
import { median } from "./stats.mjs";

const { values } = parseArgs({ options: { runs: { type: "string", default: "20" } } });
const RUNS = Number(values.runs);
if (!(RUNS > 0)) {
  console.error("--runs must be a positive number");
  process.exit(1);
}
const PASSWORD = "abcd efgh ijkl mnop";

/** @type {(() => Promise<void> | void)[]} run in reverse order at the end, also on Ctrl-C */
const cleanups = [];
const cleanup = async () => {
  for (const fn of cleanups.reverse()) await fn();
  cleanups.length = 0;
};
process.once("SIGINT", () => cleanup().finally(() => process.exit(130)));

try {
  const work = mkdtempSync(path.join(os.tmpdir(), "gmail-smtp-bench-send-"));
  cleanups.push(() => rmSync(work, { recursive: true, force: true }));
  const certs = await makeTestCertificates(path.join(work, "certs"));
  const fake = await startFakeGmail({ certDir: certs.dir });
  cleanups.push(() => fake.close());
  const app = await startApp("send", fake, certs.caPath, (started) => cleanups.push(started.stop));

  const origin = app.url;
  /** @param {string} route @param {object} body */
  const post = async (route, body) => {
    const started = performance.now();
    const res = await fetch(origin + route, {
      method: "POST",
      headers: { origin, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const answer = await res.json();
    const wall = performance.now() - started;
    // An error answer (400, 429, 500) has no elapsedMs: it would skew the medians quietly.
    if (res.status !== 200 || typeof answer.elapsedMs !== "number")
      throw new Error(`${route} answered ${res.status}: ${JSON.stringify(answer).slice(0, 300)}`);
    return { wall, elapsed: answer.elapsedMs, outcome: answer.outcome ?? answer.verdict };
  };
  /** @type {[string, (email: string) => ReturnType<typeof post>][]} */
  const kinds = [
    ["check", (email) => post("/api/check", { email, password: PASSWORD })],
    ["send over 465 (tls)", (email) => post("/api/send", { email, password: PASSWORD, mode: "tls" })],
    ["send over 587 (starttls)", (email) => post("/api/send", { email, password: PASSWORD, mode: "starttls" })],
  ];
  // Every account is distinct however Gmail reads it (no dots, +tags or capitals), so the
  // app's per-account limits (5 a minute) never apply; one warm-up per route first.
  for (const [k, [, run]] of kinds.entries()) await run(`accepted--warmup${k}@gmail.com`);
  /** @type {Map<string, Awaited<ReturnType<typeof post>>[]>} */
  const results = new Map(kinds.map(([name]) => [name, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const [k, [name, run]] of kinds.entries()) results.get(name)?.push(await run(`accepted--send${i}k${k}@gmail.com`));
  }
  console.log(`${RUNS} runs each, one at a time, against the fake Gmail on loopback:`);
  for (const [name, runs] of results) {
    const outcomes = [...new Set(runs.map((r) => r.outcome))].join(", ");
    const wall = Math.round(median(runs.map((r) => r.wall)));
    const elapsed = Math.round(median(runs.map((r) => r.elapsed)));
    console.log(
      `  ${name.padEnd(26)} wall median ${String(wall).padStart(4)} ms, elapsedMs median ${String(elapsed).padStart(4)} ms  (${outcomes})`,
    );
  }
} finally {
  await cleanup();
}
