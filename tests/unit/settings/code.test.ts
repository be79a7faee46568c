import { describe, expect, it } from "vitest";
import { djangoSettings, dockerSettings, envSettings, laravelSettings, nodeSettings, phpSettings, pythonSettings } from "@/lib/settings";
import { GMAIL_STARTTLS, GMAIL_TLS, LOOPBACK_STARTTLS, LOOPBACK_TLS, STARTTLS_ON_465, snippetCode, TLS_ON_587 } from "./fixtures";

/** The KEY=value lines of a .env snippet, comments left out. */
function dotenvKeys(code: string): [string, string][] {
  return code
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((l) => {
      const eq = l.indexOf("=");
      return [l.slice(0, eq), l.slice(eq + 1)];
    });
}

describe("Python (smtplib)", () => {
  it("uses SMTP_SSL with a default context for TLS from the first byte", () => {
    const p = pythonSettings(GMAIL_TLS);
    const code = snippetCode(p);
    expect(code).toContain('smtplib.SMTP_SSL("smtp.gmail.com", 465, timeout=30, context=ssl.create_default_context())');
    expect(code).not.toContain("starttls(");
    expect(p.snippet).toEqual(expect.objectContaining({ id: "python", language: "python", file: "send_test.py" }));
  });

  it("uses SMTP, then starttls() with a default context, for STARTTLS", () => {
    const code = snippetCode(pythonSettings(GMAIL_STARTTLS));
    expect(code).toContain('smtplib.SMTP("smtp.gmail.com", 587, timeout=30)');
    expect(code).toContain("server.starttls(context=ssl.create_default_context())");
    expect(code).not.toContain("SMTP_SSL");
    // STARTTLS comes before the login.
    expect(code.indexOf("starttls(")).toBeLessThan(code.indexOf("server.login("));
  });

  it("sends one whole message: From, To, Subject, then login and send", () => {
    const code = snippetCode(pythonSettings({ ...LOOPBACK_TLS, from: "alias@example.com", to: "friend@example.com" }));
    expect(code).toContain('message["From"] = "alias@example.com"');
    expect(code).toContain('message["To"] = "friend@example.com"');
    expect(code).toContain('message["Subject"] = "Test mail from Python"');
    expect(code).toContain('server.login("someone@gmail.com", password)');
    expect(code).toContain("server.send_message(message)");
    expect(code).toContain('password = os.environ.get("GMAIL_APP_PASSWORD")');
  });
});

