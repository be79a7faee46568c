import { afterAll, beforeAll, expect } from "vitest";
import { type ProbeOptions, probeLogin } from "@/lib/smtp/probe";
import type { FakeGmail } from "../fake-gmail/index.mjs";
import { closedPort, startFake } from "./fake-env";
import { type Script, type ScriptedServer, startScriptedServer } from "./scripted-server";

/**
 * For a test file that runs the probe against scripted servers: a fake Gmail (`kit.fake`,
 * started before the file's tests) and scripted servers started on demand, all closed after them.
 */
export function scriptedServersForThisFile() {
  const servers: ScriptedServer[] = [];
  const kit = {
    fake: undefined as unknown as FakeGmail,
    async scripted(script: Script): Promise<ScriptedServer> {
      const server = await startScriptedServer(script);
      servers.push(server);
      return server;
    },
  };
  beforeAll(async () => {
    kit.fake = await startFake();
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await kit.fake.close();
  });
  return kit;
}

/** The probe with only this TLS port open (the STARTTLS port refuses), and these timeouts. */
export async function probeOnly(server: ScriptedServer, options: Omit<ProbeOptions, "target"> = {}, pass = "pw-123456") {
  return probeLogin(
    { user: "someone@gmail.com", pass },
    { ...options, target: { host: "127.0.0.1", tlsPort: server.port, starttlsPort: await closedPort() } },
  );
}

/** Waits until the scripted server has no socket open any more. */
export const allClosed = (server: ScriptedServer) => expect.poll(() => server.openSockets(), { timeout: 2000 }).toBe(0);
