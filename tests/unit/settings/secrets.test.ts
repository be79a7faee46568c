import { afterEach, describe, expect, it, vi } from "vitest";
import { allProgramSettings, PASSWORD_ENV, PROGRAMS, type ProgramSettings, SWAKS_PASSWORD_ENV } from "@/lib/settings";
import { collectStrings } from "../steps/collect-strings";
import { GMAIL_STARTTLS, GMAIL_TLS, LOOPBACK_STARTTLS, LOOPBACK_TLS } from "./fixtures";

const CANARY = "Canary-9f1e-Pa55";
const ALL_SETTINGS = [GMAIL_TLS, GMAIL_STARTTLS, LOOPBACK_TLS, LOOPBACK_STARTTLS];
const everything = (): ProgramSettings[] => ALL_SETTINGS.flatMap((s) => allProgramSettings(s));

/** Literals in a snippet that look like a password was written into it. */
function passwordLikeLiterals(code: string): string[] {
  const patterns = [
    /(?<![A-Za-z])[a-z]{16}(?![A-Za-z])/g, // an app password as Google shows it, without spaces
    /(?<![A-Za-z])[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}(?![A-Za-z])/g, // … or in four groups
    /\b\w*pass(word)?\w*\b['"]?\s*(=>|[:=])\s*(["'])[^"'\n]+\3/gi, // pass: "…", Password = '…', 'password' => '…'
    /^\w*PASSWORD=\S.*$/gm, // a .env line with a value
    /--auth-password|(^|\s)-ap(\s|$)/gm, // swaks with the password on the command line
  ];
  return patterns.flatMap((re) => [...code.matchAll(re)].map((m) => m[0]));
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the password never appears", () => {
  it("is in no output, even when the environment holds it and the caller passes it along", () => {
    vi.stubEnv(PASSWORD_ENV, CANARY);
    vi.stubEnv(SWAKS_PASSWORD_ENV, CANARY);
    const withExtra = ALL_SETTINGS.map((s) => ({ ...s, password: CANARY, appPassword: CANARY }));
    const strings = [...everything(), ...withExtra.flatMap((s) => allProgramSettings(s))].flatMap((p) => collectStrings(p));
    expect(strings.length).toBeGreaterThan(500);
    expect(strings.filter((s) => s.includes("Canary"))).toEqual([]);
  });

  it("writes no password-like literal into any snippet", () => {
    for (const p of everything()) {
      expect({ id: p.id, found: passwordLikeLiterals(p.snippet?.code ?? "") }).toEqual({ id: p.id, found: [] });
    }
  });

  it("would notice a password written into a snippet", () => {
    const bad = [
      'auth: { user: "a@gmail.com", pass: "abcdefghijklmnop" }',
      "$mail->Password = 'secret';",
      'EMAIL_HOST_PASSWORD = "hunter2"',
      "MAIL_PASSWORD=abcd efgh ijkl mnop",
      'server.login("a@gmail.com", "abcd efgh ijkl mnop")',
      "swaks --auth-user a@gmail.com --auth-password x",
      "swaks -au a@gmail.com -ap x",
    ];
    for (const code of bad) expect(passwordLikeLiterals(code)).not.toEqual([]);
  });

  it("leaves every password field empty, without a copy button, saying what to paste", () => {
    const fields = everything().flatMap((p) => p.fields.filter((f) => /password/i.test(f.label)).map((f) => ({ id: p.id, f })));
    const ids = new Set(fields.map((x) => x.id));
    for (const id of ["wp-mail-smtp", "post-smtp", "fluent-smtp", "home-assistant", "nextcloud", "mail-client", "laravel", "env"]) {
      expect(ids).toContain(id);
    }
    for (const { f } of fields) {
      expect(f.value).toBe("");
      expect(f.copy).toBe(false);
      expect(f.note).toMatch(/app password/);
    }
  });
});

