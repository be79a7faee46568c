import { expect, it } from "vitest";
import { transcriptText } from "@/lib/check/transcript-text";
import { diagnose } from "@/lib/diagnosis";
import { probeLogin } from "@/lib/smtp/probe";
import { AUTH_MARKER } from "@/lib/smtp/transcript";
import { closedPort, user } from "./fake-env";
import { allClosed, probeOnly, scriptedServersForThisFile } from "./scripted-probe";
import { GMAIL_EHLO } from "./scripted-server";

// The probe against servers that misbehave in ways Gmail never does: slow, silent, hostile,
// or without TLS. Timeouts are passed as options, so each case takes milliseconds.

const kit = scriptedServersForThisFile();
const scripted = kit.scripted;

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
      target: { host: "127.0.0.1", tlsPort: await closedPort(), starttlsPort: kit.fake.starttlsPort },
      onPhase: () => {
        throw new Error("the stream is gone");
      },
    },
  );
  expect(diagnose(result, "account").verdict).toBe("ok");
  expect(kit.fake.authAttempts(login)).toHaveLength(1);
  await kit.fake.waitForAllClosed(2000);
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
