import { describe, expect, it } from "vitest";
import { HOME_ASSISTANT_SECRET, homeAssistantSettings, mailClientSettings, nextcloudSettings } from "@/lib/settings";
import { field, GMAIL_STARTTLS, GMAIL_TLS, labelsAndValues, snippetCode } from "./fixtures";

describe("Home Assistant (SMTP)", () => {
  it("writes the notify YAML with encryption: tls for TLS from the first byte", () => {
    const p = homeAssistantSettings({ ...GMAIL_TLS, to: "alerts@example.com" });
    const lines = snippetCode(p).split("\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        "notify:",
        '  - name: "gmail"',
        "    platform: smtp",
        '    server: "smtp.gmail.com"',
        "    port: 465",
        "    encryption: tls",
        '    username: "someone@gmail.com"',
        `    password: !secret ${HOME_ASSISTANT_SECRET}`,
        '    sender: "someone@gmail.com"',
        '    recipient: "alerts@example.com"',
      ]),
    );
    expect(p.snippet).toEqual(expect.objectContaining({ id: "home-assistant", language: "yaml", file: "configuration.yaml" }));
  });

  it("writes encryption: starttls for STARTTLS", () => {
    const code = snippetCode(homeAssistantSettings(GMAIL_STARTTLS));
    expect(code).toContain("    encryption: starttls\n");
    expect(code).toContain("    port: 587\n");
    expect(code).not.toContain("encryption: tls");
  });

  it("tells how to put the password in secrets.yaml, without one", () => {
    const setup = homeAssistantSettings(GMAIL_TLS).snippet?.setup;
    expect(setup?.intro).toContain("secrets.yaml");
    // The line to copy is only the line: prose in it would break secrets.yaml.
    expect(setup?.code).toBe(`${HOME_ASSISTANT_SECRET}: ""`);
  });

  it("lists the setup screen's fields: SSL/TLS or STARTTLS under Security", () => {
    expect(labelsAndValues(homeAssistantSettings(GMAIL_TLS))).toEqual([
      ["Mail server", "smtp.gmail.com"],
      ["Port", "465"],
      ["Security", "SSL/TLS"],
      ["Login", "someone@gmail.com"],
      ["Password", ""],
      ["From address", "someone@gmail.com"],
      ["To address", "someone@gmail.com"],
      ["Verify SSL certificate", "On"],
    ]);
    expect(field(homeAssistantSettings(GMAIL_STARTTLS), "Security").value).toBe("STARTTLS");
  });
});

describe("Nextcloud (Email server)", () => {
  it("lists its fields, SSL for TLS from the first byte", () => {
    const p = nextcloudSettings(GMAIL_TLS);
    expect(p.where).toBe("Administration settings → Basic settings → Email server");
    expect(labelsAndValues(p)).toEqual([
      ["Send mode", "SMTP"],
      ["Encryption", "SSL"],
      ["From address", "someone"],
      ["From address domain", "gmail.com"],
      ["Server address", "smtp.gmail.com"],
      ["Port", "465"],
      ["Authentication required", "On"],
      ["SMTP Username", "someone@gmail.com"],
      ["SMTP Password", ""],
    ]);
  });

  it("says None/STARTTLS for STARTTLS", () => {
    const p = nextcloudSettings(GMAIL_STARTTLS);
    expect(field(p, "Encryption").value).toBe("None/STARTTLS");
    expect(field(p, "Port").value).toBe("587");
  });

  it("splits the From address at its last @ into Nextcloud's two boxes", () => {
    const p = nextcloudSettings({ ...GMAIL_TLS, from: '"a@b"@example.com' });
    expect(field(p, "From address").value).toBe('"a@b"');
    expect(field(p, "From address domain").value).toBe("example.com");
  });
});

describe("Thunderbird-style mail clients", () => {
  it("lists Thunderbird's outgoing server fields, SSL/TLS for TLS from the first byte", () => {
    expect(labelsAndValues(mailClientSettings(GMAIL_TLS))).toEqual([
      ["Server Name", "smtp.gmail.com"],
      ["Port", "465"],
      ["Connection security", "SSL/TLS"],
      ["Authentication method", "Normal password"],
      ["User Name", "someone@gmail.com"],
      ["Password", ""],
    ]);
  });

  it("says STARTTLS for STARTTLS", () => {
    const p = mailClientSettings(GMAIL_STARTTLS);
    expect(field(p, "Connection security").value).toBe("STARTTLS");
    expect(field(p, "Port").value).toBe("587");
  });
});