describe("certificate checks stay on", () => {
  // docs/gmail-replies.md#network-and-tls-failures: turning them off hands the password to whoever intercepts.
  const OFF = [
    /rejectUnauthorized/,
    /NODE_TLS_REJECT_UNAUTHORIZED/,
    /verify_peer/,
    /verify_ssl:\s*false/i,
    /_create_unverified_context|CERT_NONE|check_hostname\s*=\s*False/,
    /SMTPOptions/,
    /allow_self_signed/,
  ];

  it("no snippet or field turns them off", () => {
    const text = everything().flatMap((p) => collectStrings(p));
    for (const re of OFF) expect(text.filter((t) => re.test(t))).toEqual([]);
  });

  it("swaks is told to verify, and Home Assistant's switch stays on", () => {
    for (const p of everything()) {
      if (p.id === "swaks") expect(p.snippet?.code).toContain("--tls-verify");
      if (p.id === "home-assistant") expect(p.fields.find((f) => f.label === "Verify SSL certificate")?.value).toBe("On");
    }
  });
});

describe("code and commands read the password from the environment", () => {
  const commands = (s = LOOPBACK_TLS) =>
    allProgramSettings(s).filter((p) => p.snippet !== undefined && ["python", "javascript", "php", "shell"].includes(p.snippet.language));

  it("covers every code and command-line program", () => {
    expect(commands().map((p) => p.id)).toEqual(["python", "node", "php", "django", "docker", "swaks"]);
  });

  it("names GMAIL_APP_PASSWORD, or SWAKS_OPT_auth_password for swaks, in every code and command snippet", () => {
    for (const s of ALL_SETTINGS) {
      for (const p of commands(s)) {
        const name = p.id === "swaks" ? SWAKS_PASSWORD_ENV : PASSWORD_ENV;
        expect(p.snippet?.code, p.id).toContain(name);
      }
    }
  });

  it("sets it up with read -rs and export, so it stays out of the shell history", () => {
    for (const p of commands()) {
      const name = p.id === "swaks" ? SWAKS_PASSWORD_ENV : PASSWORD_ENV;
      const setup = p.snippet?.setup;
      expect(setup?.code).toBe(`read -rs ${name} && export ${name}`);
      expect(JSON.stringify(setup)).not.toMatch(new RegExp(`${name}=`));
      expect(JSON.stringify(setup)).not.toMatch(/\becho\b/);
    }
  });

  it("tells the config-file programs to paste it, with no value in the file", () => {
    const bySnippet = Object.fromEntries(allProgramSettings(LOOPBACK_TLS).map((p) => [p.id, p.snippet]));
    expect(bySnippet.laravel?.code).toMatch(/^MAIL_PASSWORD=$/m);
    expect(bySnippet.env?.code).toMatch(/^SMTP_PASSWORD=$/m);
    expect(bySnippet["home-assistant"]?.code).toMatch(/^ {4}password: !secret gmail_app_password$/m);
    expect(bySnippet.laravel?.setup.intro).toMatch(/paste your app password after MAIL_PASSWORD=/);
    expect(bySnippet.env?.setup.intro).toMatch(/paste your app password after SMTP_PASSWORD=/);
    // Home Assistant: the line to copy into secrets.yaml holds no prose and no password.
    expect(bySnippet["home-assistant"]?.setup.code).toBe('gmail_app_password: ""');
    // Files a program already has are added to, never saved over.
    for (const id of ["home-assistant", "laravel", "env", "django"]) expect(bySnippet[id]?.fileAction, id).toBe("add");
  });

  it("has a setup for every snippet", () => {
    const snippets = allProgramSettings(GMAIL_TLS).flatMap((p) => (p.snippet ? [p.snippet] : []));
    expect(snippets.map((s) => s.id).sort()).toEqual(
      ["django", "docker", "env", "home-assistant", "laravel", "node", "php", "python", "swaks"].sort(),
    );
    for (const s of snippets) expect(s.setup.intro.trim()).not.toBe("");
    expect(PROGRAMS).toHaveLength(14);
  });
});
