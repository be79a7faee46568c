// @ts-check
// `npm run soak [-- --seconds N]`: a bounded load-and-faults run. Starts four fakes on
// 127.0.0.1 (a normal fake Gmail, a silent one, one with an intercepting certificate, and
// a trickling server) and one app server (`node server.mjs`) per fake, then 50 workers loop
// over random actions for N seconds (default 120): checks, a hammered account, WebSocket
// upgrades with a foreign Host, stalled bodies. It samples each app's descriptors and
// memory every second, and prints numbers (no assertions): a person judges.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { makeTestCertificates } from "../fake-gmail/certs.mjs";
import { startFakeGmail } from "../fake-gmail/server.mjs";
import { startApp } from "./app-server.mjs";

/** @typedef {import("./app-server.mjs").App} App */
import { startTrickleServer } from "./trickle-server.mjs";

// --- What to change when the app or the fake changes -------------------------------------

/**
 * The login name of one check. The fake picks Gmail's reply from the local part without
 * dots, "+tag" or "--suffix" (tests/fake-gmail/scenarios.mjs, scenarioKey); the suffix makes
 * each request its own account, so the per-account limits leave it alone.
 * @param {string} scenario a key of SCENARIOS, e.g. "accepted", "bad-credentials"
 * @param {number} n unique per request
 */
const loginName = (scenario, n) => `${scenario}--s${n}@gmail.com`;

/** The one account a share of the workers hammers, to exercise the per-account limits. */
const HAMMERED_ACCOUNT = "bad-credentials--hammer@gmail.com";
/** The hammer writes it a different way each time, as Gmail allows: dots, +tags, case, googlemail.com. */
const HAMMER_SPELLINGS = [
  HAMMERED_ACCOUNT,
  "bad-credentials--hammer+1@gmail.com",
  "b.ad-credentials--hammer@gmail.com",
  "BAD-CREDENTIALS--HAMMER@GMAIL.COM",
  "bad-credentials--h.a.m.m.e.r+x@googlemail.com",
];

/**
 * The per-account limits (lib/guard/limits.ts), only to print how many AUTHs they allow
 * for the hammered account. Keep in step with the app. Every login of the hammered account
 * fails, so the limit on failed logins counts all of its checks.
 */
const ACCOUNT_LIMITS = [
  { what: "checks of one account", max: 5, windowMs: 60_000 }, // MAX_CHECKS, CHECK_WINDOW_MS; also one at a time
  { what: "failed logins of one account", max: 10, windowMs: 15 * 60_000 }, // MAX_FAILED_LOGINS, FAILURE_WINDOW_MS
];

/** How the trickling server writes: this many bytes every this many ms. */
const TRICKLE = { bytes: 4, everyMs: 400 };

/** Action weights (relative) for each worker's next pick. */
const ACTIONS = {
  "check normal": 40,
  "check hammer": 10,
  "check silent": 8,
  "check trickle": 8,
  "check intercepted": 8,
  upgrade: 20,
  "slow-body": 6,
};

const WORKERS = 50;
const CHECK_TIMEOUT_MS = 30_000; // fetch gives up on a check after this
const SLOW_BODY_HOLD_MS = 15_000; // a stalled body is closed by us after this, if the server has not
const UPGRADE_TIMEOUT_MS = 10_000; // an upgrade not answered and closed by then counts as held
const AFTER_MS = 10_000; // the "after" sample is taken this long after the last request ended

// --- Arguments ---------------------------------------------------------------------------

const { values } = parseArgs({ options: { seconds: { type: "string", default: "120" } } });
const seconds = Number(values.seconds);
if (!Number.isFinite(seconds) || seconds <= 0) {
  console.error(`--seconds must be a positive number, got "${values.seconds}"`);
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
let interrupted = false;
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping every server and fake…`);
    void cleanup().then(() => process.exit(130));
  });
}

// --- Samples -----------------------------------------------------------------------------

/** @param {number} pid @returns {{ fds: number, rssMb: number } | null} */
function sample(pid) {
  try {
    const fds = readdirSync(`/proc/${pid}/fd`).length;
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? Number.NaN);
    return { fds, rssMb: kb / 1024 };
  } catch {
    return null; // the process is gone
  }
}

// --- Counting ----------------------------------------------------------------------------

/** @type {Map<string, { count: number, outcomes: Map<string, number>, verdicts: Map<string, number>, ms: number[] }>} */
const stats = new Map();
/** @param {string} action @param {string} outcome @param {number} ms @param {string} [verdict] */
function record(action, outcome, ms, verdict) {
  let s = stats.get(action);
  if (!s) {
    s = { count: 0, outcomes: new Map(), verdicts: new Map(), ms: [] };
    stats.set(action, s);
  }
  s.count++;
  s.outcomes.set(outcome, (s.outcomes.get(outcome) ?? 0) + 1);
  if (verdict) s.verdicts.set(verdict, (s.verdicts.get(verdict) ?? 0) + 1);
  s.ms.push(ms);
}

/** @param {Map<string, number>} m */
const listCounts = (m) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k}: ${v}`)
    .join(", ");

