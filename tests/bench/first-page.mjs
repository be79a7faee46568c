// `npm run bench:first-page [-- --lighthouse N]`: what the first page costs. Starts the
// built app (server.mjs builds when needed) on a free port, then prints the JavaScript and
// CSS the page loads, as sent (gzip), and optionally the median of N Lighthouse runs
// (mobile, lighthouse@12.2.3 through npx, Chromium from CHROME_PATH or /usr/bin/chromium).
// Numbers, not assertions: a benchmark reports, a person judges.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { root } from "../support/paths.mjs";

const { values } = parseArgs({ options: { lighthouse: { type: "string", default: "0" }, path: { type: "string", default: "/" } } });
const runs = Number(values.lighthouse);

const port = await new Promise((resolve) => {
  const s = net.createServer().listen(0, "127.0.0.1", () => {
    const { port: p } = /** @type {net.AddressInfo} */ (s.address());
    s.close(() => resolve(p));
  });
});
const server = spawn(process.execPath, ["server.mjs"], {
  cwd: root,
  env: { ...process.env, PORT: String(port), BROWSER: "none" },
  stdio: ["ignore", "pipe", "inherit"],
});
const base = `http://127.0.0.1:${port}`;
await new Promise((resolve, reject) => {
  server.stdout.on("data", (d) => String(d).includes("is running at") && resolve(undefined));
  server.once("exit", (code) => reject(new Error(`server.mjs exited with ${code}`)));
});

try {
  const html = await (await fetch(`${base}${values.path}`)).text();
  const scripts = [...html.matchAll(/<script src="([^"]+)"([^>]*)>/g)].filter((m) => !/noModule/i.test(m[2] ?? "")).map((m) => m[1]);
  const styles = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce((n, m) => n + (m[1]?.length ?? 0), 0);
  // The size as sent compressed: gzip of the built file (what Next sends with Accept-Encoding: gzip).
  const gzipSize = (url) => {
    const file = path.join(root, ".next", url.replace(/^\/_next\//, ""));
    return spawnSync("gzip", ["-c", "-6", file]).stdout.length;
  };
  let js = 0;
  console.log(`First page ${values.path}: scripts loaded by a modern browser (nomodule polyfills left out)`);
  for (const src of scripts) {
    const size = gzipSize(src);
    js += size;
    console.log(`  ${(size / 1024).toFixed(1).padStart(6)} KiB gz  ${src}`);
  }
  console.log(`  ${(js / 1024).toFixed(1).padStart(6)} KiB gz  JavaScript in all`);
  for (const href of styles) console.log(`  ${(gzipSize(href) / 1024).toFixed(1).padStart(6)} KiB gz  ${href} (stylesheet)`);
  if (inlineCss) console.log(`  ${(inlineCss / 1024).toFixed(1).padStart(6)} KiB     CSS inlined in the page`);
  console.log(`  ${(html.length / 1024).toFixed(1).padStart(6)} KiB     HTML`);

  if (runs > 0) {
    const chrome = process.env.CHROME_PATH || "/usr/bin/chromium";
    const out = mkdtempSync(path.join(os.tmpdir(), "lighthouse-"));
    const results = [];
    for (let i = 0; i < runs; i++) {
      const file = path.join(out, `run-${i}.json`);
      spawnSync(
        "npx",
        [
          "-y",
          "lighthouse@12.2.3",
          `${base}${values.path}`,
          "--only-categories=performance,accessibility,best-practices",
          "--output=json",
          `--output-path=${file}`,
          "--quiet",
          "--chrome-flags=--headless=new --no-sandbox --disable-background-networking --disable-component-update --disable-sync",
        ],
        { env: { ...process.env, CHROME_PATH: chrome }, stdio: "ignore" },
      );
      if (!existsSync(file)) continue;
      const r = JSON.parse(readFileSync(file, "utf8"));
      const a = (id) => r.audits[id].numericValue;
      results.push({
        performance: r.categories.performance.score * 100,
        accessibility: r.categories.accessibility.score * 100,
        bestPractices: r.categories["best-practices"].score * 100,
        fcp: a("first-contentful-paint"),
        lcp: a("largest-contentful-paint"),
        tbt: a("total-blocking-time"),
        cls: a("cumulative-layout-shift"),
      });
    }
    rmSync(out, { recursive: true, force: true });
    const median = (k) => {
      const v = results.map((r) => r[k]).sort((x, y) => x - y);
      return v[Math.floor(v.length / 2)] ?? Number.NaN;
    };
    console.log(`\nLighthouse 12.2.3, mobile, ${results.length} runs: performance ${results.map((r) => r.performance).join(" ")}`);
    console.log(
      `  median: performance ${median("performance")}, accessibility ${median("accessibility")}, best practices ${median("bestPractices")}; ` +
        `FCP ${Math.round(median("fcp"))} ms, LCP ${Math.round(median("lcp"))} ms, TBT ${Math.round(median("tbt"))} ms, CLS ${median("cls")}`,
    );
  }
} finally {
  server.kill("SIGTERM");
}