describe("Node.js (Nodemailer)", () => {
  it("is an ES module with secure: true for TLS from the first byte, and no requireTLS", () => {
    const p = nodeSettings(GMAIL_TLS);
    const code = snippetCode(p);
    expect(p.snippet).toEqual(expect.objectContaining({ id: "node", language: "javascript", file: "send-test.mjs" }));
    expect(code).toMatch(/^import nodemailer from "nodemailer";$/m);
    expect(code).toContain("  secure: true,");
    expect(code).not.toContain("requireTLS");
  });

  it("has secure: false and requireTLS: true for STARTTLS", () => {
    const code = snippetCode(nodeSettings(GMAIL_STARTTLS));
    expect(code).toContain("  secure: false,");
    expect(code).toContain("  requireTLS: true,");
    expect(code).not.toContain("secure: true");
  });

  it("sends the Node.js test subject and exits with 1 and the error when sending fails", () => {
    const code = snippetCode(nodeSettings(GMAIL_TLS));
    expect(code).toContain('subject: "Test mail from Node.js",');
    expect(code).toMatch(/catch \(error\) \{\n {2}console\.error\("Not sent:", error\.message\);\n {2}process\.exit\(1\);/);
  });
});

describe("PHP (PHPMailer)", () => {
  it("uses ENCRYPTION_SMTPS for TLS from the first byte", () => {
    const p = phpSettings(GMAIL_TLS);
    const code = snippetCode(p);
    expect(code).toContain("$mail->SMTPSecure = PHPMailer::ENCRYPTION_SMTPS;");
    expect(code).toContain("$mail->Host = 'smtp.gmail.com';");
    expect(code).toContain("$mail->Port = 465;");
    expect(code).toContain("$mail->Username = 'someone@gmail.com';");
    expect(code).toContain("$mail->Password = $password;");
    expect(p.snippet).toEqual(expect.objectContaining({ id: "php", language: "php", file: "send-test.php" }));
  });

  it("uses ENCRYPTION_STARTTLS for STARTTLS", () => {
    const code = snippetCode(phpSettings(GMAIL_STARTTLS));
    expect(code).toContain("$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;");
    expect(code).not.toContain("ENCRYPTION_SMTPS");
  });

  it("reads the password with getenv", () => {
    expect(snippetCode(phpSettings(GMAIL_TLS))).toContain("$password = getenv('GMAIL_APP_PASSWORD');");
  });
});

describe("Django", () => {
  const flags = (code: string) => ({
    ssl: code.match(/^EMAIL_USE_SSL = (True|False)$/m)?.[1],
    tls: code.match(/^EMAIL_USE_TLS = (True|False)$/m)?.[1],
  });

  it("sets EMAIL_USE_SSL for TLS from the first byte and EMAIL_USE_TLS for STARTTLS, never both", () => {
    expect(flags(snippetCode(djangoSettings(GMAIL_TLS)))).toEqual({ ssl: "True", tls: "False" });
    expect(flags(snippetCode(djangoSettings(GMAIL_STARTTLS)))).toEqual({ ssl: "False", tls: "True" });
    for (const s of [GMAIL_TLS, GMAIL_STARTTLS, TLS_ON_587, STARTTLS_ON_465, LOOPBACK_TLS, LOOPBACK_STARTTLS]) {
      const code = snippetCode(djangoSettings(s));
      expect(code.match(/^EMAIL_USE_(SSL|TLS) = True$/gm)).toHaveLength(1);
    }
  });

  it("writes Django's setting names, the password from os.environ", () => {
    const code = snippetCode(djangoSettings({ ...GMAIL_STARTTLS, from: "alias@example.com" }));
    for (const line of [
      'EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"',
      'EMAIL_HOST = "smtp.gmail.com"',
      "EMAIL_PORT = 587",
      'EMAIL_HOST_USER = "someone@gmail.com"',
      'EMAIL_HOST_PASSWORD = os.environ["GMAIL_APP_PASSWORD"]',
      'DEFAULT_FROM_EMAIL = "alias@example.com"',
      'SERVER_EMAIL = "alias@example.com"',
    ]) {
      expect(code.split("\n")).toContain(line);
    }
  });
});

describe("Laravel (.env)", () => {
  it("uses MAIL_SCHEME=smtps for TLS from the first byte, with an empty MAIL_PASSWORD", () => {
    const p = laravelSettings(GMAIL_TLS);
    expect(dotenvKeys(snippetCode(p))).toEqual([
      ["MAIL_MAILER", "smtp"],
      ["MAIL_SCHEME", "smtps"],
      ["MAIL_HOST", "smtp.gmail.com"],
      ["MAIL_PORT", "465"],
      ["MAIL_USERNAME", "someone@gmail.com"],
      ["MAIL_PASSWORD", ""],
      ["MAIL_FROM_ADDRESS", "someone@gmail.com"],
    ]);
    expect(p.snippet).toEqual(expect.objectContaining({ id: "laravel", language: "dotenv", file: ".env" }));
  });

  it("uses MAIL_SCHEME=smtp for STARTTLS", () => {
    const keys = dotenvKeys(snippetCode(laravelSettings(GMAIL_STARTTLS)));
    expect(keys).toContainEqual(["MAIL_SCHEME", "smtp"]);
    expect(keys).toContainEqual(["MAIL_PORT", "587"]);
  });

  it("mentions the older MAIL_ENCRYPTION in a note, not in the file", () => {
    const p = laravelSettings(GMAIL_TLS);
    expect(p.notes.join("\n")).toContain("MAIL_ENCRYPTION");
    expect(snippetCode(p)).not.toContain("MAIL_ENCRYPTION");
  });

  it("explains above MAIL_PASSWORD= to paste the 16 letters without spaces, and why", () => {
    const code = snippetCode(laravelSettings(GMAIL_TLS));
    expect(code).toMatch(/^# .*16 letters with no spaces.*quotes.*\nMAIL_PASSWORD=$/m);
  });
});

describe("generic .env", () => {
  it("writes SMTP_* keys with SMTP_SECURE=true for TLS from the first byte", () => {
    const p = envSettings(GMAIL_TLS);
    expect(dotenvKeys(snippetCode(p))).toEqual([
      ["SMTP_HOST", "smtp.gmail.com"],
      ["SMTP_PORT", "465"],
      ["SMTP_SECURE", "true"],
      ["SMTP_USER", "someone@gmail.com"],
      ["SMTP_FROM", "someone@gmail.com"],
      ["SMTP_PASSWORD", ""],
    ]);
    expect(p.snippet).toEqual(expect.objectContaining({ id: "env", language: "dotenv", file: ".env" }));
    expect(snippetCode(p)).toMatch(/^# .*16 letters with no spaces.*quotes.*\nSMTP_PASSWORD=$/m);
  });

  it("writes SMTP_SECURE=false for STARTTLS, and names the mode", () => {
    const code = snippetCode(envSettings(GMAIL_STARTTLS));
    expect(dotenvKeys(code)).toContainEqual(["SMTP_SECURE", "false"]);
    expect(code).toMatch(/^# .*STARTTLS.*\nSMTP_SECURE=false$/m);
  });
});

describe("Docker", () => {
  it("passes the settings with -e NAME=value and the password by name only", () => {
    const p = dockerSettings(GMAIL_TLS);
    const code = snippetCode(p);
    for (const arg of [
      "-e SMTP_HOST=smtp.gmail.com",
      "-e SMTP_PORT=465",
      "-e SMTP_SECURE=true",
      "-e SMTP_USER=someone@gmail.com",
      "-e SMTP_FROM=someone@gmail.com",
    ]) {
      expect(code).toContain(`  ${arg} \\\n`);
    }
    expect(code).toContain("  -e GMAIL_APP_PASSWORD \\\n");
    expect(code).not.toMatch(/GMAIL_APP_PASSWORD=/);
    expect(p.snippet).toEqual(expect.objectContaining({ id: "docker", language: "shell" }));
  });

  it("says SMTP_SECURE=false for STARTTLS", () => {
    expect(snippetCode(dockerSettings(GMAIL_STARTTLS))).toContain("-e SMTP_SECURE=false \\\n");
  });
});
