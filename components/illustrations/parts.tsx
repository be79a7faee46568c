import type { ReactNode } from "react";

/*
 * Shared drawing parts. Colours are Tailwind classes (never hard-coded fills) so each
 * drawing follows the system light/dark theme. One accent, orange, marks what to press;
 * blue is only Google's own button colour inside the drawn screens.
 */

export const SURFACE = {
  page: "fill-white dark:fill-zinc-900",
  chrome: "fill-zinc-100 dark:fill-zinc-800",
  sunken: "fill-zinc-50 dark:fill-zinc-950",
  line: "stroke-zinc-300 dark:stroke-zinc-600",
  strongLine: "stroke-zinc-500 dark:stroke-zinc-400",
  accentLine: "stroke-orange-700 dark:stroke-orange-400",
  accentFill: "fill-orange-700 dark:fill-orange-400",
  accentSoft: "fill-orange-50 dark:fill-orange-950",
  dangerLine: "stroke-red-700 dark:stroke-red-400",
  dangerFill: "fill-red-700 dark:fill-red-400",
  googleBlue: "fill-blue-600 dark:fill-blue-300",
} as const;

const TONE_CLASS = {
  strong: "fill-zinc-900 dark:fill-zinc-100",
  muted: "fill-zinc-600 dark:fill-zinc-400",
  accent: "fill-orange-700 dark:fill-orange-400",
  danger: "fill-red-700 dark:fill-red-400",
  link: "fill-blue-700 dark:fill-blue-300",
  onBlue: "fill-white dark:fill-zinc-900",
} as const;

type LabelProps = {
  x: number;
  y: number;
  size?: number;
  bold?: boolean;
  mono?: boolean;
  tone?: keyof typeof TONE_CLASS;
  anchor?: "start" | "middle" | "end";
  children: ReactNode;
};

/** A line of text; `y` is the baseline. */
export function Label({ x, y, size = 15, bold, mono, tone = "strong", anchor, children }: LabelProps) {
  return (
    <text
      x={x}
      y={y}
      fontSize={size}
      fontWeight={bold ? 700 : undefined}
      fontFamily={mono ? "ui-monospace, monospace" : undefined}
      textAnchor={anchor}
      className={TONE_CLASS[tone]}
    >
      {children}
    </text>
  );
}

export type Box = { x: number; y: number; width: number; height: number };

type ButtonProps = Box & { label: string; variant?: "filled" | "outlined"; size?: number };

/** A pill-shaped Google-style button with a centred label. */
export function Button({ x, y, width, height, label, variant = "filled", size = 15 }: ButtonProps) {
  const filled = variant === "filled";
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={width}
        height={height}
        rx={height / 2}
        strokeWidth={filled ? 0 : 1.5}
        className={filled ? SURFACE.googleBlue : `${SURFACE.page} ${SURFACE.line}`}
      />
      <Label x={x + width / 2} y={y + height / 2 + size / 3} size={size} bold anchor="middle" tone={filled ? "onBlue" : "link"}>
        {label}
      </Label>
    </g>
  );
}

type TextFieldProps = Box & { label: string; value: string };

/** An outlined text box with its label sitting on the top border, as Google draws them. */
export function TextField({ x, y, width, height, label, value }: TextFieldProps) {
  // The label's wide page-coloured outline (painted under its fill) cuts the border behind it,
  // leaving a clean gap of about 5 units on each side whatever font the reader has.
  return (
    <g>
      <rect x={x} y={y} width={width} height={height} rx={6} strokeWidth={1.5} className={`${SURFACE.page} ${SURFACE.strongLine}`} />
      <text
        x={x + 14}
        y={y + 5}
        fontSize={15}
        strokeWidth={10}
        strokeLinejoin="round"
        paintOrder="stroke"
        className={`${TONE_CLASS.muted} stroke-white dark:stroke-zinc-900`}
      >
        {label}
      </text>
      <Label x={x + 14} y={y + height / 2 + 7} size={16}>
        {value}
      </Label>
    </g>
  );
}

/** An on/off switch, 44 × 24, Google blue when on (a deep blue in dark mode too, so the white knob stands out). */
export function Toggle({ x, y, on }: { x: number; y: number; on: boolean }) {
  return (
    <g>
      <rect x={x} y={y} width={44} height={24} rx={12} className={on ? "fill-blue-600" : "fill-zinc-300 dark:fill-zinc-600"} />
      <circle cx={on ? x + 32 : x + 12} cy={y + 12} r={9} className="fill-white" />
    </g>
  );
}

/** A plain card or window outline on the page colour. */
export function Panel({ x, y, width, height }: Box) {
  return <rect x={x} y={y} width={width} height={height} rx={12} strokeWidth={1.5} className={`${SURFACE.page} ${SURFACE.line}`} />;
}