/** @param {number[]} values @param {number} q */
const quantile = (values, q) => {
  const v = [...values].sort((a, b) => a - b);
  return v[Math.min(v.length - 1, Math.floor(q * v.length))] ?? Number.NaN;
};

/**
 * The app's stderr as entries (a line that does not start with a space or "}" opens one),
 * counted by first line and error code, e.g. "⨯ Error: aborted (ECONNRESET)".
 * @param {string} text
 */
function stderrEntries(text) {
  /** @type {string[][]} */
  const entries = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    if (/^[^\s}]/.test(line) || entries.length === 0) entries.push([line]);
    else entries.at(-1)?.push(line);
  }
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const [first, ...rest] of entries) {
    const code = rest.map((l) => /code: '([^']+)'/.exec(l)?.[1]).find(Boolean);
    const key = `"${first?.trim()}"${code ? ` (${code})` : ""}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

// --- Actions -----------------------------------------------------------------------------

let serial = 0;
/** @type {Map<string, number>} app name -> stalled bodies we closed ourselves */
const slowBodiesCut = new Map();

/**
 * POST /api/check as the page would (JSON answer), counted under `action`.
 * @param {string} action @param {App} app @param {string} email @param {string} password
 */
async function check(action, app, email, password) {
  const started = performance.now();
  try {
    const res = await fetch(`${app.url}/api/check`, {
      method: "POST",
      headers: { Origin: app.url, "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ email, password }),
      signal: AbortSignal.timeout(CHECK_TIMEOUT_MS),
    });
    const text = await res.text();
    let verdict;
    try {
      verdict = res.status === 200 ? JSON.parse(text).verdict : undefined;
    } catch {
      verdict = "(not JSON)";
    }
    record(action, String(res.status), performance.now() - started, verdict);
  } catch (err) {
    const e = /** @type {Error & { cause?: { code?: string } }} */ (err);
    record(action, `error ${e.cause?.code ?? e.name}`, performance.now() - started);
  }
}

/**
 * Opens a raw socket, writes `request`, and waits for the server to close it (or `holdMs`).
 * @param {number} port @param {string} request @param {number} holdMs
 * @returns {Promise<{ status: string, closedBy: "server" | "us", ms: number }>}
 */
function rawExchange(port, request, holdMs) {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = net.connect(port, "127.0.0.1");
    let received = "";
    let done = false;
    /** @param {"server" | "us"} closedBy */
    const finish = (closedBy) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(received)?.[1] ?? (received ? "(not HTTP)" : "no answer");
      resolve({ status, closedBy, ms: performance.now() - started });
    };
    const timer = setTimeout(() => finish("us"), holdMs);
    socket.on("data", (d) => {
      if (received.length < 256) received += d.toString("latin1");
    });
    socket.on("error", () => finish("server"));
    socket.on("close", () => finish("server"));
    socket.on("end", () => finish("server"));
    socket.write(request);
  });
}

/** A WebSocket upgrade with a foreign Host: server.mjs must answer 421 and close. @param {App} app */
async function upgrade(app) {
  const key = Buffer.from(String(Math.random())).toString("base64");
  const { status, closedBy, ms } = await rawExchange(
    app.port,
    `GET /_next/hmr HTTP/1.1\r\nHost: evil.example:${app.port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
    UPGRADE_TIMEOUT_MS,
  );
  record("upgrade", closedBy === "server" ? status : `${status}, held open ${UPGRADE_TIMEOUT_MS / 1000} s`, ms);
}

/** POST /api/check declaring 400 bytes, sending 10, then nothing. @param {App} app */
async function slowBody(app) {
  const { status, closedBy, ms } = await rawExchange(
    app.port,
    `POST /api/check HTTP/1.1\r\nHost: 127.0.0.1:${app.port}\r\nOrigin: ${app.url}\r\nContent-Type: application/json\r\n` +
      `Content-Length: 400\r\n\r\n{"email":"`,
    SLOW_BODY_HOLD_MS,
  );
  if (closedBy === "us") slowBodiesCut.set(app.name, (slowBodiesCut.get(app.name) ?? 0) + 1);
  record("slow-body", closedBy === "us" ? `closed by us after ${SLOW_BODY_HOLD_MS / 1000} s` : `${status}, closed by the server`, ms);
}

