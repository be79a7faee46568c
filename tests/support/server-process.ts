import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { freePort } from "./free-port.mjs";

export { freePort };

// Starting the real server entry (server.mjs) as its own process, for the tests' global
// setup and for the tests that start it with other settings (dev mode, bad settings).

export const ROOT = path.resolve(__dirname, "../..");

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  url: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

/** Spawns `node server.mjs [args]` with these settings on a free port (unless PORT is given). */
export async function spawnServer(env: Record<string, string | undefined>, args: string[] = []): Promise<ServerProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const child = spawn(process.execPath, ["server.mjs", ...args], {
    cwd: ROOT,
    env: { ...process.env, BROWSER: "none", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (d: Buffer) => {
    out += d.toString("utf8");
  });
  child.stderr?.on("data", (d: Buffer) => {
    out += d.toString("utf8");
  });
  const exited = new Promise<void>((r) => (child.exitCode !== null ? r() : child.once("exit", () => r())));
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}`,
    output: () => out,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

/** Resolves once the server answers at its URL; rejects if it exits or takes longer than timeoutMs. */
export async function waitForServer(server: ServerProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.child.exitCode !== null) throw new Error(`server.mjs exited with code ${server.child.exitCode}:\n${server.output()}`);
    try {
      const res = await fetch(server.url, { signal: AbortSignal.timeout(30_000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server.mjs did not answer at ${server.url} within ${timeoutMs} ms:\n${server.output()}`);
}

/** Resolves with the exit code once the process ends by itself. */
export function exitCode(server: ServerProcess, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    if (server.child.exitCode !== null) return resolve(server.child.exitCode);
    const timer = setTimeout(() => reject(new Error(`server.mjs still running after ${timeoutMs} ms`)), timeoutMs);
    server.child.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}
