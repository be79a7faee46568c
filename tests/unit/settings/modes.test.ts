import { describe, expect, it } from "vitest";
import { allProgramSettings, type ProgramId, type ProgramSettings, type ProvenSettings, programSettings } from "@/lib/settings";
import { collectStrings } from "../steps/collect-strings";
import { field, GMAIL_TLS, LOOPBACK_STARTTLS, LOOPBACK_TLS, STARTTLS_ON_465, snippetCode, TLS_ON_587 } from "./fixtures";

const match = (code: string, re: RegExp) => code.match(re)?.[1];

/** How each program says the mode, read back from what it produced; and the word for each mode. */
const MODE_WORDS: Readonly<Record<ProgramId, { read: (p: ProgramSettings) => string | undefined; tls: string; starttls: string }>> = {
  "wp-mail-smtp": { read: (p) => field(p, "Encryption").value, tls: "SSL", starttls: "TLS" },
  "post-smtp": { read: (p) => field(p, "Security").value, tls: "SMTPS", starttls: "STARTTLS" },
  "fluent-smtp": { read: (p) => field(p, "Encryption").value, tls: "SSL", starttls: "TLS" },
  "home-assistant": {
    read: (p) => `${match(snippetCode(p), /encryption: (\w+)/)} ${field(p, "Security").value}`,
    tls: "tls SSL/TLS",
    starttls: "starttls STARTTLS",
  },
  nextcloud: { read: (p) => field(p, "Encryption").value, tls: "SSL", starttls: "None/STARTTLS" },
  "mail-client": { read: (p) => field(p, "Connection security").value, tls: "SSL/TLS", starttls: "STARTTLS" },
  python: {
    read: (p) => match(snippetCode(p), /smtplib\.(SMTP_SSL|SMTP)\(/) + (snippetCode(p).includes(".starttls(") ? "+starttls" : ""),
    tls: "SMTP_SSL",
    starttls: "SMTP+starttls",
  },
  node: {
    read: (p) => `${match(snippetCode(p), /secure: (true|false)/)} ${match(snippetCode(p), /requireTLS: (true)/)}`,
    tls: "true undefined",
    starttls: "false true",
  },
  php: { read: (p) => match(snippetCode(p), /PHPMailer::(ENCRYPTION_\w+);/), tls: "ENCRYPTION_SMTPS", starttls: "ENCRYPTION_STARTTLS" },
  django: { read: (p) => match(snippetCode(p), /^(EMAIL_USE_\w+) = True$/m), tls: "EMAIL_USE_SSL", starttls: "EMAIL_USE_TLS" },
  laravel: { read: (p) => match(snippetCode(p), /^MAIL_SCHEME=(\w+)$/m), tls: "smtps", starttls: "smtp" },
  env: { read: (p) => match(snippetCode(p), /^SMTP_SECURE=(\w+)$/m), tls: "true", starttls: "false" },
  docker: { read: (p) => match(snippetCode(p), /-e SMTP_SECURE=(\w+)/), tls: "true", starttls: "false" },
  swaks: { read: (p) => match(snippetCode(p), /^ {2}(--tls-on-connect|--tls) /m), tls: "--tls-on-connect", starttls: "--tls" },
};

const PROGRAM_IDS = Object.keys(MODE_WORDS) as ProgramId[];

describe("the mode decides each program's TLS word, never the port", () => {
  const cases: [string, ProvenSettings][] = [
    ["465 tls", GMAIL_TLS],
    ["587 tls (ports swapped)", TLS_ON_587],
    ["465 starttls (ports swapped)", STARTTLS_ON_465],
    ["loopback 36925 tls", LOOPBACK_TLS],
    ["loopback 2465 starttls", LOOPBACK_STARTTLS],
    ["2465 tls", { ...LOOPBACK_TLS, port: 2465 }],
  ];

  it.each(PROGRAM_IDS)("%s", (id) => {
    const words = MODE_WORDS[id];
    for (const [name, s] of cases) {
      expect({ name, word: words.read(programSettings(id, s)) }).toEqual({ name, word: words[s.mode] });
    }
  });
});

describe("host and port always come from the input", () => {
  it.each(PROGRAM_IDS)("%s", (id) => {
    for (const s of [LOOPBACK_TLS, LOOPBACK_STARTTLS]) {
      const p = programSettings(id, s);
      const shown = [...p.fields.map((f) => f.value), p.snippet?.code ?? ""].join("\n");
      expect(shown).toContain(s.host);
      expect(shown).toMatch(new RegExp(`(?<!\\d)${s.port}(?!\\d)`));
      expect(shown).not.toContain("smtp.gmail.com");
      expect(shown).not.toMatch(/(?<!\d)(465|587)(?!\d)/);
    }
  });
});

describe("sending as another address", () => {
  it("every program says Gmail sends as the account unless the From is a verified alias", () => {
    for (const p of allProgramSettings(LOOPBACK_TLS)) {
      expect(p.notes.join("\n"), p.id).toMatch(
        /Gmail sends as someone@gmail\.com\. Another From address works only if it is a verified “Send mail as” alias in Gmail's settings \(Settings → Accounts\)\./,
      );
    }
  });

  it("names the chosen From address when it is not the account", () => {
    for (const p of allProgramSettings({ ...LOOPBACK_TLS, from: "alias@example.com" })) {
      expect(p.notes.join("\n"), p.id).toContain("You chose alias@example.com as the From address");
    }
  });

  it("uses the From and To it is given, and the account when none is given", () => {
    const custom = allProgramSettings({ ...LOOPBACK_STARTTLS, from: "alias@example.com", to: "friend@example.com" });
    for (const id of [
      "wp-mail-smtp",
      "post-smtp",
      "fluent-smtp",
      "home-assistant",
      "python",
      "node",
      "php",
      "django",
      "laravel",
      "env",
      "docker",
      "swaks",
    ]) {
      const p = custom.find((x) => x.id === id);
      expect(collectStrings([p?.fields, p?.snippet?.code]).join("\n"), id).toContain("alias@example.com");
    }
    for (const id of ["home-assistant", "python", "node", "php", "swaks"]) {
      const p = custom.find((x) => x.id === id);
      expect(collectStrings([p?.fields, p?.snippet?.code]).join("\n"), id).toContain("friend@example.com");
    }
    const plain = programSettings("python", LOOPBACK_STARTTLS);
    expect(snippetCode(plain)).toContain('message["From"] = "someone@gmail.com"');
    expect(snippetCode(plain)).toContain('message["To"] = "someone@gmail.com"');
  });
});
