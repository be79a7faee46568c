import { afterEach, describe, expect, it } from "vitest";
import { InputError } from "@/lib/check/input-error";
import { runCheck } from "@/lib/check/run-check";

// Custom domains are sorted out before any login (docs/api.md, "Domains"): the tests' DNS
// server answers for *.test names (tests/support/dns-server.mjs), and the app's SMTP target
// is the fake Gmail started for this run (tests/support/vitest-global-setup.ts), whose AUTH
// records show whether a login was tried.

interface AuthRecord {
  user: string;
}
async function authsFor(user: string): Promise<AuthRecord[]> {
  const res = await fetch(`${process.env.FAKE_CONTROL_URL}/auths?user=${encodeURIComponent(user)}`);
  return (await res.json()) as AuthRecord[];
}

let n = 0;
const address = (scenario: string, domain: string) => `${scenario}--d${++n}-${process.pid}@${domain}`;

afterEach(async () => {
  // Nothing is left open at the fake.
  await expect.poll(async () => (await (await fetch(`${process.env.FAKE_CONTROL_URL}/open`)).json()).open, { timeout: 2000 }).toBe(0);
});

describe("a custom domain, before any login", () => {
  it("Google's mail servers → Google Workspace: the login is tried, and the result says so", async () => {
    const email = address("accepted", "workspace.test");
    const result = await runCheck({ email, password: "pw-12345" });
    expect(result).toMatchObject({
      verdict: "ok",
      domain: { kind: "workspace", provider: "Google Workspace", mx: ["aspmx.l.google.com", "alt1.aspmx.l.google.com"] },
    });
    expect(await authsFor(email)).toHaveLength(1);
  });

  it("smtp.google.com as MX is Workspace too", async () => {
    const result = await runCheck({ email: address("accepted", "smtp-google.test"), password: "pw-12345" });
    expect(result.domain).toMatchObject({ kind: "workspace" });
  });

  it.each([
    ["microsoft.test", "Microsoft 365", { host: "smtp.office365.com", port: 587, mode: "starttls" }],
    ["zoho.test", "Zoho Mail", { host: "smtp.zoho.com", port: 465, mode: "tls" }],
  ])("%s → wrong-provider, naming %s and its SMTP server, without sending the password anywhere", async (domain, provider, smtp) => {
    const email = address("accepted", domain);
    const result = await runCheck({ email, password: "Canary-domain-1a2b-Pa55" });
    expect(result).toMatchObject({
      verdict: "wrong-provider",
      step: "wrong-provider",
      provider,
      domain: { kind: "other-provider", provider, smtp },
    });
    expect(result.transcript).toEqual([]);
    expect(await authsFor(email)).toHaveLength(0);
  });

  it("a forwarding service → forwarded-address, step send-mail-as, no login", async () => {
    const email = address("accepted", "forwarded.test");
    const result = await runCheck({ email, password: "pw-12345" });
    expect(result).toMatchObject({
      verdict: "forwarded-address",
      step: "send-mail-as",
      domain: { kind: "forwarder", provider: "Cloudflare Email Routing" },
    });
    expect(await authsFor(email)).toHaveLength(0);
  });

  it.each([
    ["nxdomain.test", "the domain does not exist"],
    ["no-mail.test", "no MX and no address"],
  ])("%s (%s) → an input error under the address field, no login", async (domain) => {
    const email = address("accepted", domain);
    await expect(runCheck({ email, password: "pw-12345" })).rejects.toEqual(
      new InputError("email", `${domain} has no mail servers: check the spelling.`),
    );
    expect(await authsFor(email)).toHaveLength(0);
  });

  it("a look-up that gets no answer: the login goes on, within its deadline, and the result says the domain was not checked", async () => {
    const email = address("accepted", "silent.test");
    const started = Date.now();
    const result = await runCheck({ email, password: "pw-12345" });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(result).toMatchObject({ verdict: "ok", domain: { kind: "unchecked", reason: "lookup-failed" } });
    expect(result.notes).toContainEqual({ kind: "domain-unchecked" });
    expect(await authsFor(email)).toHaveLength(1);
  });

  it("mail servers nobody here knows (a gateway may front Google): the login goes on, with a note naming them", async () => {
    const result = await runCheck({ email: address("accepted", "gateway.test"), password: "pw-12345" });
    expect(result.verdict).toBe("ok");
    expect(result.notes).toContainEqual({ kind: "mx-unknown", mx: ["mx0a-001.pphosted.com"] });
  });

  it("gmail.com needs no look-up", async () => {
    const result = await runCheck({ email: address("accepted", "gmail.com"), password: "pw-12345" });
    expect(result.domain).toEqual({ kind: "gmail" });
  });
});
