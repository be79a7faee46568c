import { describe, expect, it } from "vitest";
import { readSettings, SettingsError } from "@/lib/config/settings.mjs";

describe("settings, read once from the environment", () => {
  it("defaults to Gmail on 465 and 587, the web server on 3000, and a browser that opens", () => {
    expect(readSettings({})).toEqual({ port: 3000, smtp: { host: "smtp.gmail.com", tlsPort: 465, starttlsPort: 587 }, openBrowser: true });
  });

  it("takes test values for the SMTP host and ports", () => {
    const s = readSettings({ PORT: "3100", GMAIL_SMTP_HOST: "127.0.0.1", GMAIL_SMTP_TLS_PORT: "2465", GMAIL_SMTP_STARTTLS_PORT: "2587" });
    expect(s).toMatchObject({ port: 3100, smtp: { host: "127.0.0.1", tlsPort: 2465, starttlsPort: 2587 } });
  });

  it("never opens a browser under CI or with BROWSER=none", () => {
    expect(readSettings({ CI: "true" }).openBrowser).toBe(false);
    expect(readSettings({ BROWSER: "none" }).openBrowser).toBe(false);
  });

  it.each([
    [{ PORT: "0" }, 'PORT must be a port number (1-65535), got "0"'],
    [{ PORT: "3000.5" }, 'PORT must be a port number (1-65535), got "3000.5"'],
    [{ GMAIL_SMTP_STARTTLS_PORT: "70000" }, 'GMAIL_SMTP_STARTTLS_PORT must be a port number (1-65535), got "70000"'],
    [{ GMAIL_SMTP_HOST: "smtp.gmail.com/evil" }, 'GMAIL_SMTP_HOST must be a host name or an IP address, got "smtp.gmail.com/evil"'],
  ])("refuses %o with one sentence naming the variable", (env, message) => {
    expect(() => readSettings(env)).toThrow(new SettingsError(message));
  });
});

describe("certificate checks cannot be switched off from outside", () => {
  it("refuses NODE_TLS_REJECT_UNAUTHORIZED set to 0, saying why and what to unset", () => {
    expect(() => readSettings({ NODE_TLS_REJECT_UNAUTHORIZED: "0" })).toThrow(
      new SettingsError(
        "NODE_TLS_REJECT_UNAUTHORIZED is set to 0, which turns off certificate checks: your password could go to whoever intercepts the connection. Unset it (unset NODE_TLS_REJECT_UNAUTHORIZED) and start again.",
      ),
    );
    expect(readSettings({ NODE_TLS_REJECT_UNAUTHORIZED: "1" }).port).toBe(3000);
  });
});
