import { afterAll, beforeAll, expect, it } from "vitest";
import { transcriptText } from "@/lib/check/transcript-text";
import { diagnose } from "@/lib/diagnosis";
import { type ProbeOptions, probeLogin } from "@/lib/smtp/probe";
import { DEFAULT_TIMEOUTS } from "@/lib/smtp/timeouts";
import { AUTH_MARKER } from "@/lib/smtp/transcript";
import type { FakeGmail } from "../fake-gmail/index.mjs";
import { closedPort, startFake, user } from "./fake-env";
import { GMAIL_EHLO, type Script, type ScriptedServer, startScriptedServer } from "./scripted-server";

// The probe against servers that misbehave in ways Gmail never does: slow, silent, hostile,
// or without TLS. Timeouts are passed as options, so each case takes milliseconds.

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

it("the other port's goodbye runs alongside the login: AUTH never waits for the answer to its QUIT", async () => {
  // 587 is ready first and answers QUIT only after a second; 465 is ready shortly after,
  // within the grace, so the login goes to 465 and 587, ready and idle, is told QUIT.
  const QUIT_ANSWER_MS = 1000;
  let quitAt = 0;
  let authAt = 0;
  const lateBye587 = await scripted({
    tls: false,
    starttls: true,
    on: {
      QUIT: () => {
        quitAt = Date.now();
        return "221 2.0.0 closing connection s1 - gsmtp";
      },
    },
    delayMs: { QUIT: QUIT_ANSWER_MS },
  });
  const later465 = await scripted({
    tlsDelayMs: DEFAULT_TIMEOUTS.tlsPortGrace / 3,
    on: {
      AUTH: () => {
        authAt = Date.now();
        return "235 2.7.0 Accepted";
      },
    },
  });
  const started = Date.now();
  const result = await probeLogin(
    { user: "someone@gmail.com", pass: "pw-123456" },
    // Room enough to wait for the QUIT's answer, so only the probe's order can avoid it.
    { target: { host: "127.0.0.1", tlsPort: later465.port, starttlsPort: lateBye587.port }, timeouts: { closeTimeout: 3000 } },
  );
  const took = Date.now() - started;
  expect(diagnose(result, "account").verdict).toBe("ok");
  if (result.outcome !== "replied") throw new Error("expected a reply");
  expect(result.port).toBe(later465.port);
  // One login, on 465 only; 587 got its QUIT, no AUTH.
  expect(later465.auths).toBe(1);
  expect(lateBye587.auths).toBe(0);
  expect(lateBye587.commands).toContain("QUIT");
  expect(quitAt).toBeGreaterThan(0);
  // The login went out right after the QUIT, not once 587 had answered it.
  expect(authAt - quitAt).toBeLessThan(QUIT_ANSWER_MS / 2);
  expect(result.elapsedMs).toBeLessThan(QUIT_ANSWER_MS);
  // And the whole check, its closing included, did not wait for that answer either.
  expect(took).toBeLessThan(QUIT_ANSWER_MS);
  await allClosed(lateBye587);
  await allClosed(later465);
});

