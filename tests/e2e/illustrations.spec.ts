import type { Page } from "@playwright/test";
import { STEP_IDS } from "@/lib/diagnosis/ids";
import { CALLOUTS } from "@/lib/steps/callouts";
import { expect, expectView, test } from "./wizard";

// The drawings as a person sees them: on a phone cropped to the part that matters with text
// of 12 px or more and every highlighted ring inside the crop; the wizard's own notes beside
// the drawing, never inside the pictured page.

interface Measured {
  id: string;
  smallestText: number;
  texts: number;
  ringsOutside: number;
  rings: number;
}

/** For each drawing on the page: its smallest visible text in CSS px, and the rings outside what is shown. */
function measure(page: Page): Promise<Measured[]> {
  return page.locator("figure[data-illustration]").evaluateAll((figures) =>
    figures.map((figure) => {
      const crop = figure.querySelector(".illustration-crop") as HTMLElement;
      const shown = crop.getBoundingClientRect();
      const svg = crop.querySelector("svg") as SVGSVGElement;
      const scale = svg.getScreenCTM()?.a ?? 1;
      const inside = (r: DOMRect, slack = 0) =>
        r.left >= shown.left - slack && r.right <= shown.right + slack && r.top >= shown.top - slack && r.bottom <= shown.bottom + slack;
      const overlaps = (r: DOMRect) => r.right > shown.left && r.left < shown.right && r.bottom > shown.top && r.top < shown.bottom;
      const texts = [...svg.querySelectorAll("text")].filter((t) => overlaps(t.getBoundingClientRect()));
      const sizes = texts.map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * scale);
      const rings = [...svg.querySelectorAll("[data-highlight]")];
      return {
        id: figure.getAttribute("data-illustration") ?? "",
        smallestText: Math.min(...sizes),
        texts: texts.length,
        rings: rings.length,
        ringsOutside: rings.filter((r) => !inside(r.getBoundingClientRect(), 2)).length,
      };
    }),
  );
}

/** The drawings with a highlighted ring; the wait clock has none. */
const RINGED = [
  "antivirus-mail-shield",
  "app-password-dialog",
  "app-passwords-page",
  "computer-clock",
  "google-sign-in",
  "less-secure-apps-unavailable",
  "network-blocked",
  "security-alert",
  "send-mail-as",
  "two-step-verification-page",
  "wrong-provider",
];

async function openEverything(page: Page) {
  // Folded sections (the history of the removed setting) hold drawings too.
  await page.locator("details:not([open]) > summary").evaluateAll((summaries) => {
    for (const s of summaries) (s as HTMLElement).click();
  });
}

test("on a phone every drawing is cropped so its text is 12 px or more, with its rings inside", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const seen = new Set<string>();
  const ringed = new Set<string>();
  for (const step of STEP_IDS) {
    await page.goto(`/?view=${step}`);
    await expectView(page, step);
    await openEverything(page);
    for (const m of await measure(page)) {
      seen.add(m.id);
      if (m.rings > 0) ringed.add(m.id);
      expect(m.texts, `${step}: ${m.id} shows text`).toBeGreaterThan(0);
      expect(m.smallestText, `${step}: ${m.id}'s smallest text`).toBeGreaterThanOrEqual(12);
      expect(m.ringsOutside, `${step}: ${m.id}'s highlighted rings outside the crop`).toBe(0);
    }
  }
  expect(seen.size).toBe(12);
  // Every drawing of a screen to act on marks what to press.
  expect([...ringed].sort()).toEqual(RINGED);
});

test("on a laptop the whole drawing shows", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/?view=app-password");
  await expectView(page, "app-password");
  const widths = await page
    .locator(".illustration-crop")
    .evaluateAll((crops) => crops.map((c) => [c.querySelector("svg")?.getBoundingClientRect().width ?? 0, c.clientWidth]));
  expect(widths.length).toBeGreaterThan(0);
  for (const [svg, box] of widths) expect(Math.abs((svg ?? 0) - (box ?? 0) + 16)).toBeLessThan(2); // the box's 8 px padding each side
});

test("the wizard's notes about a drawing sit below it, not inside the pictured page", async ({ page }) => {
  for (const [id, text] of Object.entries(CALLOUTS)) {
    const step = {
      "less-secure-apps-unavailable": "less-secure-access",
      "app-password-dialog": "app-password",
      "antivirus-mail-shield": "tls-intercepted",
    }[id];
    await page.goto(`/?view=${step}`);
    await expectView(page, step ?? "");
    await openEverything(page);
    const figure = page.locator(`figure[data-illustration="${id}"]`);
    await expect(figure.locator("figcaption")).toHaveText(text);
    // The caption's own words are not drawn inside the pictured page as well.
    expect(await figure.getByRole("img").textContent()).not.toContain(text);
  }
});

test("on a laptop, text marked by a highlighted ring stays inside the ring", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const spills: string[] = [];
  for (const step of STEP_IDS) {
    await page.goto(`/?view=${step}`);
    await expectView(page, step);
    await openEverything(page);
    spills.push(
      ...(await page.locator("figure[data-illustration] svg[role=img]").evaluateAll((svgs) =>
        svgs.flatMap((svg) => {
          const rings = [...svg.querySelectorAll("[data-highlight]")].map((r) => r.getBoundingClientRect());
          return [...svg.querySelectorAll("text")].flatMap((t) => {
            const box = t.getBoundingClientRect();
            const cx = (box.left + box.right) / 2;
            const cy = (box.top + box.bottom) / 2;
            const ring = rings.find((r) => cx > r.left && cx < r.right && cy > r.top && cy < r.bottom);
            return ring && (box.left < ring.left || box.right > ring.right)
              ? [`${svg.getAttribute("aria-label")?.slice(0, 30)}: ${t.textContent}`]
              : [];
          });
        }),
      )),
    );
  }
  expect([...new Set(spills)]).toEqual([]);
});
