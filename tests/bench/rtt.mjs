// @ts-check
// `npm run bench [-- --runs N] [--slow-runs N] [--only a,b]`: the app's check against bare
// nodemailer over a slow link, in round trips. Starts on 127.0.0.1 a fake Gmail (and a
// silent one, one with an intercepting certificate), a trickling server and a port nobody
// listens on, with a delay proxy in front of each that holds every chunk 50 ms in each
// direction (one round trip = 100 ms). For each scenario it runs, one after the other, the
// app's check (a real `node server.mjs`, POST /api/check, as the page does) and nodemailer's
// `verify()` on the TLS port with nodemailer's default timeouts (capped here at 150 s), then
// prints a table of medians. Numbers only, no assertions: a person judges.
//
// The link: the proxy also models TCP's handshake. A client's first byte reaches the server
// no earlier than one and a half round trips after it connected (SYN, SYN-ACK, then data),
// and the server accepts the connection at that time too, so a server that speaks first
// (587) is heard two round trips after connecting, as on a real link. A refused port cannot be delayed
// by a proxy in user space (the proxy would accept, then reset: not a refusal), so that
// scenario goes straight to the closed port, for both clients alike.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import nodemailer from "nodemailer";
import { makeTestCertificates } from "../fake-gmail/certs.mjs";
import { startFakeGmail } from "../fake-gmail/server.mjs";
import { startApp } from "./app-server.mjs";
import { median } from "./stats.mjs";
import { startTrickleServer } from "./trickle-server.mjs";

const ONE_WAY_MS = 50;
const RTT_MS = 2 * ONE_WAY_MS;
/** nodemailer keeps its own defaults (2 min to connect, 30 s for the greeting, …); the bench stops waiting after this. */
const BASELINE_CAP_MS = 150_000;
/** The app answers within its 15 s deadline; the bench stops waiting after this. */
const APP_CAP_MS = 30_000;
const ACCOUNT_PASSWORD = "correct horse battery staple";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    "slow-runs": { type: "string", default: "2" },
    only: { type: "string" },
    phases: { type: "boolean", default: false },
  },
});
const RUNS = Number(values.runs);
const SLOW_RUNS = Number(values["slow-runs"]);
if (!(RUNS > 0 && SLOW_RUNS > 0)) {
  console.error("--runs and --slow-runs must be positive numbers");
  process.exit(1);
}

// --- Cleanup, also on Ctrl-C -------------------------------------------------------------