// --- The run -----------------------------------------------------------------------------

const tempDir = mkdtempSync(path.join(os.tmpdir(), "soak-"));
cleanups.push(async () => rmSync(tempDir, { recursive: true, force: true }));

try {
  const certs = await makeTestCertificates(tempDir);
  const fakes = {
    normal: await startFakeGmail({ certDir: tempDir }),
    silent: await startFakeGmail({ certDir: tempDir, greeting: "silent" }),
    intercepted: await startFakeGmail({ certDir: tempDir, certificate: "intercepted" }),
  };
  for (const f of Object.values(fakes)) cleanups.push(() => f.close());
  const trickle = await startTrickleServer({
    key: readFileSync(certs.keyPath, "utf8"),
    cert: readFileSync(certs.certPath, "utf8"),
    ...TRICKLE,
  });
  cleanups.push(() => trickle.close());

  // The first app builds when needed; the others start once the build exists.
  console.log("Starting the app servers (the first one builds when needed)…");
  /** @param {import("./app-server.mjs").App} app */
  const stopAtEnd = (app) => cleanups.push(app.stop);
  const normal = await startApp("normal", fakes.normal, certs.caPath, stopAtEnd);
  const [silent, intercepted, trickling] = await Promise.all([
    startApp("silent", fakes.silent, certs.caPath, stopAtEnd),
    startApp("intercepted", fakes.intercepted, certs.caPath, stopAtEnd),
    startApp("trickle", trickle, certs.caPath, stopAtEnd),
  ]);
  const apps = [normal, silent, intercepted, trickling];

  /** @type {Map<string, { before: { fds: number, rssMb: number } | null, peak: { fds: number, rssMb: number }, after: { fds: number, rssMb: number } | null }>} */
  const usage = new Map(apps.map((a) => [a.name, { before: sample(a.pid), peak: { fds: 0, rssMb: 0 }, after: null }]));
  const sampler = setInterval(() => {
    for (const a of apps) {
      const s = sample(a.pid);
      const u = usage.get(a.name);
      if (!s || !u) continue;
      u.peak.fds = Math.max(u.peak.fds, s.fds);
      u.peak.rssMb = Math.max(u.peak.rssMb, s.rssMb);
    }
  }, 1000);
  cleanups.push(async () => clearInterval(sampler));

  /** @type {[keyof typeof ACTIONS, number][]} */
  const weighted = /** @type {any} */ (Object.entries(ACTIONS));
  const totalWeight = weighted.reduce((n, [, w]) => n + w, 0);
  const pick = () => {
    let r = Math.random() * totalWeight;
    for (const [name, w] of weighted) {
      r -= w;
      if (r < 0) return name;
    }
    return weighted[0]?.[0] ?? "upgrade";
  };
  /** @template T @param {T[]} list @returns {T} */
  const any = (list) => /** @type {T} */ (list[Math.floor(Math.random() * list.length)]);

  console.log(`Load: ${seconds} s, ${WORKERS} workers, against ${apps.map((a) => `${a.name} :${a.port}`).join(", ")}`);
  const loadStart = performance.now();
  const endAt = loadStart + seconds * 1000;
  const worker = async () => {
    while (performance.now() < endAt && !interrupted) {
      const action = pick();
      const n = ++serial;
      switch (action) {
        case "check normal":
          await (Math.random() < 0.7
            ? check(action, normal, loginName("accepted", n), "abcd efgh ijkl mnop")
            : check(action, normal, loginName("bad-credentials", n), `wrong password ${n}`));
          break;
        case "check hammer":
          await check(action, normal, HAMMER_SPELLINGS[n % HAMMER_SPELLINGS.length] ?? HAMMERED_ACCOUNT, `wrong password ${n}`);
          break;
        case "check silent":
          await check(action, silent, loginName("accepted", n), "abcd efgh ijkl mnop");
          break;
        case "check trickle":
          await check(action, trickling, loginName("accepted", n), "abcd efgh ijkl mnop");
          break;
        case "check intercepted":
          await check(action, intercepted, loginName("accepted", n), "abcd efgh ijkl mnop");
          break;
        case "upgrade":
          await upgrade(any(apps));
          break;
        case "slow-body":
          await slowBody(any(apps));
          break;
      }
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));
  const loadEnd = performance.now();
  if (interrupted) await new Promise(() => {}); // the signal handler exits
  console.log(
    `Load over: ${seconds} s, then ${((loadEnd - endAt) / 1000).toFixed(1)} s until the last requests ended; sampling again in ${AFTER_MS / 1000} s…`,
  );
  await new Promise((r) => setTimeout(r, AFTER_MS));
  clearInterval(sampler);
  for (const a of apps) {
    const u = usage.get(a.name);
    if (u) u.after = sample(a.pid);
  }

  // --- Report ---
  const f0 = (/** @type {number | undefined} */ n) => (n === undefined ? "-" : String(Math.round(n)));
  console.log(`\n${"server".padEnd(12)} ${"pid".padEnd(8)} ${"fds before/peak/after".padEnd(24)} RSS MB before/peak/after`);
  for (const a of apps) {
    const u = usage.get(a.name);
    const fds = `${f0(u?.before?.fds)}/${f0(u?.peak.fds)}/${f0(u?.after?.fds)}`;
    const rss = `${f0(u?.before?.rssMb)}/${f0(u?.peak.rssMb)}/${f0(u?.after?.rssMb)}`;
    console.log(`${a.name.padEnd(12)} ${String(a.pid).padEnd(8)} ${fds.padEnd(24)} ${rss}`);
  }

  let total = 0;
  for (const s of stats.values()) total += s.count;
  console.log(`\nrequests: ${total} in ${seconds} s (${(total / seconds).toFixed(1)}/s), by action and answer:`);
  for (const name of Object.keys(ACTIONS)) {
    const s = stats.get(name);
    if (!s) continue;
    const ms = `p50 ${f0(quantile(s.ms, 0.5))} ms, p95 ${f0(quantile(s.ms, 0.95))} ms, max ${f0(Math.max(...s.ms))} ms`;
    console.log(`  ${name.padEnd(18)} ${String(s.count).padStart(6)}  (${listCounts(s.outcomes)})  ${ms}`);
    if (s.verdicts.size > 0) console.log(`  ${"".padEnd(18)} ${"".padStart(6)}  verdicts: ${listCounts(s.verdicts)}`);
  }

  const hammerSpanMs = loadEnd - loadStart;
  const allowed = Math.min(...ACCOUNT_LIMITS.map((l) => l.max * (Math.floor(hammerSpanMs / l.windowMs) + 1)));
  const rules = ACCOUNT_LIMITS.map((l) => `${l.max} ${l.what} per ${l.windowMs / 1000} s`).join(", ");
  const normalOk = stats.get("check normal")?.outcomes.get("200") ?? 0;
  // The fake matches login names without regard to case; each distinct name once.
  const hammerNames = [...new Set(HAMMER_SPELLINGS.map((a) => a.toLowerCase()))];
  const hammerAuths = hammerNames.reduce((sum, a) => sum + fakes.normal.authAttempts(a).length, 0);
  console.log(
    `\nAUTH at the fakes: normal ${fakes.normal.authAttempts().length} (checks answered 200: ${normalOk} normal + ` +
      `${stats.get("check hammer")?.outcomes.get("200") ?? 0} hammer), ` +
      `hammered account (${hammerNames.length} spellings) ${hammerAuths} ` +
      `(limits allow <= ${allowed} over ${(hammerSpanMs / 1000).toFixed(0)} s: ${rules}), ` +
      `silent ${fakes.silent.authAttempts().length}, intercepted ${fakes.intercepted.authAttempts().length}, trickle ${trickle.auths()}`,
  );
  console.log(
    `connections the fakes saw: normal ${fakes.normal.connections.length}, silent ${fakes.silent.connections.length}, ` +
      `intercepted ${fakes.intercepted.connections.length}, trickle ${trickle.connections()}`,
  );
  console.log(
    `sockets still open at the fakes ${AFTER_MS / 1000} s after: normal ${fakes.normal.openConnections()}, ` +
      `silent ${fakes.silent.openConnections()}, intercepted ${fakes.intercepted.openConnections()}, trickle ${trickle.openConnections()}`,
  );
  console.log("app servers' stderr (entries grouped by first line and code):");
  for (const a of apps) {
    const entries = stderrEntries(a.stderr());
    const cut = slowBodiesCut.get(a.name) ?? 0;
    console.log(`  ${a.name.padEnd(12)} ${entries.size === 0 ? "nothing" : listCounts(entries)} (slow bodies we cut: ${cut})`);
  }
} finally {
  await cleanup();
}
process.exit(0);
