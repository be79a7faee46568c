import type { ComponentProps } from "react";

const ACCENT = {
  none: "",
  good: "before:bg-green-700 dark:before:bg-green-400",
  nearly: "before:bg-blue-700 dark:before:bg-blue-400",
  wait: "before:bg-amber-600 dark:before:bg-amber-400",
  bad: "before:bg-red-700 dark:before:bg-red-400",
} as const;

/** A panel; `accent` draws a colored strip down its left edge (clipped by the rounded corners). */
export function Card({ className = "", accent = "none", ...props }: ComponentProps<"section"> & { accent?: keyof typeof ACCENT }) {
  const strip =
    accent === "none" ? "" : `relative overflow-hidden before:absolute before:inset-y-0 before:left-0 before:w-1.5 ${ACCENT[accent]}`;
  return (
    <section
      className={`flex flex-col gap-4 rounded-2xl border border-zinc-200 bg-white p-5 shadow-sm sm:p-6 dark:border-zinc-800 dark:bg-zinc-900 ${strip} ${className}`}
      {...props}
    />
  );
}
