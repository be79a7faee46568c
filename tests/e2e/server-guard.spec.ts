import { readdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { exitCode, spawnServer, waitForServer } from "../support/server-process";
import { appPort, rawRequest, rawUpgrade } from "./support";

// The one guard in server.mjs: every request, WebSocket upgrades included, for `npm start`
// and `npm run dev` alike; and settings that are checked before anything starts.

test.describe("WebSocket upgrades pass the same guard", () => {
  test("a foreign Host gets 421 and the connection is closed", async () => {
    for (const path of ["/_next/hmr", "/_next/webpack-hmr", "/"]) {
      const answer = await rawUpgrade({ host: `evil.example:${appPort()}`, path });
      expect(answer, path).toEqual({ statusLine: "HTTP/1.1 421 Misdirected Request", closed: true });
    }
  });

  test("the app serves no upgrades: its own Host gets 404 and the connection is closed", async () => {
    for (const path of ["/_next/hmr", "/_next/webpack-hmr", "/api/check"]) {
      const answer = await rawUpgrade({ host: `127.0.0.1:${appPort()}`, path });
      expect(answer, path).toEqual({ statusLine: "HTTP/1.1 404 Not Found", closed: true });
    }
  });
});

test("200 upgrade requests leave no socket behind, and the server still answers", async () => {
  const server = await spawnServer({});
  try {
    await waitForServer(server, 60_000);
    const fds = () => readdirSync(`/proc/${server.child.pid}/fd`).length;
    const before = fds();
    const hosts = [`evil.example:${server.port}`, `127.0.0.1:${server.port}`];
    for (let round = 0; round < 10; round++) {
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          rawUpgrade({ host: hosts[i % 2] ?? "", path: i % 4 < 2 ? "/_next/webpack-hmr" : "/", port: server.port }),
        ),
      );
      expect(answers.every((a) => a.closed)).toBe(true);
    }
    await expect.poll(fds, { timeout: 5000 }).toBeLessThanOrEqual(before);
    expect((await fetch(server.url)).status).toBe(200);
  } finally {
    await server.stop();
  }
});

test("an absolute-form request line (a proxy request) gets 400, not a redirect to it", async () => {
  const res = await rawRequest({ path: "http://evil.example/", headers: { Host: `127.0.0.1:${appPort()}` } });
  expect(res.status).toBe(400);
  expect(res.headers.location).toBeUndefined();
});

test("a bad setting stops the server at start with one sentence naming it", async () => {
  const server = await spawnServer({ GMAIL_SMTP_TLS_PORT: "seventy" });
  expect(await exitCode(server, 20_000)).toBe(1);
  expect(server.output().trim()).toBe('GMAIL_SMTP_TLS_PORT must be a port number (1-65535), got "seventy"');
});

test("NODE_TLS_REJECT_UNAUTHORIZED=0 stops the server at start, saying why and what to unset", async () => {
  const server = await spawnServer({ NODE_TLS_REJECT_UNAUTHORIZED: "0" });
  expect(await exitCode(server, 20_000)).toBe(1);
  expect(server.output().trim()).toBe(
    "NODE_TLS_REJECT_UNAUTHORIZED is set to 0, which turns off certificate checks: your password could go to whoever intercepts the connection. Unset it (unset NODE_TLS_REJECT_UNAUTHORIZED) and start again.",
  );
});

test("npm run dev goes through the same guard, and its hot reload is the only upgrade served", async () => {
  test.setTimeout(120_000);
  const dev = await spawnServer({}, ["--dev"]);
  try {
    await waitForServer(dev, 90_000);
    const foreign = await rawRequest({ path: "/", port: dev.port, headers: { Host: `evil.example:${dev.port}` } });
    expect(foreign.status).toBe(421);
    expect(await rawUpgrade({ host: `evil.example:${dev.port}`, path: "/_next/hmr", port: dev.port })).toEqual({
      statusLine: "HTTP/1.1 421 Misdirected Request",
      closed: true,
    });
    expect((await rawUpgrade({ host: `127.0.0.1:${dev.port}`, path: "/_next/other", port: dev.port })).statusLine).toBe(
      "HTTP/1.1 404 Not Found",
    );
    const hmr = await rawUpgrade({ host: `127.0.0.1:${dev.port}`, path: "/_next/hmr?id=test", port: dev.port, waitMs: 5000 });
    expect(hmr.statusLine).toBe("HTTP/1.1 101 Switching Protocols");
  } finally {
    await dev.stop();
  }
});
