import type { ComponentProps } from "react";

// Two looks for every action: primary (the one next thing to do) and secondary.
const BASE =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 py-2 text-base font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60";
const LOOK = {
  primary: "bg-blue-700 text-white hover:bg-blue-800 dark:bg-blue-600 dark:hover:bg-blue-500",
  secondary:
    "border border-zinc-300 bg-white text-zinc-900 hover:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800",
} as const;

type Look = keyof typeof LOOK;

export function buttonClass(look: Look = "primary", extra = ""): string {
  return `${BASE} ${LOOK[look]} ${extra}`.trim();
}

export function Button({ look = "primary", className = "", type = "button", ...props }: ComponentProps<"button"> & { look?: Look }) {
  return <button type={type} className={buttonClass(look, className)} {...props} />;
}

/** A link to a Google page: opens in a new tab, sends no referrer, says so to screen readers. */
export function ExternalLink({ look = "primary", className = "", children, ...props }: ComponentProps<"a"> & { look?: Look }) {
  return (
    <a target="_blank" rel="noopener noreferrer" className={buttonClass(look, className)} {...props}>
      {children}
      <span className="sr-only"> (opens in a new tab)</span>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
        <path d="M11 3h6v6h-2V6.41l-6.29 6.3-1.42-1.42L13.59 5H11V3zM4 5h5v2H5v8h8v-4h2v5a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1z" />
      </svg>
    </a>
  );
}
