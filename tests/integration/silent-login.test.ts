import { readFileSync } from "node:fs";
import type net from "node:net";
import path from "node:path";
import tls from "node:tls";
import { afterAll, beforeAll, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis";
import { probeLogin } from "@/lib/smtp/probe";
import { OVERALL_DEADLINE_MS } from "@/lib/smtp/timeouts";
import { closedPort } from "./fake-env";

// A server that greets like Gmail and then never answers AUTH: the check must still end
// on its own, well inside its deadline, and leave no socket open.
let server: tls.Server;
const sockets = new Set<net.Socket>();

beforeAll(async () => {
  const dir = process.env.FAKE_GMAIL_CERT_DIR;
  if (!dir) throw new Error("Run through `npm test` (it makes the test certificates).");
  server = tls.createServer(
    { key: readFileSync(path.join(dir, "server-key.pem")), cert: readFileSync(path.join(dir, "server-cert.pem")) },
    (s) => {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => {});
      s.write("220 smtp.gmail.com ESMTP x1 - gsmtp\r\n");
      s.on("data", (d: Buffer) => {
        if (/^EHLO/i.test(d.toString())) s.write("250-smtp.gmail.com at your service\r\n250-AUTH LOGIN PLAIN\r\n250 SMTPUTF8\r\n");
        // AUTH: silence.
      });
    },
  );
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

it("a server that never answers the login: the check ends by itself and closes its socket", async () => {
  const { port } = server.address() as net.AddressInfo;
  const result = await probeLogin(
    { user: "someone@gmail.com", pass: "pw-123456" },
    { host: "127.0.0.1", tlsPort: port, starttlsPort: await closedPort() },
  );
  expect(result.outcome).toBe("failed");
  expect(result.failures.find((f) => f.phase === "login")?.kind).toBe("timeout");
  // The network works (the server greeted): not network-blocked, but unknown, with the transcript.
  expect(diagnose(result, "account")).toEqual({ verdict: "unknown", step: null });
  expect(result.elapsedMs).toBeLessThan(OVERALL_DEADLINE_MS);
  await expect.poll(() => sockets.size, { timeout: 2000 }).toBe(0);
}, 20_000);
