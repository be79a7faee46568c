import { readFileSync } from "node:fs";
import http from "node:http";
import { expect, test } from "@playwright/test";
import { appPort, authsFor, origin, user } from "./support";

// With Accept: application/x-ndjson the check reports each phase as it ends, then the result.

function streamCheck(body: object): Promise<{ status: number; type: string; lines: Array<{ at: number; json: Record<string, unknown> }> }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const req = http.request(
      {
        host: "127.0.0.1",
        port: appPort(),
        method: "POST",
        path: "/api/check",
        headers: { Origin: origin(), "Content-Type": "application/json", Accept: "application/x-ndjson" },
      },
      (res) => {
        const lines: Array<{ at: number; json: Record<string, unknown> }> = [];
        let buffered = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          buffered += chunk;
          const complete = buffered.split("\n");
          buffered = complete.pop() ?? "";
          for (const line of complete) lines.push({ at: Date.now() - started, json: JSON.parse(line) });
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), lines }));
      },
    );
    req.on("error", reject);
    req.end(JSON.stringify(body));
  });
}

test("phases arrive as they happen, before the result", async () => {
  const login = user("slow-accepted");
  const res = await streamCheck({ email: login, password: "pw-12345" });
  expect(res.status).toBe(200);
  expect(res.type).toContain("application/x-ndjson");
  const last = res.lines.at(-1)!;
  expect(last.json.result).toMatchObject({ verdict: "ok" });
  const phases = res.lines.filter((l) => "phase" in l.json);
  const names = phases.map((l) => (l.json.phase as { name: string }).name);
  expect(names).toEqual(expect.arrayContaining(["connect", "tls", "greeting", "login"]));
  // The greeting came long before the (2 s slow) login answer, and was sent then.
  const greeting = phases.find((l) => (l.json.phase as { name: string }).name === "greeting")!;
  expect(last.at - greeting.at).toBeGreaterThan(1500);
  expect(await authsFor(login)).toHaveLength(1);
});

test("without the header the answer is plain JSON (the contract)", async () => {
  const res = await fetch(`http://127.0.0.1:${appPort()}/api/check`, {
    method: "POST",
    headers: { Origin: origin(), "Content-Type": "application/json" },
    body: JSON.stringify({ email: user("accepted"), password: "pw-12345" }),
  });
  expect(res.headers.get("content-type")).toContain("application/json");
  expect(await res.json()).toMatchObject({ verdict: "ok" });
});

test("a page that goes away mid-check frees the check: the next one of that address runs", async () => {
  const login = user("slow-accepted");
  await new Promise<void>((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: appPort(),
        method: "POST",
        path: "/api/check",
        headers: { Origin: origin(), "Content-Type": "application/json", Accept: "application/x-ndjson" },
      },
      (res) => {
        // Leave as soon as the first phase arrives, while the login is still under way.
        res.once("data", () => {
          req.destroy();
          resolve();
        });
      },
    );
    req.on("error", () => {});
    req.on("close", () => resolve());
    req.end(JSON.stringify({ email: login, password: "pw-12345" }));
    setTimeout(() => reject(new Error("no phase arrived")), 10_000);
  });
  // The abandoned check ends on its own (the fake answers after 2 s) and releases its slot.
  await new Promise((r) => setTimeout(r, 3000));
  const res = await fetch(`http://127.0.0.1:${appPort()}/api/check`, {
    method: "POST",
    headers: { Origin: origin(), "Content-Type": "application/json" },
    body: JSON.stringify({ email: login, password: "pw-12345" }),
  });
  expect(res.status).toBe(200);
  expect(await res.json()).toMatchObject({ verdict: "ok" });
  expect(readFileSync(process.env.SERVER_LOG!, "utf8")).not.toMatch(/ERR_INVALID_STATE|Unhandled|uncaught/i);
});
