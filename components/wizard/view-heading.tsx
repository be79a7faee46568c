"use client";

import { type ReactNode, useEffect, useRef } from "react";
import { StatusIcon } from "@/components/ui/status-icon";

// The page's first view is where the browser starts reading anyway; only later views move focus.
let pageJustLoaded = true;

/**
 * The heading of the current view. It takes focus when a new view appears, so keyboard and
 * screen-reader users start reading at the top of the new step (as after a page load), and
 * names the document's title.
 */
export function ViewHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (pageJustLoaded) {
      pageJustLoaded = false;
      return;
    }
    ref.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, []);
  // The tab's title names the view too: screen readers announce it, and the history list shows it.
  useEffect(() => {
    // A view hidden while a check runs keeps re-rendering: the check's own title stays.
    if (ref.current?.closest("[hidden]")) return;
    const text = ref.current?.textContent?.trim();
    document.title = text ? `${text} – Gmail SMTP Wizard` : "Gmail SMTP Wizard";
  });
  return (
    <h2 id="view-heading" ref={ref} tabIndex={-1} className="text-2xl font-semibold tracking-tight outline-none sm:text-3xl">
      {children}
    </h2>
  );
}

/** An answer's tone: good news, nearly there (an app password away), a pause, or a failure. */
export type HeadingTone = "good" | "nearly" | "wait" | "bad";

const TONE_ICON = {
  good: { kind: "good", color: "text-green-700 dark:text-green-400" },
  nearly: { kind: "key", color: "text-blue-700 dark:text-blue-400" },
  wait: { kind: "wait", color: "text-amber-700 dark:text-amber-400" },
  bad: { kind: "bad", color: "text-red-700 dark:text-red-400" },
} as const;

/** The view's heading after an answer, with the icon of its tone (not only a color). */
export function StatusHeading({ tone, children }: { tone: HeadingTone; children: ReactNode }) {
  const icon = TONE_ICON[tone];
  return (
    <div className="flex items-start gap-3">
      <StatusIcon kind={icon.kind} className={`mt-1 size-7 sm:size-8 ${icon.color}`} />
      <ViewHeading>{children}</ViewHeading>
    </div>
  );
}
