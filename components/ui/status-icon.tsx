import type { ComponentProps } from "react";

// Small icons that go with a status, drawn here so they look the same on every system
// (an emoji needs a font the computer may not have). Decorative: the words say the same.

type Kind = "good" | "wait" | "bad" | "key" | "warn";

const PATHS: Record<Kind, string> = {
  good: "M7.5 13.5 4 10l-1.4 1.4 4.9 4.9L17.4 6.4 16 5z",
  bad: "M5.7 4.3 4.3 5.7 8.6 10l-4.3 4.3 1.4 1.4L10 11.4l4.3 4.3 1.4-1.4L11.4 10l4.3-4.3-1.4-1.4L10 8.6z",
  wait: "M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16zm0 2a6 6 0 1 1 0 12 6 6 0 0 1 0-12zm-1 2v5l4.2 2.5.8-1.3-3.5-2.1V6z",
  warn: "M10 2 1 18h18zm-1 6h2v5H9zm0 6h2v2H9z",
  key: "M13 2a5 5 0 0 0-4.8 6.4L2 14.6V18h3.4v-2h2v-2h2l1.2-1.2A5 5 0 1 0 13 2zm1 3a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3z",
};

export function StatusIcon({ kind, className = "", ...props }: { kind: Kind } & ComponentProps<"svg">) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className={`inline-block size-5 shrink-0 fill-current ${className}`} {...props}>
      <path d={PATHS[kind]} />
    </svg>
  );
}
