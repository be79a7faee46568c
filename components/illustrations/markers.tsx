import { type Box, SURFACE } from "./parts";

/* Marks drawn over a screen: what to press (ring, number, pointer) and where things go (arrows). */

/** The accent ring around the thing to look at or press, `gap` units outside its box. */
export function Highlight({ x, y, width, height, gap = 6, rx = 10 }: Box & { gap?: number; rx?: number }) {
  return (
    <rect
      x={x - gap}
      y={y - gap}
      width={width + gap * 2}
      height={height + gap * 2}
      rx={rx}
      fill="none"
      strokeWidth={4}
      className={SURFACE.accentLine}
      data-highlight=""
    />
  );
}

/** A numbered circle that matches the numbered actions in the step text. */
export function StepBadge({ cx, cy, n }: { cx: number; cy: number; n: number }) {
  return (
    <g>
      <circle cx={cx} cy={cy} r={13} className={SURFACE.accentFill} />
      <text x={cx} y={cy + 5} fontSize={15} fontWeight={700} textAnchor="middle" className="fill-white dark:fill-zinc-950">
        {n}
      </text>
    </g>
  );
}

/** A mouse pointer whose tip is at (x, y). White with a dark edge reads on both themes. */
export function Pointer({ x, y }: { x: number; y: number }) {
  return (
    <path
      d="M0 0 L0 24 L6.5 18.5 L10.5 27.5 L15 25.5 L11 16.5 L19 16.5 Z"
      transform={`translate(${x} ${y})`}
      strokeWidth={1.6}
      strokeLinejoin="round"
      className="fill-white stroke-zinc-900"
    />
  );
}

/** A straight arrow from (x1, y1) to (x2, y2); dashed and red when the way is blocked. */
export function Arrow({ x1, y1, x2, y2, blocked }: { x1: number; y1: number; x2: number; y2: number; blocked?: boolean }) {
  const angle = (Math.atan2(y2 - y1, x2 - x1) * 180) / Math.PI;
  return (
    <g
      fill="none"
      strokeWidth={3}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={blocked ? SURFACE.dangerLine : SURFACE.strongLine}
    >
      <path d={`M${x1} ${y1} L${x2} ${y2}`} strokeDasharray={blocked ? "6 7" : undefined} />
      <path d="M-9 -8 L0 0 L-9 8" transform={`translate(${x2} ${y2}) rotate(${angle})`} />
    </g>
  );
}
