import { chromium } from "@playwright/test";

const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
async function run(label, mutate) {
  const res = [];
  for (let i = 0; i < 6; i++) {
    const ctx = await b.newContext({ javaScriptEnabled: false, viewport: { width: 412, height: 823 } });
    const p = await ctx.newPage();
    await p.route("http://127.0.0.1:3126/", async (route) => {
      const r = await route.fetch();
      let body = await r.text();
      body = mutate(body);
      await route.fulfill({ response: r, body });
    });
    await p.goto("http://127.0.0.1:3126/", { waitUntil: "load" });
    await p.waitForTimeout(200);
    res.push(await p.evaluate(() => performance.getEntriesByType("paint").map((e) => Math.round(e.startTime))[0]));
    await ctx.close();
  }
  res.sort((a, b) => a - b);
  console.log(label.padEnd(20), res.join(" "), "median", res[3]);
}
await run("as is", (h) => h);
await run("no css", (h) => h.replace(/<link rel="stylesheet"[^>]*>/g, ""));
await run("arial", (h) => h.replace("</head>", "<style>*{font-family:Arial !important}</style></head>"));
await run("no svg", (h) => h.replace(/<svg[\s\S]*?<\/svg>/g, ""));
await run("no scripts tags", (h) => h.replace(/<script[\s\S]*?<\/script>/g, ""));
await b.close();
