import { afterAll, beforeAll, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis";
import { type ProbeOptions, probeLogin } from "@/lib/smtp/probe";
import { DEFAULT_TIMEOUTS } from "@/lib/smtp/timeouts";
import type { FakeGmail } from "../fake-gmail/index.mjs";
import { closedPort, startFake, user } from "./fake-env";
import { type Script, type ScriptedServer, startScriptedServer } from "./scripted-server";

// The probe's timing rules against scripted servers: the preferred port, the deadline, a
// page that goes away. In a file of their own so they run beside the other edge cases.

let fake: FakeGmail;
const servers: ScriptedServer[] = [];
beforeAll(async () => {
  fake = await startFake();
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await fake.close();
});

async function scripted(script: Script): Promise<ScriptedServer> {
  const server = await startScriptedServer(script);
  servers.push(server);
  return server;
}

/** The probe with only this TLS port open (the STARTTLS port refuses), and these timeouts. */
async function probeOnly(server: ScriptedServer, options: Omit<ProbeOptions, "target"> = {}, pass = "pw-123456") {
  return probeLogin(
    { user: "someone@gmail.com", pass },
    { ...options, target: { host: "127.0.0.1", tlsPort: server.port, starttlsPort: await closedPort() } },
  );
}

const allClosed = (server: ScriptedServer) => expect.poll(() => server.openSockets(), { timeout: 2000 }).toBe(0);

it("prefers the TLS port when it is ready shortly after the STARTTLS port", async () => {
  const slow465 = await scripted({ tlsDelayMs: DEFAULT_TIMEOUTS.tlsPortGrace / 3, on: { AUTH: "235 2.7.0 Accepted" } });
  const login = user("accepted");
  const result = await probeLogin(
    { user: login, pass: "pw-123456" },
    { target: { host: "127.0.0.1", tlsPort: slow465.port, starttlsPort: fake.starttlsPort } },
  );
  expect(diagnose(result, "account").verdict).toBe("ok");
  if (result.outcome !== "replied") throw new Error("expected a reply");
  expect(result.port).toBe(slow465.port);
  expect(slow465.auths).toBe(1);
  // The STARTTLS port was ready first, and was closed without a login.
  expect(fake.authAttempts(login)).toHaveLength(0);
  expect(result.phases.some((p) => p.port === fake.starttlsPort && p.name === "greeting" && p.ok)).toBe(true);
  await fake.waitForAllClosed(2000);
  await allClosed(slow465);
});

it("a port closed after a good handshake names no certificate issuer (only a refused certificate does)", async () => {
  // 587 is secured at once but slow to answer its second EHLO; 465 is ready a little later,
  // so the login goes to 465 and 587 is closed after its handshake, before it was ready.
  const slow587 = await scripted({ tls: false, starttls: true, securedDelayMs: { EHLO: 1000 } });
  const later465 = await scripted({ tlsDelayMs: 200, on: { AUTH: "235 2.7.0 Accepted" } });
  const result = await probeLogin(
    { user: "someone@gmail.com", pass: "pw-123456" },
    { target: { host: "127.0.0.1", tlsPort: later465.port, starttlsPort: slow587.port } },
  );
  expect(diagnose(result, "account").verdict).toBe("ok");
  expect(slow587.commands).toEqual(expect.arrayContaining(["STARTTLS"]));
  expect(result.transcript.some((l) => l.port === slow587.port && l.text.includes("certificate for"))).toBe(true);
  expect(result.failures.find((f) => f.port === slow587.port)?.kind).toBe("cancelled");
  expect(result.failures.filter((f) => f.certIssuer)).toEqual([]);
  await allClosed(slow587);
});

it("a login still unanswered at the deadline: ends in time, closes, and says so", async () => {
  // Each step just inside its own timeout, so only the overall deadline can end the check.
  const drip = await scripted({ tlsDelayMs: 400, greetingDelayMs: 250, delayMs: { EHLO: 250 }, on: { AUTH: null } });
  const timeouts = { tlsTimeout: 600, greetingTimeout: 600, loginTimeout: 5000, deadline: 1500 };
  const result = await probeOnly(drip, { timeouts });
  expect(drip.auths).toBe(1);
  expect(result.outcome).toBe("failed");
  expect(result.failures).toContainEqual(expect.objectContaining({ port: drip.port, phase: "login", kind: "deadline" }));
  expect(diagnose(result, "account")).toEqual({ verdict: "unknown", step: null });
  expect(result.elapsedMs).toBeLessThanOrEqual(timeouts.deadline);
  const said = result.transcript.map((l) => l.text).join("\n");
  expect(said).toContain("deadline of 1.5 s ran out: the app closed the connection while it waited for the answer to the login");
  expect(said).not.toContain("The server closed the connection");
  await allClosed(drip);
});

it("an aborted check (the page was closed) sends no login", async () => {
  const slow = await scripted({ greetingDelayMs: 300, on: { AUTH: "235 2.7.0 Accepted" } });
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 100);
  const result = await probeOnly(slow, { signal: controller.signal });
  expect(result.outcome).toBe("failed");
  expect(result.elapsedMs).toBeLessThan(1000);
  await new Promise((r) => setTimeout(r, 400));
  expect(slow.auths).toBe(0);
  await allClosed(slow);
});
