import { expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis";
import { probeLogin } from "@/lib/smtp/probe";
import { DEFAULT_TIMEOUTS } from "@/lib/smtp/timeouts";
import { user } from "./fake-env";
import { allClosed, probeOnly, scriptedServersForThisFile } from "./scripted-probe";

// The probe's timing rules against scripted servers: the preferred port, the deadline, a
// page that goes away. In a file of their own so they run beside the other edge cases.

const kit = scriptedServersForThisFile();
const scripted = kit.scripted;

it("prefers the TLS port when it is ready shortly after the STARTTLS port", async () => {
  const slow465 = await scripted({ tlsDelayMs: DEFAULT_TIMEOUTS.tlsPortGrace / 3, on: { AUTH: "235 2.7.0 Accepted" } });
  const login = user("accepted");
  const result = await probeLogin(
    { user: login, pass: "pw-123456" },
    { target: { host: "127.0.0.1", tlsPort: slow465.port, starttlsPort: kit.fake.starttlsPort } },
  );
  expect(diagnose(result, "account").verdict).toBe("ok");
  if (result.outcome !== "replied") throw new Error("expected a reply");
  expect(result.port).toBe(slow465.port);
  expect(slow465.auths).toBe(1);
  // The STARTTLS port was ready first, and was closed without a login.
  expect(kit.fake.authAttempts(login)).toHaveLength(0);
  expect(result.phases.some((p) => p.port === kit.fake.starttlsPort && p.name === "greeting" && p.ok)).toBe(true);
  await kit.fake.waitForAllClosed(2000);
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
  const timeouts = { tlsTimeout: 600, greetingTimeout: 600, loginTimeout: 5000, deadline: 2500 };
  const result = await probeOnly(drip, { timeouts });
  expect(drip.auths).toBe(1);
  expect(result.outcome).toBe("failed");
  expect(result.failures).toContainEqual(expect.objectContaining({ port: drip.port, phase: "login", kind: "deadline" }));
  expect(diagnose(result, "account")).toEqual({ verdict: "unknown", step: null });
  expect(result.elapsedMs).toBeLessThanOrEqual(timeouts.deadline);
  const said = result.transcript.map((l) => l.text).join("\n");
  expect(said).toContain("deadline of 2.5 s ran out: the app closed the connection while it waited for the answer to the login");
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
  // The transcript says why the port was closed, not that another port took the login.
  expect(result.transcript.map((l) => l.text)).toContain("closed: the page was closed");
  expect(result.transcript.map((l) => l.text)).not.toContain("closed: the login goes through the other port");
  await new Promise((r) => setTimeout(r, 400));
  expect(slow.auths).toBe(0);
  await allClosed(slow);
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
