import { PAUSE_SECONDS } from "@/lib/diagnosis/pauses";

/** How long the app waits after each kind of pause; the countdown itself comes from the server. */
export const WAIT_SECONDS = PAUSE_SECONDS;

/** "15 minutes", "1 minute", "30 seconds": for the copy and the countdown. */
export function formatWait(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  if (whole < 60) return whole === 1 ? "1 second" : `${whole} seconds`;
  const minutes = Math.ceil(whole / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}
