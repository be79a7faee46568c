// @ts-check
// Finds a Chromium for Playwright: its own download when installed (a developer's laptop
// after `npx playwright install chromium`), else Debian's /usr/bin/chromium (CI here).
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CHROMIUMS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** @returns {{ path: string, own: boolean } | null} */
export function findChromium() {
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: own, own: true };
  } catch {
    // Playwright knows no browser for this platform: fall through to the system's
  }
  const system = SYSTEM_CHROMIUMS.find((p) => existsSync(p));
  return system ? { path: system, own: false } : null;
}
