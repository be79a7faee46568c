import http from "node:http";
import net from "node:net";

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
/** A login name unique to this test run and worker: "bad-credentials+e3w1@gmail.com". */
export const user = (scenario: string) => `${scenario}+e${++counter}w${process.env.TEST_WORKER_INDEX ?? 0}p${process.pid}@gmail.com`;

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

/** POST /api/check as the app's own page would. */
export function postCheck(body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  return rawRequest({
    method: "POST",
    path: "/api/check",
    headers: { Host: `127.0.0.1:${appPort()}`, Origin: origin(), "Content-Type": "application/json", ...headers },
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
