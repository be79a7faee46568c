// The app's entry: builds when needed, serves the built Next app on 127.0.0.1 only, answers
// 421 to any Host header that is not this server's own loopback name and port (pages,
// assets and API alike, before Next handles the request), and opens the browser.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { isLoopbackHost } from "./lib/guard/loopback.mjs";

const dir = path.dirname(fileURLToPath(import.meta.url));
const HOST = "127.0.0.1";
const port = Number(process.env.PORT || 3000);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a port number (1-65535), got ${JSON.stringify(process.env.PORT)}`);
  process.exit(1);
}

/** Newest modification time (ms) of the files a build is made from. */
function newestSource() {
  const roots = ["app", "components", "lib", "public", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package.json"];
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

function buildIfNeeded() {
  const buildId = path.join(dir, ".next", "BUILD_ID");
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= newestSource()) return;
  console.log("Building the app (once, about a minute)…");
  const nextBin = path.join(dir, "node_modules", "next", "dist", "bin", "next");
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: dir,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) {
    console.error("The build failed; see the messages above.");
    process.exit(result.status ?? 1);
  }
}

async function openBrowser(url) {
  // Only for a person at a terminal: not under CI, not when told BROWSER=none.
  if (!process.stdout.isTTY || process.env.CI || process.env.BROWSER === "none") return;
  try {
    const { default: open } = await import("open");
    await open(url);
  } catch {
    console.log(`Open ${url} in your browser.`);
  }
}

buildIfNeeded();
process.env.NEXT_TELEMETRY_DISABLED = "1";
const app = next({ dev: false, dir, hostname: HOST, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  if (!isLoopbackHost(req.headers.host, port)) {
    res.writeHead(421, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", Connection: "close" });
    res.end(`Misdirected request: this app only answers at http://${HOST}:${port}/\n`);
    return;
  }
  handle(req, res);
});

server.listen(port, HOST, () => {
  const url = `http://${HOST}:${port}/`;
  console.log(`Gmail SMTP Wizard is running at ${url} (only this computer can reach it). Press Ctrl+C to stop.`);
  void openBrowser(url);
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