it("the goodbye after the login is said (QUIT) but its answer is not awaited", async () => {
  const QUIT_ANSWER_MS = 1000;
  const lateBye = await scripted({ on: { AUTH: "235 2.7.0 Accepted" }, delayMs: { QUIT: QUIT_ANSWER_MS } });
  const started = Date.now();
  const result = await probeOnly(lateBye, { timeouts: { closeTimeout: 3000 } });
  const took = Date.now() - started;
  expect(diagnose(result, "account").verdict).toBe("ok");
  expect(lateBye.auths).toBe(1);
  // probeLogin returns once every socket is closed, without the round trip of QUIT's answer.
  expect(took).toBeLessThan(QUIT_ANSWER_MS / 2);
  await expect.poll(() => lateBye.commands.includes("QUIT"), { timeout: 2000 }).toBe(true);
  await allClosed(lateBye);
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

it("a login that gets no answer: ends on the login timeout, closes, and is not called a blocked network", async () => {
  const silent = await scripted({ on: { AUTH: null } });
  const result = await probeOnly(silent, { timeouts: { loginTimeout: 200 } });
  expect(silent.auths).toBe(1);
  expect(result.outcome).toBe("failed");
  expect(result.failures.find((f) => f.phase === "login")?.kind).toBe("timeout");
  // The network works (the server greeted): not network-blocked, but unknown, with the transcript.
  expect(diagnose(result, "account")).toEqual({ verdict: "unknown", step: null });
  expect(result.elapsedMs).toBeLessThan(1000);
  await allClosed(silent);
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

it("587 without STARTTLS: the password is never sent in plain text", async () => {
  const plain = await scripted({ tls: false, on: { EHLO: ["250-smtp.gmail.com at your service", "250 AUTH LOGIN PLAIN"] } });
  const result = await probeLogin(
    { user: "someone@gmail.com", pass: "pw-123456" },
    { target: { host: "127.0.0.1", tlsPort: await closedPort(), starttlsPort: plain.port } },
  );
  expect(result.outcome).toBe("failed");
  expect(plain.commands).toContain("STARTTLS");
  expect(plain.auths).toBe(0);
  expect(result.transcript.some((l) => l.from === "client" && l.text.startsWith("AUTH"))).toBe(false);
  await allClosed(plain);
});

it("a phase listener that throws (a page that went away) cannot stop or hang the check", async () => {
  const login = user("accepted");
  const result = await probeLogin(
    { user: login, pass: "pw-123456" },
    {
      target: { host: "127.0.0.1", tlsPort: await closedPort(), starttlsPort: fake.starttlsPort },
      onPhase: () => {
        throw new Error("the stream is gone");
      },
    },
  );
  expect(diagnose(result, "account").verdict).toBe("ok");
  expect(fake.authAttempts(login)).toHaveLength(1);
  await fake.waitForAllClosed(2000);
});

it("a server that echoes the credentials back: the reply handed on is scrubbed", async () => {
  const echo = await scripted({ on: { AUTH: (line) => `535 5.7.8 not accepted: ${line}` } });
  const pass = "Canary-echo-3b7e-Pa55";
  const result = await probeOnly(echo, {}, pass);
  if (result.outcome !== "replied") throw new Error("expected a reply");
  const payload = Buffer.from(`\u0000someone@gmail.com\u0000${pass}`).toString("base64");
  expect(result.reply.code).toBe(535);
  expect(result.reply.reply).not.toContain(payload);
  expect(result.reply.reply).toContain(AUTH_MARKER);
  expect(JSON.stringify(result)).not.toContain(payload);
});

it("a server that echoes the password split across two lines, or in capitals: nothing handed on shows it", async () => {
  const pass = "Canary-Split-7c2d-Pa55";
  const echo = await scripted({
    on: {
      AUTH: (line) => {
        const password =
          Buffer.from(line.split(" ")[2] ?? "", "base64")
            .toString("utf8")
            .split("\u0000")[2] ?? "";
        return [
          `535-5.7.8 not accepted: ${password.slice(0, 9)}`,
          `535-5.7.8 ${password.slice(9)} - try`,
          `535 5.7.8 again ${password.toUpperCase()}`,
        ];
      },
    },
  });
  const result = await probeOnly(echo, {}, pass);
  if (result.outcome !== "replied") throw new Error("expected a reply");
  const everything = `${JSON.stringify(result)}\n${transcriptText(result.transcript)}`.toLowerCase();
  for (const piece of [pass, pass.slice(0, 9), pass.slice(9)]) expect(everything).not.toContain(piece.toLowerCase());
  expect(result.reply.reply.split("\n")).toEqual([
    `535-5.7.8 not accepted: ${AUTH_MARKER}`,
    `535-5.7.8 ${AUTH_MARKER} - try`,
    `535 5.7.8 again ${AUTH_MARKER}`,
  ]);
});

it("EHLO without AUTH after TLS: no login is tried", async () => {
  const noAuth = await scripted({ on: { EHLO: GMAIL_EHLO.filter((l) => !l.includes("AUTH")) } });
  const result = await probeOnly(noAuth);
  expect(result.outcome).toBe("failed");
  expect(result.failures.map((f) => f.kind)).toContain("no-auth");
  expect(noAuth.auths).toBe(0);
  await allClosed(noAuth);
});