/** @type {(() => Promise<void>)[]} run in reverse order at the end */
const cleanups = [];
let cleaning = /** @type {Promise<void> | null} */ (null);
const cleanup = () => {
  cleaning ??= (async () => {
    for (const fn of cleanups.reverse()) await fn().catch((err) => console.error(`cleanup: ${err?.message ?? err}`));
  })();
  return cleaning;
};
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping every server, proxy and fake…`);
    void cleanup().then(() => process.exit(130));
  });
}

// --- The delay proxy ---------------------------------------------------------------------

/**
 * Holds writes for one direction of one connection: each chunk (and the end that follows
 * it) goes out `ONE_WAY_MS` after it arrived, never before an earlier one, and nothing goes
 * out before `open()` (the modelled TCP handshake).
 * @param {net.Socket} to
 * @param {boolean} startOpen
 */
function delayedLane(to, startOpen) {
  /** @type {{ at: number, act: () => void }[]} */
  const queue = [];
  /** @type {NodeJS.Timeout | null} */
  let timer = null;
  let open = startOpen;
  const pump = () => {
    timer = null;
    if (!open) return;
    while (queue.length > 0) {
      const head = /** @type {{ at: number, act: () => void }} */ (queue[0]);
      const wait = head.at - performance.now();
      if (wait > 0.5) {
        timer = setTimeout(pump, wait);
        return;
      }
      queue.shift();
      head.act();
    }
  };
  /** @param {() => void} act */
  const push = (act) => {
    queue.push({ at: performance.now() + ONE_WAY_MS, act });
    if (!timer && open) timer = setTimeout(pump, ONE_WAY_MS);
  };
  return {
    /** @param {Buffer} chunk */
    data: (chunk) =>
      push(() => {
        if (!to.destroyed) to.write(chunk);
      }),
    end: () =>
      push(() => {
        if (!to.destroyed) to.end();
      }),
    /** A reset, or a close seen without an end: the other side is torn down too, as late. */
    reset: () =>
      push(() => {
        if (!to.destroyed && !to.writableEnded) to.resetAndDestroy();
      }),
    open: () => {
      open = true;
      if (timer) clearTimeout(timer);
      pump();
    },
    stop: () => {
      if (timer) clearTimeout(timer);
      timer = null;
      queue.length = 0;
    },
  };
}

/**
 * A TCP proxy on 127.0.0.1 in front of `targetPort`, with a link of ONE_WAY_MS each way.
 * @param {number} targetPort
 * @returns {Promise<{ port: number, close: () => Promise<void> }>}
 */
async function startDelayProxy(targetPort) {
  /** @type {Set<net.Socket>} */
  const sockets = new Set();
  /** @type {Set<() => void>} */
  const stoppers = new Set();
  const server = net.createServer({ allowHalfOpen: true }, (client) => {
    // SYN one way, SYN-ACK back, ACK (and the first data) one way: the server accepts, and
    // the client's first byte arrives, one and a half round trips after the client connected.
    const upstream = new net.Socket({ allowHalfOpen: true });
    sockets.add(client);
    sockets.add(upstream);
    const toServer = delayedLane(upstream, false);
    const toClient = delayedLane(client, true);
    const stop = () => {
      toServer.stop();
      toClient.stop();
    };
    stoppers.add(stop);
    client.on("close", () => sockets.delete(client));
    upstream.on("close", () => {
      sockets.delete(upstream);
      stoppers.delete(stop);
    });
    client.on("data", toServer.data);
    client.on("end", toServer.end);
    client.on("error", () => {});
    client.on("close", toServer.reset);
    upstream.on("data", toClient.data);
    upstream.on("end", toClient.end);
    upstream.on("error", () => {});
    upstream.on("close", toClient.reset);
    const timer = setTimeout(() => {
      if (client.destroyed) return upstream.destroy();
      upstream.connect(targetPort, "127.0.0.1", () => toServer.open());
    }, 3 * ONE_WAY_MS);
    client.once("close", () => clearTimeout(timer));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const port = /** @type {net.AddressInfo} */ (server.address()).port;
  return {
    port,
    close: async () => {
      for (const stop of stoppers) stop();
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(() => r(undefined)));
    },
  };
}

// --- App servers -------------------------------------------------------------------------

/** @param {number} port @returns {Promise<boolean>} */
const refuses = (port) =>
  new Promise((resolve) => {
    const s = net.connect(port, "127.0.0.1");
    s.once("connect", () => {
      s.destroy();
      resolve(false);
    });
    s.once("error", (err) => resolve(/** @type {NodeJS.ErrnoException} */ (err).code === "ECONNREFUSED"));
  });

/**
 * A port nobody listens on, below the range the system hands out for port 0 (so none of
 * this run's own listeners, the proxies and app servers, can take it later).
 * @param {number} from
 * @returns {Promise<number>}
 */
async function refusedPort(from) {
  for (let port = from; port < from + 100; port++) if (await refuses(port)) return port;
  throw new Error(`no free port from ${from}`);
}

// --- One run of each side ----------------------------------------------------------------

/**
 * @typedef {{ ms: number, outcome: string, elapsedMs?: number, phases?: { name: string, port?: number, ok: boolean, ms: number }[] }} Run
 */

/**
 * The app's check, as the page asks for it (JSON). `ms` is what the person waits (the HTTP
 * answer); `elapsedMs` is the probe's own figure from the answer.
 * @param {{ url: string }} app @param {string} email @param {string} password
 * @returns {Promise<Run>}
 */
async function appCheck(app, email, password) {
  const started = performance.now();
  try {
    const res = await fetch(`${app.url}/api/check`, {
      method: "POST",
      headers: { Origin: app.url, "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ email, password }),
      signal: AbortSignal.timeout(APP_CAP_MS),
    });
    const body = await res.json();
    const ms = performance.now() - started;
    if (res.status !== 200) return { ms, outcome: `HTTP ${res.status}` };
    const code = body.smtp?.code ? ` ${body.smtp.code}` : "";
    return { ms, outcome: `${body.verdict}${code}`, elapsedMs: body.elapsedMs, phases: body.phases };
  } catch (err) {
    return { ms: performance.now() - started, outcome: `error ${/** @type {Error} */ (err).name}` };
  }
}

/**
 * Bare nodemailer: verify() on the TLS port, its default timeouts, the test CA trusted.
 * @param {number} port @param {string} user @param {string} pass @param {string} ca
 * @returns {Promise<Run>}
 */
async function nodemailerVerify(port, user, pass, ca) {
  const transport = nodemailer.createTransport({ host: "127.0.0.1", port, secure: true, auth: { user, pass }, tls: { ca } });
  const started = performance.now();
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const cap = new Promise((resolve) => {
    timer = setTimeout(() => resolve("cap"), BASELINE_CAP_MS);
  });
  try {
    const result = await Promise.race([
      transport.verify().then(
        () => "ok",
        (/** @type {any} */ err) => `${err.code ?? "error"}${err.responseCode ? ` ${err.responseCode}` : ""}`,
      ),
      cap,
    ]);
    const ms = performance.now() - started;
    return { ms, outcome: result === "cap" ? `capped at ${BASELINE_CAP_MS / 1000} s` : String(result) };
  } finally {
    clearTimeout(timer);
    transport.close();
  }
}

// --- Numbers -----------------------------------------------------------------------------

/** @param {Map<string, number>} counts */
const listCounts = (counts) => [...counts].map(([k, n]) => (counts.size > 1 || n > 1 ? `${k} ×${n}` : k)).join(", ");
/** @param {string[]} outcomes */
const tally = (outcomes) => {
  /** @type {Map<string, number>} */
  const m = new Map();
  for (const o of outcomes) m.set(o, (m.get(o) ?? 0) + 1);
  return listCounts(m);
};

/**
 * The median of each phase (by name and port) over the runs, in order of first appearance.
 * @param {Run[]} runs
 */
function medianPhases(runs) {
  /** @type {Map<string, number[]>} */
  const byKey = new Map();
  for (const r of runs)
    for (const p of r.phases ?? []) {
      const key = `${p.name}${p.port ? `:${p.port}` : ""}${p.ok ? "" : " (failed)"}`;
      byKey.set(key, [...(byKey.get(key) ?? []), p.ms]);
    }
  return [...byKey].map(([k, ms]) => `${k} ${Math.round(median(ms))}`).join(", ");
}

// --- The run -----------------------------------------------------------------------------

const tempDir = mkdtempSync(path.join(os.tmpdir(), "bench-rtt-"));
cleanups.push(async () => rmSync(tempDir, { recursive: true, force: true }));

try {
  const started = new Date();
  console.log(`$ npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`);
  console.log(`date: ${started.toISOString()}`);
  console.log(
    `link: a delay proxy holds every chunk ${ONE_WAY_MS} ms each way (1 round trip = ${RTT_MS} ms); TCP's handshake costs 1 round trip`,
  );

  const certs = await makeTestCertificates(tempDir);
  const ca = readFileSync(certs.caPath, "utf8");
  const fakes = {
    normal: await startFakeGmail({ certDir: tempDir }),
    silent: await startFakeGmail({ certDir: tempDir, greeting: "silent", idleTimeoutMs: BASELINE_CAP_MS + 10_000 }),
    intercepted: await startFakeGmail({ certDir: tempDir, certificate: "intercepted" }),
  };
  for (const f of Object.values(fakes)) cleanups.push(() => f.close());
  const trickle = await startTrickleServer({
    key: readFileSync(certs.keyPath, "utf8"),
    cert: readFileSync(certs.certPath, "utf8"),
    idleTimeoutMs: BASELINE_CAP_MS + 10_000,
  });
  cleanups.push(() => trickle.close());
  const refused = { tlsPort: await refusedPort(29465), starttlsPort: await refusedPort(29587) };

  /** @param {{ tlsPort: number, starttlsPort: number }} target */
  const proxied = async (target) => {
    const [a, b] = await Promise.all([startDelayProxy(target.tlsPort), startDelayProxy(target.starttlsPort)]);
    cleanups.push(a.close, b.close);
    return { tlsPort: a.port, starttlsPort: b.port };
  };
  const links = {
    normal: await proxied(fakes.normal),
    silent: await proxied(fakes.silent),
    intercepted: await proxied(fakes.intercepted),
    trickle: await proxied(trickle),
    refused,
  };

  console.log("Starting the app servers (the first one builds when the build is older than the sources)…");
  /** @param {import("./app-server.mjs").App} app */
  const stopAtEnd = (app) => cleanups.push(app.stop);
  const normalApp = await startApp("normal", links.normal, certs.caPath, stopAtEnd);
  const [silentApp, interceptedApp, trickleApp, refusedApp] = await Promise.all([
    startApp("silent", links.silent, certs.caPath, stopAtEnd),
    startApp("intercepted", links.intercepted, certs.caPath, stopAtEnd),
    startApp("trickle", links.trickle, certs.caPath, stopAtEnd),
    startApp("refused", links.refused, certs.caPath, stopAtEnd),
  ]);
  // One throwaway check per server, so the first measured check does not pay for Next
  // loading the route. An Outlook address is answered without a login.
  await Promise.all(
    [normalApp, silentApp, interceptedApp, trickleApp, refusedApp].map((app) => appCheck(app, "warm-up@outlook.com", "whatever it is")),
  );
  // And one real check of each fast kind, on both sides, so the first measured run does not
  // pay for loading the SMTP code (the app's and nodemailer's) or a cold TLS stack.
  await appCheck(normalApp, "accepted--warm-up@gmail.com", ACCOUNT_PASSWORD);
  await appCheck(interceptedApp, "intercepted--warm-up@gmail.com", ACCOUNT_PASSWORD);
  await appCheck(refusedApp, "refused--warm-up@gmail.com", ACCOUNT_PASSWORD);
  await nodemailerVerify(links.normal.tlsPort, "accepted--warm-up@gmail.com", ACCOUNT_PASSWORD, ca);
  // The web hop alone: the same request, answered without a login (another provider's
  // address), so the app's figures can be read without it.
  /** @type {Run[]} */
  const httpOnly = [];
  for (let i = 0; i < RUNS; i++) httpOnly.push(await appCheck(normalApp, `no-login-${i}@outlook.com`, ACCOUNT_PASSWORD));

  let serial = 0;
  /** @typedef {{ name: string, app: { url: string }, port: number, scenario: string, pass: string, runs: number, slow?: boolean }} Scenario */
  /** @type {Scenario[]} */
  const scenarios = [
    { name: "accepted (235)", app: normalApp, port: links.normal.tlsPort, scenario: "accepted", pass: ACCOUNT_PASSWORD, runs: RUNS },
    {
      name: "bad credentials (535)",
      app: normalApp,
      port: links.normal.tlsPort,
      scenario: "bad-credentials",
      pass: ACCOUNT_PASSWORD,
      runs: RUNS,
    },
    {
      name: "app password required (534)",
      app: normalApp,
      port: links.normal.tlsPort,
      scenario: "app-password-required",
      pass: ACCOUNT_PASSWORD,
      runs: RUNS,
    },
    { name: "refused port", app: refusedApp, port: links.refused.tlsPort, scenario: "refused", pass: ACCOUNT_PASSWORD, runs: RUNS },
    {
      name: "untrusted certificate",
      app: interceptedApp,
      port: links.intercepted.tlsPort,
      scenario: "intercepted",
      pass: ACCOUNT_PASSWORD,
      runs: RUNS,
    },
    {
      name: "silent server",
      app: silentApp,
      port: links.silent.tlsPort,
      scenario: "silent",
      pass: ACCOUNT_PASSWORD,
      runs: SLOW_RUNS,
      slow: true,
    },
    {
      name: "trickling server",
      app: trickleApp,
      port: links.trickle.tlsPort,
      scenario: "trickle",
      pass: ACCOUNT_PASSWORD,
      runs: SLOW_RUNS,
      slow: true,
    },
  ];
  const only = values.only?.split(",").map((s) => s.trim());
  const chosen = only ? scenarios.filter((s) => only.some((o) => s.scenario.startsWith(o) || s.name.startsWith(o))) : scenarios;

  /** @type {Map<string, { app: Run[], baseline: Run[] }>} */
  const results = new Map();
  /** @param {Scenario} s */
  const email = (s) => `${s.scenario}--b${++serial}@gmail.com`;

  // The fast scenarios one run at a time, app and nodemailer taking turns, so they never
  // share the two cores.
  for (const s of chosen.filter((c) => !c.slow)) {
    const r = { app: /** @type {Run[]} */ ([]), baseline: /** @type {Run[]} */ ([]) };
    results.set(s.name, r);
    for (let i = 0; i < s.runs; i++) {
      r.app.push(await appCheck(s.app, email(s), s.pass));
      r.baseline.push(await nodemailerVerify(s.port, email(s), s.pass, ca));
    }
    console.log(`  ${s.name}: done`);
  }
  // The slow ones: the app's checks one at a time, then every capped baseline at once (they
  // only wait, for up to 150 s), so the run stays within minutes.
  const slow = chosen.filter((c) => c.slow);
  for (const s of slow) {
    const r = { app: /** @type {Run[]} */ ([]), baseline: /** @type {Run[]} */ ([]) };
    results.set(s.name, r);
    for (let i = 0; i < s.runs; i++) r.app.push(await appCheck(s.app, email(s), s.pass));
  }
  if (slow.length)
    console.log(`  slow baselines: ${slow.reduce((n, s) => n + s.runs, 0)} nodemailer runs at once, up to ${BASELINE_CAP_MS / 1000} s…`);
  await Promise.all(
    slow.map(async (s) => {
      const runs = await Promise.all(Array.from({ length: s.runs }, () => nodemailerVerify(s.port, email(s), s.pass, ca)));
      results.get(s.name)?.baseline.push(...runs);
    }),
  );

  // --- The table ---
  const fmtMs = (/** @type {number} */ ms) => (Number.isFinite(ms) ? String(Math.round(ms)) : "-");
  const fmtRtt = (/** @type {number} */ ms) => (Number.isFinite(ms) ? (ms / RTT_MS).toFixed(1) : "-");
  const header = [
    "scenario",
    "runs",
    "app median ms",
    "app RTTs",
    "app elapsedMs (RTTs)",
    "nodemailer median ms",
    "nodemailer RTTs",
    "ratio (nodemailer/app)",
  ];
  /** @type {string[][]} */
  const rows = [];
  const hop = median(httpOnly.map((x) => x.ms));
  rows.push(["(no login: the web hop alone)", String(RUNS), fmtMs(hop), fmtRtt(hop), "-", "-", "-", "-"]);
  for (const s of chosen) {
    const r = results.get(s.name);
    if (!r) continue;
    const appMs = median(r.app.map((x) => x.ms));
    const elapsed = median(r.app.map((x) => x.elapsedMs ?? Number.NaN));
    const baseMs = median(r.baseline.map((x) => x.ms));
    rows.push([
      s.name,
      String(s.runs),
      fmtMs(appMs),
      fmtRtt(appMs),
      Number.isFinite(elapsed) ? `${fmtMs(elapsed)} (${fmtRtt(elapsed)})` : "-",
      fmtMs(baseMs),
      fmtRtt(baseMs),
      Number.isFinite(appMs) && Number.isFinite(baseMs) ? `${(baseMs / appMs).toFixed(2)}x` : "-",
    ]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (/** @type {string[]} */ cells) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  console.log("");
  console.log(line(header));
  console.log(`| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`);
  for (const row of rows) console.log(line(row));
  console.log("");
  console.log(
    "app ms: until the HTTP answer (what the page waits); app elapsedMs: the probe's own figure in that answer; nodemailer: until verify() settles.",
  );
  console.log("ratio: nodemailer median / app median (HTTP answer). The refused port has no proxy (see the top of tests/bench/rtt.mjs).");
  console.log("Outcomes:");
  for (const s of chosen) {
    const r = results.get(s.name);
    if (!r) continue;
    console.log(`  ${s.name}: app ${tally(r.app.map((x) => x.outcome))}; nodemailer ${tally(r.baseline.map((x) => x.outcome))}`);
  }
  if (values.phases) {
    console.log("App phases, median ms (name:port):");
    for (const s of chosen) {
      const r = results.get(s.name);
      if (r) console.log(`  ${s.name}: ${medianPhases(r.app)}`);
    }
  }
  console.log(`Took ${Math.round((Date.now() - started.getTime()) / 1000)} s.`);
} finally {
  await cleanup();
}
