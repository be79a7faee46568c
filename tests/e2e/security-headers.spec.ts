import { createHash } from "node:crypto";
import net from "node:net";
import { expect, test } from "@playwright/test";
import { appPort, postCheck, rawRequest, user } from "./support";
import { ACCOUNT_PASSWORD, checkLogin, expectView, test as wizardTest } from "./wizard";

// The headers every answer carries, the Content-Security-Policy that lets only the page's
// own scripts run, and a request body that stalls.

const own = () => ({ Host: `127.0.0.1:${appPort()}` });

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name = "", ...values]) => [name, values]),
  );
}

test("every answer carries the CSP and the other security headers, refusals and errors included", async () => {
  const page = await rawRequest({ path: "/", headers: own() });
  const asset = /\/_next\/static\/[^"']+\.js/.exec(page.body)?.[0] ?? "";
  const answers = {
    page,
    asset: await rawRequest({ path: asset, headers: own() }),
    notFound: await rawRequest({ path: "/no-such-page", headers: own() }),
    api405: await rawRequest({ path: "/api/check", headers: own() }),
    api400: await postCheck("{not json"),
    foreignHost421: await rawRequest({ path: "/", headers: { Host: "evil.example" } }),
    absoluteForm400: await rawRequest({ path: "http://evil.example/", headers: own() }),
  };
  expect(answers.notFound.status).toBe(404);
  for (const [name, res] of Object.entries(answers)) {
    const csp = String(res.headers["content-security-policy"] ?? "");
    expect(csp, name).toContain("default-src 'self'");
    expect(csp, name).toContain("frame-ancestors 'none'");
    expect(res.headers["x-frame-options"], name).toBe("DENY");
    expect(res.headers["referrer-policy"], name).toBe("no-referrer");
    expect(res.headers["x-content-type-options"], name).toBe("nosniff");
    expect(res.headers["cross-origin-opener-policy"], name).toBe("same-origin");
  }
});

test("the CSP runs no inline script but the page's own: each is listed by its hash, and nothing else is allowed", async () => {
  const res = await rawRequest({ path: "/", headers: own() });
  const csp = directives(String(res.headers["content-security-policy"]));
  const scripts = csp.get("script-src") ?? [];
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  for (const [name, value] of [
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
  ]) {
    expect(csp.get(name ?? "")).toEqual([value]);
  }
  const inline = [...res.body.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
  expect(inline.length).toBeGreaterThan(0);
  for (const body of inline) expect(scripts).toContain(`'sha256-${createHash("sha256").update(body).digest("base64")}'`);
});

wizardTest("in a real browser, a whole check runs under the CSP without one violation", async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const consoleErrors: string[] = [];
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  await checkLogin(page, user("app-password-required"), ACCOUNT_PASSWORD);
  await expectView(page, "verdict");
  await page.getByRole("button", { name: "Create an app password" }).click();
  await expectView(page, "app-password");
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  expect(consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
});

test("a request body that stops arriving is cut off after a few seconds (408), and the connection closed", async () => {
  const started = Date.now();
  const answer = await new Promise<{ head: string; closed: boolean }>((resolve, reject) => {
    const socket = net.connect(appPort(), "127.0.0.1", () => {
      socket.write(
        `POST /api/check HTTP/1.1\r\nHost: 127.0.0.1:${appPort()}\r\nOrigin: http://127.0.0.1:${appPort()}\r\n` +
          'Content-Type: application/json\r\nContent-Length: 400\r\n\r\n{"email":"',
      );
    });
    let data = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      data += chunk;
    });
    socket.on("error", reject);
    socket.on("close", () => resolve({ head: data.split("\r\n")[0] ?? "", closed: true }));
    setTimeout(() => {
      socket.destroy();
      resolve({ head: data.split("\r\n")[0] ?? "", closed: false });
    }, 15_000);
  });
  expect(answer).toEqual({ head: "HTTP/1.1 408 Request Timeout", closed: true });
  expect(Date.now() - started).toBeLessThan(10_000);
});
