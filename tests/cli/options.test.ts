import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CheckResponse, SendResponse } from "@/lib/check/types";
import { TEST_SUBJECT } from "@/lib/smtp/test-message";
import { sendCopy } from "@/lib/steps/send-copy";
import { EXIT } from "../../cli/exit-codes";
import { user } from "../integration/fake-env";
import { builtAndFake, cleanEnv, runNode, targetOf } from "./support";

// The options of `check`, the settings it shares with the server, and the package's command.

const kit = builtAndFake();

const env = (extra: Record<string, string> = {}) =>
  cleanEnv({
    ...targetOf(kit.fake),
    GMAIL_APP_PASSWORD: "Canary-options-81c0",
    ...extra,
  });
const check = (args: string[], extra?: Record<string, string>) => runNode(kit.built.single, ["check", ...args], env(extra));
const messagesTo = (address: string) => kit.fake.connections.flatMap((c) => c.messages).filter((m) => m.to.includes(address));

describe("--port", () => {
  it("587 tests the STARTTLS port alone", async () => {
    const login = user("accepted");
    const run = await check([login, "--port", "587", "--json"]);
    expect(run.code).toBe(EXIT.ok);
    const r = JSON.parse(run.stdout) as CheckResponse;
    expect(r.smtp).toMatchObject({ port: kit.fake.starttlsPort, mode: "starttls", code: 235 });
    expect(new Set(r.phases.map((p) => p.port))).toEqual(new Set([kit.fake.starttlsPort]));
    expect(kit.fake.connections.filter((c) => c.auths.some((a) => a.user === login)).map((c) => c.kind)).toEqual(["starttls"]);
  }, 20_000);

  it("465 tests the TLS port alone, and says so", async () => {
    const run = await check([user("accepted"), "--port", "465"]);
    expect(run.code).toBe(EXIT.ok);
    expect(run.stdout).toContain(`port ${kit.fake.tlsPort} (one login`);
    expect(run.stdout).not.toContain(String(kit.fake.starttlsPort));
  }, 20_000);

  it("anything else is a usage error", async () => {
    const run = await check([user("accepted"), "--port", "25"]);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toContain("465, 587");
  }, 20_000);
});

describe("--ipv4 / --ipv6", () => {
  it("--ipv4 connects over IPv4 (localhost, checked against the certificate's name)", async () => {
    const run = await check([user("accepted"), "--ipv4", "--json"], { GMAIL_SMTP_HOST: "localhost" });
    expect(run.code).toBe(EXIT.ok);
    const r = JSON.parse(run.stdout) as CheckResponse;
    expect(r.transcript).toContainEqual({ port: null, from: "note", text: "localhost is 127.0.0.1" });
  }, 20_000);

  it("--ipv6 never uses an IPv4 address (the fake listens on 127.0.0.1 only: not reached)", async () => {
    const run = await check([user("accepted"), "--ipv6", "--json"], { GMAIL_SMTP_HOST: "localhost" });
    expect(run.code).toBe(EXIT.network);
    expect(run.stdout).not.toContain("127.0.0.1");
  }, 20_000);

  it("refuses a family that the configured IP address is not", async () => {
    const run = await check([user("accepted"), "--ipv6"]);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toContain("--ipv6 asks for IPv6, but GMAIL_SMTP_HOST is the IPv4 address 127.0.0.1.");
  }, 20_000);

  it("refuses both at once", async () => {
    const run = await check([user("accepted"), "--ipv4", "--ipv6"]);
    expect(run.code).toBe(EXIT.usage);
  }, 20_000);
});

