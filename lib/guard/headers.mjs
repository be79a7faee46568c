// @ts-check
// The security headers of every answer this server gives: pages, assets, the API, and its
// own refusals (421, 400). Set in one place, by server.mjs, before Next sees the request.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/**
 * The hashes of every inline script in the pages Next prerendered at build time. Next puts
 * its page data in inline scripts; allowing exactly these (and not 'unsafe-inline') keeps
 * any other inline script from running. The pages are static, so the list is fixed per build.
 * @param {string} appDir the build's prerendered pages (.next/server/app)
 * @returns {string[]} e.g. ["'sha256-…'"]
 */
export function inlineScriptHashes(appDir) {
  /** @type {Set<string>} */
  const hashes = new Set();
  /** @param {string} dir */
  const visit = (dir) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) visit(file);
      else if (name.endsWith(".html")) {
        for (const m of readFileSync(file, "utf8").matchAll(INLINE_SCRIPT)) {
          hashes.add(
            `'sha256-${createHash("sha256")
              .update(m[1] ?? "", "utf8")
              .digest("base64")}'`,
          );
        }
      }
    }
  };
  visit(appDir);
  return [...hashes].sort();
}

/**
 * @param {{ dev: boolean, port: number, scriptHashes: string[] }} options
 * @returns {Record<string, string>}
 */
export function securityHeaders({ dev, port, scriptHashes }) {
  // The dev server's hot reload evaluates code and talks over a WebSocket: only there.
  const scripts = dev ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"] : ["'self'", ...scriptHashes];
  const connect = dev ? ["'self'", `ws://127.0.0.1:${port}`, `ws://localhost:${port}`] : ["'self'"];
  const csp = [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect.join(" ")}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  return {
    "Content-Security-Policy": csp,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
  };
}
