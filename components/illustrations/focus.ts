import type { IllustrationId } from "./ids";

/** A part of the 480 × 300 canvas, in viewBox units. */
export interface FocusBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

// What a phone shows of each drawing: the part that matters, cropped so its smallest text
// (15 units) is drawn at 12 px or more when the drawing spans a 390 px screen (about 356 px
// wide: app/globals.css, "Drawings on a phone"). At most 445 units wide for that; the
// highlighted rings always stay inside (tests/e2e/illustrations.spec.ts measures both).
export const FOCUS: Readonly<Record<IllustrationId, FocusBox>> = {
  "google-sign-in": { x: 24, y: 8, width: 440, height: 288 },
  "less-secure-apps-unavailable": { x: 24, y: 8, width: 440, height: 222 },
  "two-step-verification-page": { x: 14, y: 8, width: 440, height: 288 },
  "app-passwords-page": { x: 22, y: 8, width: 444, height: 288 },
  "app-password-dialog": { x: 24, y: 8, width: 432, height: 288 },
  "security-alert": { x: 16, y: 8, width: 445, height: 288 },
  "wait-clock": { x: 40, y: 0, width: 400, height: 300 },
  "network-blocked": { x: 12, y: 40, width: 445, height: 230 },
  "antivirus-mail-shield": { x: 12, y: 8, width: 445, height: 288 },
  "wrong-provider": { x: 14, y: 20, width: 445, height: 250 },
  "send-mail-as": { x: 16, y: 8, width: 444, height: 288 },
  "computer-clock": { x: 14, y: 8, width: 445, height: 288 },
};