describe("--send-test", () => {
  it("sends the test mail to the address itself after a login that works", async () => {
    const login = user("accepted");
    const run = await check([login, "--send-test"]);
    expect(run.code, run.stdout + run.stderr).toBe(EXIT.ok);
    expect(run.stdout).toContain(sendCopy("sent")?.headline);
    expect(messagesTo(login)).toEqual([expect.objectContaining({ from: login, to: [login], subject: TEST_SUBJECT })]);
  }, 20_000);

  it("to another address, with --json giving both answers", async () => {
    const login = user("accepted");
    const to = `someone-${Date.now()}@example.com`;
    const run = await check([login, "--send-test", to, "--json"]);
    expect(run.code).toBe(EXIT.ok);
    const r = JSON.parse(run.stdout) as { check: CheckResponse; send: SendResponse };
    expect(r.check.verdict).toBe("ok");
    expect(r.send).toMatchObject({ outcome: "sent", from: login, to, step: null });
    expect(messagesTo(to)).toEqual([expect.objectContaining({ from: login, to: [to], subject: TEST_SUBJECT })]);
  }, 20_000);

  it("a refused send after a good login exits 7", async () => {
    const login = user("daily-limit");
    const run = await check([login, "--send-test"]);
    expect(run.code).toBe(EXIT.sendRefused);
    expect(run.stdout).toContain(sendCopy("daily-limit")?.headline);
    expect(messagesTo(login)).toEqual([]);
  }, 20_000);

  it("sends nothing when the login does not work", async () => {
    const login = user("bad-credentials");
    const run = await check([login, "--send-test"]);
    expect(run.code).toBe(EXIT.loginRefused);
    expect(run.stdout).toContain("No test mail was sent");
    expect(kit.fake.authAttempts(login)).toHaveLength(1);
  }, 20_000);
});

describe("settings and usage", () => {
  it("refuses NODE_TLS_REJECT_UNAUTHORIZED=0 with the server's sentence, before any connection", async () => {
    const login = user("accepted");
    const run = await check([login], { NODE_TLS_REJECT_UNAUTHORIZED: "0" });
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toContain("NODE_TLS_REJECT_UNAUTHORIZED is set to 0, which turns off certificate checks");
    expect(kit.fake.authAttempts(login)).toEqual([]);
  }, 20_000);

  it("names a bad setting", async () => {
    const run = await check([user("accepted")], { GMAIL_SMTP_TLS_PORT: "seventy" });
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toContain('GMAIL_SMTP_TLS_PORT must be a port number (1-65535), got "seventy"');
  }, 20_000);

  it("refuses what is not an address, with the web form's sentence", async () => {
    const run = await check(["not-an-address"]);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toContain("This does not look like an email address (name@gmail.com).");
  }, 20_000);

  it("--help lists the options and the exit codes; --version prints the version", async () => {
    const help = await runNode(kit.built.single, ["check", "--help"], env());
    expect(help.code).toBe(EXIT.ok);
    for (const word of ["--json", "--ipv4", "--ipv6", "--port", "--password-stdin", "--send-test", "Exit codes", "GMAIL_APP_PASSWORD"]) {
      expect(help.stdout).toContain(word);
    }
    const version = await runNode(kit.built.single, ["--version"], env());
    expect(version.code).toBe(EXIT.ok);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  }, 20_000);

  it("the single file runs from a folder with nothing else in it, and no node_modules above it", async () => {
    const folder = path.dirname(kit.built.single);
    expect(readdirSync(folder)).toEqual(["gmail-smtp-check.mjs"]);
    for (let dir = folder; dir !== path.dirname(dir); dir = path.dirname(dir)) {
      expect(existsSync(path.join(dir, "node_modules")), dir).toBe(false);
    }
  });

  it("the single file checks without the word check too", async () => {
    const run = await runNode(kit.built.single, [user("accepted")], env());
    expect(run.code).toBe(EXIT.ok);
  }, 20_000);
});

describe("the package's command (dist/cli.mjs)", () => {
  it("runs check like the single file", async () => {
    const run = await runNode(kit.built.bin, ["check", user("app-password-required")], env());
    expect(run.code).toBe(EXIT.loginRefused);
    expect(run.stdout).toContain("Then run the check again: npx gmail-smtp-wizard check app-password-required--");
  }, 20_000);

  it("says plainly that it never builds when the package has no built app", async () => {
    const pkg = path.join(kit.built.dir, "no-build-pkg");
    mkdirSync(path.join(pkg, "dist"), { recursive: true });
    writeFileSync(path.join(pkg, "package.json"), "{}");
    copyFileSync(kit.built.bin, path.join(pkg, "dist", "cli.mjs"));
    const run = await runNode(path.join(pkg, "dist", "cli.mjs"), [], env({ BROWSER: "none" }));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("missing its built web app (.next), and it never builds on your computer");
  }, 20_000);
});
