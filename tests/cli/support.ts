import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as esbuild from "esbuild";
import { afterAll, beforeAll } from "vitest";
import type { CheckResponse } from "@/lib/check/types";
import { buildCli, NODE_BUNDLE } from "../../cli/build.mjs";
import type { FakeGmail } from "../fake-gmail/index.mjs";
import { startFake } from "../integration/fake-env";

// The command line as a person gets it: the bundles cli/build.mjs makes, run as child
// processes with plain `node`, the single file from a folder that holds nothing else.

export const ROOT = path.resolve(__dirname, "../..");

export interface Built {
  /** dist/cli.mjs: the package's `gmail-smtp-wizard` command. */
  bin: string;
  /** gmail-smtp-check.mjs, alone in an empty folder (no node_modules anywhere above it). */
  single: string;
  /** POST /api/check's route (app/api/check/route.ts) bundled the same way, run by `node`. */
  api: string;
  dir: string;
}

/** Where buildInto puts each file under `dir`. */
export function builtIn(dir: string): Built {
  return {
    bin: path.join(dir, "build", "cli.mjs"),
    single: path.join(dir, "empty", "gmail-smtp-check.mjs"),
    api: path.join(dir, "build", "api-check.mjs"),
    dir,
  };
}

/** Builds the two files, a copy of the single file alone in a folder, and the route's harness. */
export async function buildInto(dir: string): Promise<Built> {
  const out = builtIn(dir);
  const [, single] = await buildCli(["--out-dir", path.join(dir, "build")]);
  mkdirSync(path.dirname(out.single), { recursive: true });
  copyFileSync(single as string, out.single);
  await esbuild.build({
    ...NODE_BUNDLE,
    stdin: { contents: API_HARNESS, resolveDir: ROOT, loader: "ts", sourcefile: "api-check.ts" },
    outfile: out.api,
    banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
    logLevel: "error",
  });
  return out;
}

let built: Promise<Built> | undefined;

/** The files built once for the whole run by tests/cli/global-setup.ts (or here, when run without it). */
export function buildOnce(): Promise<Built> {
  const dir = process.env.CLI_TEST_BUILD_DIR;
  if (dir) return Promise.resolve(builtIn(dir));
  built ??= (async () => {
    const own = mkdtempSync(path.join(os.tmpdir(), "gmail-smtp-cli-test-"));
    process.once("exit", () => rmSync(own, { recursive: true, force: true }));
    return buildInto(own);
  })();
  return built;
}

// Calls the route's POST handler with the body on standard input, as server.mjs would hand it
// a request from the page; prints {status, body}.
const API_HARNESS = `
import { POST } from "@/app/api/check/route";
let body = "";
for await (const chunk of process.stdin) body += chunk;
const origin = "http://127.0.0.1:" + (process.env.PORT || "3000");
const res = await POST(new Request(origin + "/api/check", {
  method: "POST",
  headers: { origin, "content-type": "application/json", accept: "application/json" },
  body,
}));
process.stdout.write(JSON.stringify({ status: res.status, body: await res.json() }));
`;

/** Only what the command needs: no CI, NO_COLOR or TERM from the test runner's own environment. */
export type Env = Record<string, string | undefined>;

/** The settings that point the command at this fake Gmail. */
export function targetOf(fake: FakeGmail): Env {
  return {
    GMAIL_SMTP_HOST: fake.host,
    GMAIL_SMTP_TLS_PORT: String(fake.tlsPort),
    GMAIL_SMTP_STARTTLS_PORT: String(fake.starttlsPort),
  };
}

/** For a test file that runs the command against the fake Gmail: both ready before its tests, the fake closed after them. */
export function builtAndFake() {
  const kit = { built: undefined as unknown as Built, fake: undefined as unknown as FakeGmail };
  beforeAll(async () => {
    [kit.built, kit.fake] = await Promise.all([buildOnce(), startFake()]);
  }, 30_000);
  afterAll(() => kit.fake?.close());
  return kit;
}

