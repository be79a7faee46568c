import { expect, test } from "@playwright/test";
import { appPort, origin, postCheck, rawRequest } from "./support";

// The HTTP contract of docs/api.md#refusals: every refusal, with Cache-Control: no-store.

const good = { email: "accepted@gmail.com", password: "whatever-password" };

test.describe("Host header: only this server's loopback names", () => {
  for (const path of ["/", "/api/check", "/favicon.ico"]) {
    test(`a foreign Host gets 421 on ${path}`, async () => {
      const res = await rawRequest({ path, headers: { Host: `evil.example:${appPort()}` } });
      expect(res.status).toBe(421);
    });
  }

  test("a foreign Host gets 421 on a static asset that exists", async () => {
    const page = await rawRequest({ path: "/", headers: { Host: `127.0.0.1:${appPort()}` } });
    const asset = /\/_next\/static\/[^"']+\.(?:js|css)/.exec(page.body)?.[0];
    expect(asset).toBeTruthy();
    expect((await rawRequest({ path: asset!, headers: { Host: `127.0.0.1:${appPort()}` } })).status).toBe(200);
    expect((await rawRequest({ path: asset!, headers: { Host: "attacker.example" } })).status).toBe(421);
  });

  test("another port, a missing Host, or a rebinding name get 421", async () => {
    for (const host of [`127.0.0.1:${appPort() + 1}`, "127.0.0.1", `localhost.attacker.example:${appPort()}`]) {
      expect((await rawRequest({ path: "/", headers: { Host: host } })).status, host).toBe(421);
    }
  });

  test("a request with no Host header at all is refused (Node answers 400 before us)", async () => {
    const res = await rawRequest({ path: "/", headers: {} });
    expect(res.status).toBe(400);
    expect(res.body).not.toContain("Gmail SMTP Wizard");
  });

  test("the three loopback names are served", async () => {
    for (const host of [`127.0.0.1:${appPort()}`, `localhost:${appPort()}`, `[::1]:${appPort()}`]) {
      expect((await rawRequest({ path: "/", headers: { Host: host } })).status, host).toBe(200);
    }
  });
});

test.describe("POST /api/check refusals", () => {
  test("405 for other methods, with Allow: POST", async () => {
    for (const method of ["GET", "PUT", "DELETE", "PATCH"]) {
      const res = await rawRequest({ method, path: "/api/check", headers: { Host: `127.0.0.1:${appPort()}`, Origin: origin() } });
      expect(res.status, method).toBe(405);
      expect(res.headers.allow).toBe("POST");
      expect(res.headers["cache-control"]).toBe("no-store");
    }
  });

  test("415 when the body is not JSON", async () => {
    const res = await postCheck("email=a%40gmail.com&password=x", { "Content-Type": "application/x-www-form-urlencoded" });
    expect(res.status).toBe(415);
    expect(res.headers["cache-control"]).toBe("no-store");
  });

  test("413 when Content-Length says the body is over 4 KB", async () => {
    const body = JSON.stringify({ ...good, padding: "x".repeat(5000) });
    const res = await postCheck(body, { "Content-Length": String(Buffer.byteLength(body)) });
    expect(res.status).toBe(413);
  });

  test("413 when the body is over 4 KB", async () => {
    const res = await postCheck({ ...good, padding: "x".repeat(5000) });
    expect(res.status).toBe(413);
    expect(res.headers["cache-control"]).toBe("no-store");
  });

  test("403 without Origin, or from another origin", async () => {
    for (const o of [undefined, "http://evil.example", `http://127.0.0.1:${appPort() + 1}`, `https://127.0.0.1:${appPort()}`, "null"]) {
      const headers: Record<string, string> = { Host: `127.0.0.1:${appPort()}`, "Content-Type": "application/json" };
      if (o) headers.Origin = o;
      const res = await rawRequest({ method: "POST", path: "/api/check", headers, body: JSON.stringify(good) });
      expect(res.status, String(o)).toBe(403);
      expect(res.headers["cache-control"]).toBe("no-store");
    }
  });

  const invalid: Array<[string, unknown, string | null, string]> = [
    ["missing address", { password: "x" }, "email", "Enter your Gmail address."],
    ["empty address", { email: "  ", password: "x" }, "email", "Enter your Gmail address."],
    ["over-long address", { email: `${"a".repeat(250)}@gmail.com`, password: "x" }, "email", "The address is longer than 254 characters."],
    [
      "address with a control character",
      { email: "a\tb@gmail.com", password: "x" },
      "email",
      "The address contains a control character (a pasted tab or line break?).",
    ],
    ["not an address", { email: "not-an-address", password: "x" }, "email", "This does not look like an email address (name@gmail.com)."],
    ["missing password", { email: "a@gmail.com" }, "password", "Enter the password."],
    ["empty password", { email: "a@gmail.com", password: "" }, "password", "Enter the password."],
    ["over-long password", { email: "a@gmail.com", password: "p".repeat(201) }, "password", "The password is longer than 200 characters."],
    [
      "password with a control character",
      { email: "a@gmail.com", password: "pass\nword" },
      "password",
      "The password contains a control character (a pasted tab or line break?).",
    ],
    [
      "unknown password kind",
      { email: "a@gmail.com", password: "x", passwordKind: "other" },
      "passwordKind",
      'passwordKind is "account" (a normal password) or "app" (an app password).',
    ],
    [
      "unknown port mode",
      { email: "a@gmail.com", password: "x", mode: "587" },
      "mode",
      'mode is "tls" (the TLS port, 465) or "starttls" (the STARTTLS port, 587).',
    ],
    ["a JSON array", [], null, "Send a JSON object with the address (email) and the password."],
  ];
  for (const [name, body, field, message] of invalid) {
    test(`400 for ${name}, naming the field in a sentence`, async () => {
      const res = await postCheck(body);
      expect(res.status).toBe(400);
      expect(res.headers["cache-control"]).toBe("no-store");
      expect(JSON.parse(res.body)).toEqual({ error: { field, message } });
    });
  }

  test("400 for a body that is not valid JSON", async () => {
    const res = await postCheck("{not json");
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.message).toMatch(/JSON/);
  });
});
