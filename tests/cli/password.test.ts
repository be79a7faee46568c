import { describe, expect, it } from "vitest";
import { VERDICT_COPY } from "@/lib/steps";
import { EXIT } from "../../cli/exit-codes";
import { user } from "../integration/fake-env";
import { builtAndFake, cleanEnv, hasScript, runNode, runOnPty, targetOf } from "./support";

// The password: from a hidden prompt, GMAIL_APP_PASSWORD or --password-stdin, never from the
// command line; never printed, never in the JSON.

const kit = builtAndFake();
const pty = await hasScript();

const target = () => targetOf(kit.fake);
const REFUSED = /never taken from the command line: every user of this machine can read it with ps, and your shell keeps it in its history/;

describe("a password on the command line", () => {
  for (const args of [
    ["--password", "Canary-arg-1"],
    ["--password=Canary-arg-2"],
    ["-p", "Canary-arg-3"],
    ["-pCanary-arg-4"],
    ["--pass", "Canary-arg-5"],
    ["Canary-arg-6"], // a second word after the address
  ]) {
    it(`is refused with the reason: ${args.join(" ")}`, async () => {
      const login = user("accepted");
      const run = await runNode(kit.built.single, ["check", login, ...args], cleanEnv({ ...target(), GMAIL_APP_PASSWORD: "Canary-env-0" }));
      expect(run.code).toBe(EXIT.usage);
      expect(run.stderr).toMatch(REFUSED);
      expect(run.stdout + run.stderr).not.toContain("Canary");
      // Refused before anything was sent anywhere.
      expect(kit.fake.authAttempts(login)).toEqual([]);
    }, 20_000);
  }

  it("an unknown --option=value is refused without repeating the value", async () => {
    const run = await runNode(kit.built.single, ["check", user("accepted"), "--secret=Canary-arg-7"], cleanEnv(target()));
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toContain("--secret=…");
    expect(run.stderr).not.toContain("Canary");
  }, 20_000);
});

describe("where the password comes from", () => {
  it("GMAIL_APP_PASSWORD: used for the login, never printed, never in the JSON or the transcript", async () => {
    const login = user("bad-credentials");
    const password = "Canary-cli-7f3a-Pa55w0rd";
    const env = cleanEnv({ ...target(), GMAIL_APP_PASSWORD: password });
    const [human, json] = await Promise.all([
      runNode(kit.built.single, ["check", login, "--transcript"], env),
      runNode(kit.built.single, ["check", login, "--json"], env),
    ]);
    expect(human.code).toBe(EXIT.loginRefused);
    expect(json.code).toBe(EXIT.loginRefused);
    expect(kit.fake.authAttempts(login).map((a) => a.password)).toEqual([password, password]);
    const b64 = Buffer.from(password).toString("base64");
    for (const out of [human.stdout, human.stderr, json.stdout, json.stderr]) {
      expect(out).not.toContain("Canary");
      expect(out).not.toContain(b64);
    }
    expect(human.stdout).toContain("AUTH PLAIN <login data hidden>");
  }, 20_000);

  it("--password-stdin: the first line of standard input", async () => {
    const login = user("accepted");
    const run = await runNode(
      kit.built.single,
      ["check", login, "--password-stdin"],
      cleanEnv(target()),
      "Canary-stdin-1 with spaces\nsecond line\n",
    );
    expect(run.code).toBe(EXIT.ok);
    expect(kit.fake.authAttempts(login).map((a) => a.password)).toEqual(["Canary-stdin-1 with spaces"]);
    expect(run.stdout + run.stderr).not.toContain("Canary");
  }, 20_000);

  it("--password-stdin wins over GMAIL_APP_PASSWORD", async () => {
    const login = user("accepted");
    const env = cleanEnv({ ...target(), GMAIL_APP_PASSWORD: "Canary-env-2" });
    const run = await runNode(kit.built.single, ["check", login, "--password-stdin", "--json"], env, "Canary-stdin-2\n");
    expect(run.code).toBe(EXIT.ok);
    expect(kit.fake.authAttempts(login).map((a) => a.password)).toEqual(["Canary-stdin-2"]);
  }, 20_000);

  it("--password-stdin with nothing on it is a usage error", async () => {
    const run = await runNode(kit.built.single, ["check", user("accepted"), "--password-stdin"], cleanEnv(target()), "");
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toContain("standard input had no password");
  }, 20_000);

  it("with no terminal, no variable and no --password-stdin, says how to give it", async () => {
    const login = user("accepted");
    const run = await runNode(kit.built.single, ["check", login], cleanEnv(target()));
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toContain("Set GMAIL_APP_PASSWORD, or pipe it in with --password-stdin.");
    expect(kit.fake.authAttempts(login)).toEqual([]);
  }, 20_000);

  it.skipIf(!pty)(
    "on a terminal: a hidden prompt that does not echo what is typed",
    async () => {
      const login = user("accepted");
      const password = "Canary-typed-3b1e";
      const run = await runOnPty(kit.built.single, ["check", login], cleanEnv({ ...target(), TERM: "xterm-256color" }), [
        [1500, password],
        [300, "\r"],
      ]);
      expect(run.code).toBe(EXIT.ok);
      expect(run.output).toContain(`Password for ${login}`);
      expect(run.output).toContain(VERDICT_COPY.ok.headline);
      expect(kit.fake.authAttempts(login).map((a) => a.password)).toEqual([password]);
      expect(run.output).not.toContain("Canary");
      expect(run.output).not.toContain("typed");
    },
    30_000,
  );

  it.skipIf(!pty)(
    "on a terminal: Ctrl+C at the prompt stops before anything is sent",
    async () => {
      const login = user("accepted");
      const run = await runOnPty(kit.built.single, ["check", login], cleanEnv({ ...target(), TERM: "xterm-256color" }), [
        [1500, "Canary-half"],
        [300, "\u0003"],
      ]);
      expect(run.code).toBe(EXIT.interrupted);
      expect(run.output).toContain("nothing was sent");
      expect(kit.fake.authAttempts(login)).toEqual([]);
    },
    30_000,
  );
});