export function cleanEnv(extra: Env = {}): Env {
  const env: Env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: "C.UTF-8",
    NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS,
  };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node <file> ...args` to its end; `input` is written to its standard input (then closed). */
export function runNode(file: string, args: string[], env: Env, input = ""): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file, ...args], {
      cwd: path.dirname(file),
      env: env as NodeJS.ProcessEnv,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString("utf8");
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

export interface PtyRun {
  code: number | null;
  /** Everything the terminal showed, escape codes included. */
  output: string;
  /** [ms since start, text] for each piece of output as it arrived. */
  chunks: Array<[number, string]>;
}

const shellQuote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;

/**
 * Runs `node <file> ...args` on a pseudo-terminal (util-linux `script`), so stdin, stdout
 * and stderr are a terminal. `keys` are typed into it: [delay ms, text].
 */
export function runOnPty(file: string, args: string[], env: Env, keys: Array<[number, string]> = []): Promise<PtyRun> {
  const command = [process.execPath, file, ...args].map(shellQuote).join(" ");
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn("script", ["-qec", command, "/dev/null"], {
      cwd: path.dirname(file),
      env: env as NodeJS.ProcessEnv,
      stdio: ["pipe", "pipe", "pipe"],
    });
    const chunks: Array<[number, string]> = [];
    child.stdout.on("data", (d: Buffer) => chunks.push([Date.now() - started, d.toString("utf8")]));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output: chunks.map((c) => c[1]).join(""), chunks }));
    let at = 0;
    for (const [delay, text] of keys) {
      at += delay;
      setTimeout(() => child.stdin.write(text), at);
    }
    // script ends when the command does; keep its input open until then.
    setTimeout(() => child.stdin.end(), at + 15_000).unref();
  });
}

/** `script` from util-linux, for the terminal tests. */
export async function hasScript(): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn("script", ["--version"], { stdio: "ignore" });
    child.on("error", () => resolve(false));
    child.on("close", (code) => resolve(code === 0));
  });
}

export const ESC = "\u001b[";

// The fake's session ids ("7de2ae9d97941-25c9ffd337bsm87096621l6g.3") differ on every connection.
const SESSION_ID = /[0-9a-f]{13}-[0-9a-f]{11}sm\d{8}[a-z0-9]{3}\.\d/g;
// OpenSSL's messages start with the id of the thread that saw the error.
const OPENSSL_THREAD = /\b[0-9A-F]{8,16}:error:/g;
const sid = (text: string) => text.replace(SESSION_ID, "<id>").replace(OPENSSL_THREAD, "<thread>:error:");

/**
 * An answer with what differs between two runs of the same check taken out: timings, session
 * ids, and the port the check did not end on (the two ports race; how far the other one got
 * before it was closed varies). Phases and lines keep their order within a port.
 */
export function comparable(r: CheckResponse) {
  const port = r.smtp?.port;
  // A port the check closed early ("closed: …": the other port logged in, or its certificate
  // already answered) got as far as time allowed, which differs from run to run.
  const closed = new Set(r.transcript.filter((l) => l.from === "note" && l.text.startsWith("closed: ")).map((l) => l.port));
  const keep = <T extends { port?: number | null }>(items: readonly T[]) =>
    items
      .map((item, i) => ({ item, i }))
      .filter(({ item }) => item.port == null || (port === undefined ? !closed.has(item.port) : item.port === port))
      .sort((a, b) => (a.item.port ?? 0) - (b.item.port ?? 0) || a.i - b.i)
      .map(({ item }) => item);
  return {
    keys: Object.keys(r).sort(),
    ...r,
    elapsedMs: 0,
    ...(r.smtp ? { smtp: { ...r.smtp, reply: sid(r.smtp.reply) } } : {}),
    phases: keep(r.phases).map(({ ms: _ms, ...p }) => p),
    transcript: keep(r.transcript).map((l) => ({ ...l, text: sid(l.text) })),
  };
}
