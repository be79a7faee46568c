import { expect, test } from "@playwright/test";
import { type AuthRecord, authsFor, type OwnServer, ownServer, user } from "./support";

// The account's limits, through the real server, counting the AUTH commands that reached
// the fake Gmail. These tests run on a server of their own, one after another, because they
// move its clock (the limits' windows and pauses are minutes long).

test.describe.configure({ mode: "serial" });

let server: OwnServer;
test.beforeAll(async () => {
  server = await ownServer();
});
test.afterAll(async () => {
  await server.stop();
});

const MINUTE = 60_000;
const json = (body: string) =>
  JSON.parse(body) as { verdict?: string; retryAfter?: number; error?: { message: string; reason?: string; retryAfter?: number } };
/** Every AUTH the fake saw for these login names (it matches names without regard to case). */
const authsAt = async (logins: string[]): Promise<AuthRecord[]> =>
  (await Promise.all([...new Set(logins.map((l) => l.toLowerCase()))].map(authsFor))).flat();

/** Ten ways to write one Gmail account: dots, +tags, case, googlemail.com. */
function spellings(login: string): string[] {
  const [local = "", domain = ""] = login.split("@");
  const dotted = local.replace(/^(.)(.)/, "$1.$2");
  return [
    login,
    `${dotted}@${domain}`,
    login.toUpperCase(),
    `${local}+1@${domain}`,
    `${dotted}+news@googlemail.com`,
    `${local}@googlemail.com`,
    `${local}+x.y@gmail.com`,
    `${local.replace(/-/, ".-")}@gmail.com`,
    `${dotted.toUpperCase()}+2@GMAIL.COM`,
    `${local}+3@googlemail.com`,
  ];
}

test("429 with Retry-After after five checks of one address in a minute, and the minute passes", async () => {
  const login = user("accepted");
  for (let i = 0; i < 5; i++) expect((await server.check({ email: login, password: "pw-12345" })).status).toBe(200);
  const res = await server.check({ email: login, password: "pw-12345" });
  expect(res.status).toBe(429);
  expect(res.headers["cache-control"]).toBe("no-store");
  const retryAfter = Number(res.headers["retry-after"]);
  expect(retryAfter).toBeGreaterThan(0);
  expect(json(res.body).error).toMatchObject({
    reason: "too-many-checks",
    retryAfter,
    message: expect.stringMatching(/^Too many checks of this address/),
  });
  server.moveClock(MINUTE);
  expect((await server.check({ email: login, password: "pw-12345" })).status).toBe(200);
});

test("ten spellings of one account get the same 5 logins a minute, and one at a time, as one spelling does", async () => {
  const names = spellings(user("slow-accepted")); // the fake answers AUTH after 2 s
  // All at once: one check runs, the other nine are told it is running.
  const together = await Promise.all(names.map((email) => server.check({ email, password: "pw-12345" })));
  expect(together.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(429)]);
  expect(together.filter((r) => r.status === 429).map((r) => json(r.body).error?.reason)).toEqual(Array(9).fill("running"));
  // One after another: four more, then the minute's five are used up.
  const statuses: number[] = [];
  for (const email of names) statuses.push((await server.check({ email, password: "pw-12345" })).status);
  expect(statuses).toEqual([200, 200, 200, 200, 429, 429, 429, 429, 429, 429]);
  expect(await authsAt(names)).toHaveLength(5);
});

test("after Google's 'Too many login attempts', no login for 15 minutes; Retry-After says how long", async () => {
  const login = user("too-many-attempts");
  const first = json((await server.check({ email: login, password: "pw-12345" })).body);
  expect(first).toMatchObject({ verdict: "too-many-attempts", retryAfter: 900 });
  for (const [minute, spelling] of spellings(login).slice(0, 4).entries()) {
    const res = await server.check({ email: spelling, password: "pw-12345" });
    expect(res.status).toBe(429);
    expect(json(res.body).error).toMatchObject({ reason: "too-many-attempts" });
    expect(Number(res.headers["retry-after"])).toBeGreaterThan(890 - minute * 60);
    server.moveClock(MINUTE);
  }
  server.moveClock(10 * MINUTE);
  const late = await server.check({ email: login, password: "pw-12345" });
  expect(late.status).toBe(429);
  expect(Number(late.headers["retry-after"])).toBeLessThanOrEqual(60);
  server.moveClock(MINUTE);
  expect(json((await server.check({ email: login, password: "pw-12345" })).body).verdict).toBe("too-many-attempts");
  expect(await authsFor(login)).toHaveLength(2);
});

test("Google's temporary problem gets a short pause only", async () => {
  const login = user("temporary-problem");
  expect(json((await server.check({ email: login, password: "pw-12345" })).body)).toMatchObject({
    verdict: "google-unavailable",
    retryAfter: 60,
  });
  const paused = await server.check({ email: login, password: "pw-12345" });
  expect(paused.status).toBe(429);
  expect(json(paused.body).error?.reason).toBe("google-unavailable");
  server.moveClock(MINUTE);
  expect((await server.check({ email: login, password: "pw-12345" })).status).toBe(200);
  expect(await authsFor(login)).toHaveLength(2);
});

test("over any 15 minutes, at most 10 failed logins of one account reach Google, whatever the page does", async () => {
  const names = spellings(user("bad-credentials"));
  let sent = 0;
  for (let minute = 0; minute < 14; minute++) {
    for (const email of names.slice(0, 6)) {
      const res = await server.check({ email, password: "wrong-password-1" });
      if (res.status === 200) sent += 1;
    }
    server.moveClock(MINUTE);
  }
  expect(sent).toBe(10);
  expect(await authsAt(names)).toHaveLength(10);
  const refused = await server.check({ email: names[0], password: "wrong-password-1" });
  expect(json(refused.body).error).toMatchObject({
    reason: "too-many-failures",
    message: expect.stringMatching(/^Too many failed logins/),
  });
  server.moveClock(15 * MINUTE);
  expect((await server.check({ email: names[0], password: "wrong-password-1" })).status).toBe(200);
});

test("a test mail counts toward the same limits as a check", async () => {
  const login = user("accepted");
  for (let i = 0; i < 3; i++) expect((await server.check({ email: login, password: "pw-12345" })).status).toBe(200);
  for (let i = 0; i < 2; i++) expect((await server.send({ email: login, password: "pw-12345", mode: "tls" })).status).toBe(200);
  const res = await server.send({ email: login, password: "pw-12345", mode: "tls" });
  expect(res.status).toBe(429);
  expect(json(res.body).error?.reason).toBe("too-many-checks");
});
