import { describe, expect, it } from "vitest";
import { VERDICT_COPY } from "@/lib/steps";
import { EXIT } from "../../cli/exit-codes";
import { user } from "../integration/fake-env";
import { builtAndFake, cleanEnv, ESC, hasScript, runNode, runOnPty, targetOf } from "./support";

// What a person at a terminal sees: each phase as it ends (per port, with its time), then the
// verdict; colours on a terminal only, and never with NO_COLOR or --no-color.

const kit = builtAndFake();
const pty = await hasScript();

const env = (extra: Record<string, string> = {}) =>
  cleanEnv({
    ...targetOf(kit.fake),
    GMAIL_APP_PASSWORD: "Canary-terminal-2c9d",
    TERM: "xterm-256color",
    ...extra,
  });

// "  ✓ connect 465      12 ms", with or without colour codes around the mark and the time.
const phaseLine = (name: string, port: number) => new RegExp(`✓(?:\\u001b\\[\\d+m)? ${name} ${port}\\s+(?:\\u001b\\[\\d+m)?\\s*\\d+ ms`);

describe.skipIf(!pty)("on a terminal (a pseudo-terminal through `script`)", () => {
  it("shows each phase as it ends, before the verdict: the login phases arrive while Google is still answering", async () => {
    // slow-accepted: Gmail's 235 comes 2 s after AUTH, so the earlier phases must be on the
    // screen well before the verdict.
    const run = await runOnPty(kit.built.single, ["check", user("slow-accepted")], env());
    expect(run.code).toBe(EXIT.ok);
    for (const [name, port] of [
      ["connect", kit.fake.tlsPort],
      ["tls", kit.fake.tlsPort],
      ["greeting", kit.fake.tlsPort],
      ["login", kit.fake.tlsPort],
    ] as const) {
      expect(run.output).toMatch(phaseLine(name, port));
    }
    // When a pattern first showed on the screen (ms after the start).
    const arrival = (pattern: RegExp | string) => {
      let screen = "";
      for (const [ms, chunk] of run.chunks) {
        screen += chunk;
        if (typeof pattern === "string" ? screen.includes(pattern) : pattern.test(screen)) return ms;
      }
      return Number.NaN;
    };
    const greeted = arrival(phaseLine("greeting", kit.fake.tlsPort));
    const verdict = arrival(VERDICT_COPY.ok.headline);
    expect(verdict - greeted).toBeGreaterThan(1500);
    expect(run.output.indexOf("greeting")).toBeLessThan(run.output.indexOf(VERDICT_COPY.ok.headline));
  }, 30_000);

  it("uses colour on a terminal", async () => {
    const run = await runOnPty(kit.built.single, ["check", user("bad-credentials")], env());
    expect(run.code).toBe(EXIT.loginRefused);
    expect(run.output).toContain(ESC);
    expect(run.output).toContain(`${ESC}31m✗`);
  }, 20_000);

  for (const [label, extra, args] of [
    ["NO_COLOR=1", { NO_COLOR: "1" }, []],
    ["--no-color", {}, ["--no-color"]],
    ["TERM=dumb", { TERM: "dumb" }, []],
  ] as const) {
    it(`uses no colour with ${label}`, async () => {
      const run = await runOnPty(kit.built.single, ["check", user("bad-credentials"), ...args], env(extra));
      expect(run.code).toBe(EXIT.loginRefused);
      expect(run.output).toContain("Google's exact reply");
      expect(run.output).not.toContain(ESC);
    }, 20_000);
  }
});

describe("piped", () => {
  it("prints the same lines without any colour code", async () => {
    const run = await runNode(kit.built.single, ["check", user("accepted")], env());
    expect(run.code).toBe(EXIT.ok);
    expect(run.stdout).toMatch(phaseLine("login", kit.fake.tlsPort));
    expect(run.stdout).toContain(VERDICT_COPY.ok.headline);
    expect(run.stdout + run.stderr).not.toContain(ESC);
  }, 20_000);

  it("--json prints one JSON document and nothing else", async () => {
    const run = await runNode(kit.built.single, ["check", user("accepted"), "--json"], env());
    expect(run.code).toBe(EXIT.ok);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(run.stdout.trimStart().startsWith("{")).toBe(true);
    expect(run.stderr).toBe("");
  }, 20_000);

  it("runs under a plain POSIX sh, as in a container", async () => {
    const { spawn } = await import("node:child_process");
    const out = await new Promise<{ code: number | null; text: string }>((resolve) => {
      const child = spawn("/bin/sh", ["-c", `node ./gmail-smtp-check.mjs check "$1"; echo "exit=$?"`, "sh", user("accepted")], {
        cwd: kit.built.single.replace(/\/[^/]+$/, ""),
        env: { ...env(), PATH: `${process.execPath.replace(/\/[^/]+$/, "")}:/usr/bin:/bin` } as unknown as NodeJS.ProcessEnv,
      });
      let text = "";
      child.stdout.on("data", (d: Buffer) => {
        text += d.toString();
      });
      child.on("close", (code) => resolve({ code, text }));
    });
    expect(out.text).toContain(VERDICT_COPY.ok.headline);
    expect(out.text).toContain("exit=0");
  }, 20_000);
});
