// The app's entry, for `npm start` and `npm run dev` (--dev). It serves the Next app on
// 127.0.0.1 only, and every request passes one guard before Next sees it, WebSocket
// upgrades included: a Host that is not this server's own loopback name and port gets 421,
// an absolute-form request line gets 400, and proxy headers are dropped (never trusted).
// `npm start` builds first when the sources are newer than the build, and opens the browser.
import { spawnSync } from "node:child_process";
import { EventEmitter } from "node:events";
import { existsSync, readdirSync, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { readSettings, SettingsError } from "./lib/config/settings.mjs";
import { inlineScriptHashes, securityHeaders } from "./lib/guard/headers.mjs";
import { isLoopbackHost } from "./lib/guard/loopback.mjs";

const dir = path.dirname(fileURLToPath(import.meta.url));
const HOST = "127.0.0.1";
const dev = process.argv.includes("--dev");

/** @type {import("./lib/config/settings.mjs").Settings} */
let settings;
try {
  settings = readSettings();
} catch (err) {
  if (!(err instanceof SettingsError)) throw err;
  console.error(err.message);
  process.exit(1);
}
const { port } = settings;

/** Newest modification time (ms) of the files a build is made from. */
function newestSource() {
  const roots = ["app", "components", "lib", "cli", "public", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package.json"];
  let newest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const name of readdirSync(p)) visit(path.join(p, name));
    else newest = Math.max(newest, s.mtimeMs);
  };
  for (const r of roots) visit(path.join(dir, r));
  return newest;
}

/**
 * In a clone of the sources (an app/ folder), builds when a source is newer than the build:
 * the command-line check first (public/gmail-smtp-check.mjs, which the page offers for
 * download), then the app. An installed package carries its build and has no sources; there
 * `npm install` leaves file times in an order that would look stale, so it is never rebuilt.
 */
function buildIfNeeded() {
  if (!existsSync(path.join(dir, "app"))) return;
  const buildId = path.join(dir, ".next", "BUILD_ID");
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= newestSource()) return;
  console.log("Building the app (once, about a minute)…");
  const nextBin = path.join(dir, "node_modules", "next", "dist", "bin", "next");
  // The same two steps as package.json's "build" script: a new build step goes in both.
  for (const args of [[path.join(dir, "cli", "build.mjs")], [nextBin, "build"]]) {
    const result = spawnSync(process.execPath, args, {
      cwd: dir,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (result.status !== 0) {
      console.error("The build failed; see the messages above.");
      process.exit(result.status ?? 1);
    }
  }
}

async function openBrowser(url) {
  // Only for a person at a terminal, and not when told otherwise (CI, BROWSER=none).
  if (!process.stdout.isTTY || !settings.openBrowser) return;
  try {
    const { default: open } = await import("open");
    await open(url);
  } catch {
    console.log(`Open ${url} in your browser.`);
  }
}

// Headers a proxy would set. Nothing stands between the browser and this server, so a
// request that carries them made them up; Next must not act on them.
const UNTRUSTED_HEADERS = /^(?:x-forwarded-|x-real-ip$|forwarded$|x-middleware-)/;

/**
 * The one guard. Returns null when the request may go on, else the status and text to answer.
 * @param {http.IncomingMessage} req
 * @returns {{ status: number, text: string } | null}
 */
function refusal(req) {
  if (!isLoopbackHost(req.headers.host, port))
    return { status: 421, text: `Misdirected request: this app only answers at http://${HOST}:${port}/\n` };
  // "GET http://other.example/ HTTP/1.1": a proxy request. Next would redirect to it.
  if (!req.url?.startsWith("/")) return { status: 400, text: "Bad request: only paths are accepted.\n" };
  for (const name of Object.keys(req.headers)) if (UNTRUSTED_HEADERS.test(name)) delete req.headers[name];
  return null;
}

/** A request body that makes no progress for this long is cut off: a page sends its few hundred bytes at once. */
const BODY_STALL_MS = 5_000;

/**
 * Answers 408 and closes the connection when a request body stops arriving. Next reads a
 * body only when the route asks for it and holds its answer until the body has ended, so a
 * sender that stalls would keep the socket for as long as it likes; this watches the bytes
 * that arrive on the connection instead.
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 */
function cutOffStalledBody(req, res) {
  if (req.complete || req.method === "GET" || req.method === "HEAD") return;
  const socket = req.socket;
  let lastBytes = socket.bytesRead;
  let lastProgress = Date.now();
  const timer = setInterval(() => {
    if (req.complete || res.writableEnded || socket.destroyed) return clearInterval(timer);
    if (socket.bytesRead !== lastBytes) {
      lastBytes = socket.bytesRead;
      lastProgress = Date.now();
      return;
    }
    if (Date.now() - lastProgress < BODY_STALL_MS) return;
    clearInterval(timer);
    const text = `The request body stopped arriving for ${BODY_STALL_MS / 1000} seconds.\n`;
    if (res.headersSent) return void socket.destroy();
    res.writeHead(408, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", Connection: "close" });
    res.end(text, () => socket.destroy());
  }, 500);
  timer.unref();
}

if (!dev) buildIfNeeded();
process.env.NEXT_TELEMETRY_DISABLED = "1";
// Next attaches its own WebSocket listener to the server it finds on the first request,
// ahead of any guard. Handing it this emitter instead means only upgrades that passed the
// guard reach it (the dev server's hot reload); every other upgrade is answered and closed.
const vettedUpgrades = new EventEmitter();
const app = next({ dev, dir, hostname: HOST, port, httpServer: /** @type {any} */ (vettedUpgrades) });
const handle = app.getRequestHandler();
await app.prepare();
const headers = securityHeaders({ dev, port, scriptHashes: dev ? [] : inlineScriptHashes(path.join(dir, ".next", "server", "app")) });

const server = http.createServer(
  {
    // The whole request (headers and body) must arrive within this; a page sends it at once.
    // The API also cuts off a body that stalls for a few seconds (lib/guard/request.ts).
    requestTimeout: 30_000,
    headersTimeout: 30_000,
    connectionsCheckingInterval: 2_000,
  },
  (req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const refused = refusal(req);
    if (!refused) {
      cutOffStalledBody(req, res);
      return void handle(req, res);
    }
    res.writeHead(refused.status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", Connection: "close" });
    res.end(refused.text);
  },
);

server.on("upgrade", (req, socket, head) => {
  // The only upgrade this app serves: the dev server's hot reload (Next's /_next/hmr).
  const refused = refusal(req) ?? (dev && req.url?.startsWith("/_next/hmr") ? null : { status: 404, text: "Not found.\n" });
  if (!refused) return void vettedUpgrades.emit("upgrade", req, socket, head);
  const reason = http.STATUS_CODES[refused.status] ?? "Error";
  socket.on("error", () => {});
  socket.end(
    `HTTP/1.1 ${refused.status} ${reason}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(refused.text)}\r\nConnection: close\r\n\r\n${refused.text}`,
    () => socket.destroy(),
  );
});

server.listen(port, HOST, () => {
  const url = `http://${HOST}:${port}/`;
  console.log(`Gmail SMTP Wizard is running at ${url} (only this computer can reach it). Press Ctrl+C to stop.`);
  if (!dev) void openBrowser(url);
});
server.on("error", (err) => {
  console.error(err.code === "EADDRINUSE" ? `Port ${port} is in use. Start with another one, e.g. PORT=3100 npm start` : err.message);
  process.exit(1);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
