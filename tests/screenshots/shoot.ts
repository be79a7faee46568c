import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, expectView } from "../e2e/wizard";

// How `npm run screenshots` takes its pictures: each view at a phone's and a laptop's width,
// light and dark, the whole page, into SCREENSHOT_DIR as <view>-<width>-<scheme>.png.

export const SCHEMES = ["light", "dark"] as const;
export type Scheme = (typeof SCHEMES)[number];

export const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
] as const;
export type Size = (typeof SIZES)[number];

/** Every width × scheme, in the order they are shot. */
export const COMBOS = SIZES.flatMap((size) => SCHEMES.map((scheme) => ({ size, scheme })));

function outDir(): string {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) throw new Error("SCREENSHOT_DIR is not set: run the screenshots through `npm run screenshots`");
  return dir;
}

/** Sets the page's width and colour scheme; the page re-lays itself out without a reload. */
export async function frame(page: Page, size: Size, scheme: Scheme) {
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: scheme });
}

/** One full-page shot of what is on screen now, once the view is the expected one and fonts are ready. */
export async function shot(page: Page, name: string, dataView: string, size: Size, scheme: Scheme) {
  await expectView(page, dataView);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({
    path: path.join(outDir(), `${name}-${size.width}-${scheme}.png`),
    fullPage: true,
    animations: "disabled",
  });
}

/** Shoots the view on screen at every width × scheme: for views that stay put once reached. */
export async function shootAll(page: Page, name: string, dataView: string) {
  await expectView(page, dataView);
  for (const { size, scheme } of COMBOS) {
    await frame(page, size, scheme);
    await shot(page, name, dataView, size, scheme);
  }
}

export { expect };
