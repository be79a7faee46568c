import fs from "node:fs";
import { chromium } from "@playwright/test";

const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
async function run(label, mutate) {
  const out = [];
  for (let i = 0; i < 4; i++) {
    const ctx = await b.newContext({ viewport: { width: 412, height: 823 } });
    const p = await ctx.newPage();
    await p.route("http://127.0.0.1:3126/", async (route) => {
      const r = await route.fetch();
      await route.fulfill({ response: r, body: mutate(await r.text()) });
    });
    await b.startTracing(p, { path: "/tmp/tr.json", categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
    await p.goto("http://127.0.0.1:3126/", { waitUntil: "load" });
    await p.waitForTimeout(500);
    await b.stopTracing();
    const ev = JSON.parse(fs.readFileSync("/tmp/tr.json", "utf8")).traceEvents;
    const sum = (n) => Math.round(ev.filter((e) => e.name === n && e.dur).reduce((a, e) => a + e.dur, 0) / 1000);
    out.push(`L${sum("Layout")}/S${sum("UpdateLayoutTree")}/E${sum("EvaluateScript")}`);
    await ctx.close();
  }
  console.log(label.padEnd(14), out.join(" "));
}
await run("as is", (h) => h);
await run("dejavu", (h) => h.replace("</head>", "<style>html,body,*{font-family:'DejaVu Sans',sans-serif !important}</style></head>"));
await run("no-antialias", (h) => h.replace("</head>", "<style>*{-webkit-font-smoothing:auto !important}</style></head>"));
await b.close();
