import { describe, expect, it } from "vitest";
import { fluentSmtpSettings, postSmtpSettings, wpMailSmtpSettings } from "@/lib/settings";
import { field, GMAIL_STARTTLS, GMAIL_TLS, labelsAndValues } from "./fixtures";

// Field labels and option words as each plugin prints them (sources cited in lib/settings/*.ts). These guard the
// programs no test here can run: a renamed label or a wrong option word fails below.

describe("WP Mail SMTP (Other SMTP)", () => {
  it("lists its fields, SSL for TLS from the first byte", () => {
    const p = wpMailSmtpSettings(GMAIL_TLS);
    expect(p.where).toBe("WP Mail SMTP → Settings → General → Mailer: Other SMTP");
    expect(labelsAndValues(p)).toEqual([
      ["From Email", "someone@gmail.com"],
      ["Mailer", "Other SMTP"],
      ["SMTP Host", "smtp.gmail.com"],
      ["Encryption", "SSL"],
      ["SMTP Port", "465"],
      ["Auto TLS", "On"],
      ["Authentication", "On"],
      ["SMTP Username", "someone@gmail.com"],
      ["SMTP Password", ""],
    ]);
  });

  it("says TLS for STARTTLS", () => {
    const p = wpMailSmtpSettings(GMAIL_STARTTLS);
    expect(labelsAndValues(p)).toEqual([
      ["From Email", "someone@gmail.com"],
      ["Mailer", "Other SMTP"],
      ["SMTP Host", "smtp.gmail.com"],
      ["Encryption", "TLS"],
      ["SMTP Port", "587"],
      ["Auto TLS", "On"],
      ["Authentication", "On"],
      ["SMTP Username", "someone@gmail.com"],
      ["SMTP Password", ""],
    ]);
    expect(field(p, "Auto TLS").note).toMatch(/hides this switch/);
  });

  it("offers no copy button on the switches or the password, and says where the password goes", () => {
    const p = wpMailSmtpSettings(GMAIL_TLS);
    expect(p.fields.filter((f) => !f.copy && !f.choose).map((f) => f.label)).toEqual(["Auto TLS", "Authentication", "SMTP Password"]);
    expect(field(p, "SMTP Password").note).toMatch(/In your program's password box, paste the 16-letter app password/);
  });
});

describe("Post SMTP (Other SMTP)", () => {
  it("lists its fields, SMTPS for TLS from the first byte", () => {
    const p = postSmtpSettings(GMAIL_TLS);
    expect(labelsAndValues(p)).toEqual([
      ["Type", "Other SMTP"],
      ["Outgoing Mail Server Hostname", "smtp.gmail.com"],
      ["Outgoing Mail Server Port", "465"],
      ["Envelope-From Email Address", "someone@gmail.com"],
      ["Security", "SMTPS"],
      ["Authentication", "Login"],
      ["Username", "someone@gmail.com"],
      ["Password", ""],
      ["Email Address", "someone@gmail.com"],
    ]);
    expect(p.where).toMatch(/^Post SMTP → Settings → Connections tab/);
  });

  it("says STARTTLS for STARTTLS", () => {
    const p = postSmtpSettings(GMAIL_STARTTLS);
    expect(field(p, "Security").value).toBe("STARTTLS");
    expect(field(p, "Outgoing Mail Server Port").value).toBe("587");
  });

  it("warns that its setup wizard saves STARTTLS, only where that is wrong", () => {
    expect(postSmtpSettings(GMAIL_TLS).notes.join("\n")).toMatch(/wizard always saves STARTTLS.*Security to SMTPS/);
    expect(postSmtpSettings(GMAIL_STARTTLS).notes.join("\n")).not.toMatch(/wizard/);
  });

  it("keeps the password out of the copy buttons", () => {
    expect(field(postSmtpSettings(GMAIL_TLS), "Password")).toEqual(expect.objectContaining({ value: "", copy: false }));
  });
});

describe("FluentSMTP (SMTP server)", () => {
  it("lists its fields, SSL for TLS from the first byte", () => {
    const p = fluentSmtpSettings(GMAIL_TLS);
    expect(labelsAndValues(p)).toEqual([
      ["Connection Provider", "SMTP server"],
      ["From Email", "someone@gmail.com"],
      ["SMTP Host", "smtp.gmail.com"],
      ["SMTP Port", "465"],
      ["Encryption", "SSL"],
      ["Use Auto TLS", "On"],
      ["Authentication", "On"],
      ["SMTP Username", "someone@gmail.com"],
      ["SMTP Password", ""],
    ]);
    expect(p.where).toMatch(/^Settings → FluentSMTP/);
  });

  it("says TLS for STARTTLS", () => {
    const p = fluentSmtpSettings(GMAIL_STARTTLS);
    expect(field(p, "Encryption").value).toBe("TLS");
    expect(field(p, "SMTP Port").value).toBe("587");
  });

  it("offers no copy button on the switches or the password", () => {
    const p = fluentSmtpSettings(GMAIL_STARTTLS);
    expect(p.fields.filter((f) => !f.copy && !f.choose).map((f) => f.label)).toEqual(["Use Auto TLS", "Authentication", "SMTP Password"]);
  });
});
