import { execFileSync, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import {
  djangoSettings,
  dockerSettings,
  homeAssistantSettings,
  laravelSettings,
  nodeSettings,
  phpSettings,
  pythonSettings,
  swaksSettings,
} from "@/lib/settings";
import { LOOPBACK_STARTTLS, LOOPBACK_TLS, snippetCode, TRICKY_USERNAME } from "./fixtures";

// An address with quotes, a space, a backslash and $(…) must come out of every snippet exactly as it went in.
const TRICKY = { ...LOOPBACK_TLS, username: TRICKY_USERNAME };
const has = (bin: string) => spawnSync(bin, ["--version"], { stdio: "ignore" }).status === 0;

describe("JavaScript literals", () => {
  /** Runs the Node snippet with a stand-in for nodemailer, and returns what it handed over. */
  async function runNodeSnippet(code: string) {
    const calls: { transport?: Record<string, unknown>; message?: Record<string, unknown>; exit?: number } = {};
    const nodemailer = {
      createTransport: (options: Record<string, unknown>) => {
        calls.transport = options;
        return {
          sendMail: async (message: Record<string, unknown>) => {
            calls.message = message;
            return { messageId: "<id@test>" };
          },
        };
      },
    };
    const fakeProcess = {
      env: { GMAIL_APP_PASSWORD: "from-the-environment" },
      exit: (code: number) => {
        calls.exit = code;
        throw new Error("exit");
      },
    };
    const quiet = { log: () => {}, error: () => {} };
    const body = code.replace(/^import nodemailer from "nodemailer";$/m, "");
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
      ...args: string[]
    ) => (...a: unknown[]) => Promise<void>;
    await new AsyncFunction("nodemailer", "process", "console", body)(nodemailer, fakeProcess, quiet);
    return calls;
  }

  it("keeps the username whole, and reads the password from the environment", async () => {
    const calls = await runNodeSnippet(snippetCode(nodeSettings({ ...TRICKY, from: TRICKY_USERNAME, to: "x@example.com" })));
    expect(calls.transport).toEqual({
      host: "127.0.0.1",
      port: 36925,
      secure: true,
      auth: { user: TRICKY_USERNAME, pass: "from-the-environment" },
    });
    expect(calls.message).toEqual(
      expect.objectContaining({ from: TRICKY_USERNAME, to: "x@example.com", subject: "Test mail from Node.js" }),
    );
    expect(calls.exit).toBeUndefined();
  });

  it("asks for STARTTLS, required, in mode starttls", async () => {
    const calls = await runNodeSnippet(snippetCode(nodeSettings({ ...LOOPBACK_STARTTLS, username: TRICKY_USERNAME })));
    expect(calls.transport).toEqual(expect.objectContaining({ port: 2465, secure: false, requireTLS: true }));
  });
});

describe("Python literals", () => {
  it("escapes quotes and backslashes as Python reads them", () => {
    expect(snippetCode(pythonSettings(TRICKY))).toContain(`server.login(${JSON.stringify(TRICKY_USERNAME)}, password)`);
    expect(snippetCode(djangoSettings(TRICKY))).toContain(`EMAIL_HOST_USER = ${JSON.stringify(TRICKY_USERNAME)}`);
  });

  it.skipIf(!has("python3"))("parses back to the same strings with Python's own parser", () => {
    const reader = [
      "import ast, json, sys",
      "tree = ast.parse(sys.stdin.read())",
      "out = {}",
      "for node in ast.walk(tree):",
      "    if isinstance(node, ast.Call) and getattr(node.func, 'attr', '') == 'login':",
      "        out['login'] = node.args[0].value",
      "    if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):",
      "        target = node.targets[0]",
      "        key = target.id if isinstance(target, ast.Name) else target.slice.value",
      "        out[key] = node.value.value",
      "print(json.dumps(out))",
    ].join("\n");
    const read = (code: string) => JSON.parse(execFileSync("python3", ["-c", reader], { input: code, encoding: "utf8" }));
    const script = read(snippetCode(pythonSettings({ ...TRICKY, from: TRICKY_USERNAME })));
    expect(script).toEqual(expect.objectContaining({ login: TRICKY_USERNAME, From: TRICKY_USERNAME }));
    const settings = read(snippetCode(djangoSettings(TRICKY)));
    expect(settings).toEqual(expect.objectContaining({ EMAIL_HOST_USER: TRICKY_USERNAME, EMAIL_PORT: 36925, EMAIL_USE_SSL: true }));
  });
});

describe("shell words", () => {
  it("single-quotes a value with special characters, and leaves plain ones bare", () => {
    const code = snippetCode(swaksSettings(TRICKY));
    expect(code).toContain(`--auth-user 'o'\\''bri"en $(touch /tmp/x) \\ x@gmail.com'`);
    expect(code).toContain("--server 127.0.0.1 --port 36925");
  });

  it.skipIf(!has("bash"))("reach swaks and docker as the same arguments, running nothing", () => {
    const argv = (code: string, command: RegExp) =>
      execFileSync("bash", ["-c", code.replace(command, "printf '%s\\0'")], { encoding: "utf8" })
        .split("\0")
        .slice(0, -1);
    const swaks = argv(snippetCode(swaksSettings(TRICKY)), /^swaks/m);
    expect(swaks).toEqual([
      "--server",
      "127.0.0.1",
      "--port",
      "36925",
      "--tls-on-connect",
      "--tls-verify",
      "--auth",
      "LOGIN",
      "--auth-user",
      TRICKY_USERNAME,
      "--auth-hide-password",
      "--from",
      TRICKY_USERNAME,
      "--to",
      TRICKY_USERNAME,
      "--header",
      "Subject: Test mail from swaks",
    ]);
    const docker = argv(snippetCode(dockerSettings(TRICKY)), /^docker run/m);
    expect(docker).toContain(`SMTP_USER=${TRICKY_USERNAME}`);
    expect(docker.slice(-3)).toEqual(["-e", "GMAIL_APP_PASSWORD", "your-image"]);
  });
});

describe("PHP, YAML and .env literals", () => {
  it("escapes ' and \\ in PHP's single quotes", () => {
    expect(snippetCode(phpSettings(TRICKY))).toContain(`$mail->Username = 'o\\'bri"en $(touch /tmp/x) \\\\ x@gmail.com';`);
  });

  it.skipIf(!has("php"))("reads back to the same string in PHP", () => {
    const literal = snippetCode(phpSettings(TRICKY)).match(/^ {4}\$mail->Username = (.*);$/m)?.[1] ?? "";
    expect(execFileSync("php", ["-r", `echo ${literal};`], { encoding: "utf8" })).toBe(TRICKY_USERNAME);
  });

  it("writes a YAML double-quoted string that reads back the same", () => {
    const value = snippetCode(homeAssistantSettings(TRICKY)).match(/^ {4}username: (.*)$/m)?.[1] ?? "";
    expect(value.startsWith('"')).toBe(true);
    expect(JSON.parse(value)).toBe(TRICKY_USERNAME);
  });

  it("double-quotes a .env value with spaces or quotes, and leaves plain ones bare", () => {
    const code = snippetCode(laravelSettings(TRICKY));
    const value = code.match(/^MAIL_USERNAME=(.*)$/m)?.[1] ?? "";
    expect(value).toBe(`"o'bri\\"en $(touch /tmp/x) \\\\ x@gmail.com"`);
    expect(value.slice(1, -1).replace(/\\(["\\])/g, "$1")).toBe(TRICKY_USERNAME);
    expect(code).toMatch(/^MAIL_HOST=127\.0\.0\.1$/m);
  });
});
