import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { FakeGmail } from "../fake-gmail/index.mjs";
import { startFakeGmail } from "../fake-gmail/server.mjs";
import { spawnServer, waitForServer } from "../support/server-process";
import { startSlowProxy } from "../support/slow-proxy.mjs";

// What the e2e tests share: where the app and the fake Gmail are (set by global-setup.ts),
// unique login names, and raw HTTP for the headers fetch() will not let a test set (Host).

export const appUrl = () => required("APP_URL");
export const appPort = () => Number(required("APP_PORT"));
export const origin = () => `http://127.0.0.1:${appPort()}`;

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through \`npm test\``);
  return value;
}

let counter = 0;
/**
 * A login name unique to this test run and worker, and a distinct account for the app's
 * limits (which ignore dots and +tags, as Gmail does): "bad-credentials--e3w1p99@gmail.com".
 */
export const user = (scenario: string) => `${scenario}--e${++counter}w${process.env.TEST_WORKER_INDEX ?? 0}p${process.pid}@gmail.com`;

export interface AuthRecord {
  user: string;
  password: string;
  code: number;
  mechanism: string;
}

/** Every AUTH the fake Gmail received for this login name. */
export async function authsFor(login: string): Promise<AuthRecord[]> {
  const res = await fetch(`${required("FAKE_CONTROL_URL")}/auths?user=${encodeURIComponent(login)}`);
  return (await res.json()) as AuthRecord[];
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One HTTP request with exactly these headers (Host included), to the app's port. */
export function rawRequest(opts: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  port?: number;
}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: opts.port ?? appPort(),
        method: opts.method ?? "GET",
        path: opts.path,
        headers: opts.headers ?? {},
        setHost: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
      },
    );
    req.on("error", reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

/** POST /api/check as the app's own page would (to the shared server, or to `port`). */
export function postCheck(body: unknown, headers: Record<string, string> = {}, port = appPort()): Promise<RawResponse> {
  return rawRequest({
    method: "POST",
    path: "/api/check",
    port,
    headers: { Host: `127.0.0.1:${port}`, Origin: `http://127.0.0.1:${port}`, "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

export interface UpgradeAnswer {
  /** The status line the server answered with, e.g. "HTTP/1.1 421 Misdirected Request"; "" when it said nothing. */
  statusLine: string;
  /** Whether the server closed the connection within `waitMs`. */
  closed: boolean;
}

/** A WebSocket upgrade request with this Host, on a raw socket: what came back, and whether the server hung up. */
export function rawUpgrade(opts: { host: string; path: string; port?: number; waitMs?: number }): Promise<UpgradeAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(opts.port ?? appPort(), "127.0.0.1", () => {
      socket.write(
        `GET ${opts.path} HTTP/1.1\r\nHost: ${opts.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n",
      );
    });
    let data = "";
    const statusLine = () => data.split("\r\n")[0] ?? "";
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ statusLine: statusLine(), closed: false });
    }, opts.waitMs ?? 3000);
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      data += chunk;
    });
    socket.on("error", reject);
    socket.on("close", () => {
      clearTimeout(timer);
      resolve({ statusLine: statusLine(), closed: true });
    });
  });
}

/**
 * Moves the shared server's clock for its account limits forward (the page's clock is
 * page.clock). Only ever forward: that can only loosen a limit another test relies on, so
 * tests that assert a refusal inside a window use a server of their own (ownServer).
 */
export function moveServerClock(ms: number, clockFile = required("SERVER_CLOCK_FILE")) {
  const now = Number(readFileSync(clockFile, "utf8")) || 0;
  writeFileSync(clockFile, String(now + ms));
}

export interface OwnServer {
  port: number;
  /** POST /api/check to this server, as its own page would. */
  check(body: unknown): Promise<RawResponse>;
  /** POST /api/send to this server. */
  send(body: unknown): Promise<RawResponse>;
  moveClock(ms: number): void;
  stop(): Promise<void>;
}

/**
 * A server of this test's own, pointed at the shared fake Gmail, with its own limits and
 * clock; `tlsPort` overrides the fake's TLS port (a closed one makes the login use STARTTLS).
 */
export async function ownServer(options: { tlsPort?: number; starttlsPort?: number } = {}): Promise<OwnServer & { url: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "own-server-"));
  const clockFile = path.join(dir, "clock");
  writeFileSync(clockFile, "0");
  const server = await spawnServer({
    GMAIL_SMTP_HOST: required("FAKE_GMAIL_HOST"),
    GMAIL_SMTP_TLS_PORT: options.tlsPort ? String(options.tlsPort) : required("FAKE_GMAIL_TLS_PORT"),
    GMAIL_SMTP_STARTTLS_PORT: options.starttlsPort ? String(options.starttlsPort) : required("FAKE_GMAIL_STARTTLS_PORT"),
    WIZARD_TEST_CLOCK_FILE: clockFile,
    GMAIL_DNS_SERVERS: required("GMAIL_DNS_SERVERS"),
  });
  await waitForServer(server, 60_000);
  return {
    port: server.port,
    url: server.url,
    check: (body) => postCheck(body, {}, server.port),
    send: (body) => postSend(body, {}, server.port),
    moveClock: (ms) => moveServerClock(ms, clockFile),
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A server of this test's own whose 465 answers with an interceptor's certificate (a fake of
 * its own), and whose 587 is the shared clean fake behind a proxy that holds each connection
 * a second, so 465's refusal always comes first, whatever the machine's load. All closed after `run`.
 */
export async function withInterceptedTls(
  run: (setup: { intercepted: FakeGmail; server: OwnServer & { url: string }; starttlsPort: number }) => Promise<void>,
): Promise<void> {
  const intercepted = await startFakeGmail({ certDir: required("FAKE_GMAIL_CERT_DIR"), certificate: "intercepted" });
  const slow587 = await startSlowProxy(Number(required("FAKE_GMAIL_STARTTLS_PORT")), 1000);
  const server = await ownServer({ tlsPort: intercepted.tlsPort, starttlsPort: slow587.port });
  try {
    await run({ intercepted, server, starttlsPort: slow587.port });
  } finally {
    await server.stop();
    await slow587.close();
    await intercepted.close();
  }
}

export interface MessageRecord {
  from: string;
  to: string[];
  data: string;
  subject: string;
}

/** Every message the fake Gmail accepted for this recipient. */
export async function messagesTo(address: string): Promise<MessageRecord[]> {
  const res = await fetch(`${required("FAKE_CONTROL_URL")}/messages?to=${encodeURIComponent(address)}`);
  return (await res.json()) as MessageRecord[];
}

/** POST /api/send as the app's own page would (to the shared server, or to `port`). */
export function postSend(body: unknown, headers: Record<string, string> = {}, port = appPort()): Promise<RawResponse> {
  return rawRequest({
    method: "POST",
    path: "/api/send",
    port,
    headers: { Host: `127.0.0.1:${port}`, Origin: `http://127.0.0.1:${port}`, "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}
