import type { ReactNode } from "react";
import { SURFACE } from "./parts";

/*
 * Small glyphs drawn in place; (x, y) is the top-left corner of each one's box.
 * Plain shapes only: no vendor logos.
 */

type At = { x: number; y: number };

/** Draws an icon (placed at 0, 0) scaled up around its top-left corner, which goes to (x, y). */
export function Scaled({ x, y, scale, children }: At & { scale: number; children: ReactNode }) {
  return <g transform={`translate(${x} ${y}) scale(${scale})`}>{children}</g>;
}

export function LockIcon({ x, y }: At) {
  return (
    <g transform={`translate(${x} ${y})`} className="fill-zinc-600 dark:fill-zinc-400">
      <path d="M3 6 V4.5 a4 4 0 0 1 8 0 V6" fill="none" strokeWidth={1.8} className="stroke-zinc-600 dark:stroke-zinc-400" />
      <rect x={1} y={6} width={12} height={9} rx={1.5} />
    </g>
  );
}

/** Hat and glasses: the usual sign of a private (incognito) browser window. */
export function PrivateIcon({ x, y }: At) {
  return (
    <g transform={`translate(${x} ${y})`} className="fill-zinc-700 stroke-zinc-700 dark:fill-zinc-200 dark:stroke-zinc-200">
      <path d="M2 8 H18 L15 1 H5 Z" stroke="none" />
      <circle cx={5.5} cy={13} r={3} fill="none" strokeWidth={1.8} />
      <circle cx={14.5} cy={13} r={3} fill="none" strokeWidth={1.8} />
      <path d="M8.5 13 H11.5" strokeWidth={1.8} />
    </g>
  );
}

/** A shield with a tick, size 28 × 32. */
export function ShieldIcon({ x, y }: At) {
  return (
    <g transform={`translate(${x} ${y})`}>
      <path d="M14 1 L27 6 V15 C27 23 21 29 14 31 C7 29 1 23 1 15 V6 Z" className={SURFACE.googleBlue} />
      <path
        d="M8 16 L12.5 20.5 L20.5 11.5"
        fill="none"
        strokeWidth={3}
        strokeLinecap="round"
        strokeLinejoin="round"
        className="stroke-white dark:stroke-zinc-900"
      />
    </g>
  );
}

/** A warning triangle, size 24 × 22. */
export function WarningIcon({ x, y }: At) {
  return (
    <g transform={`translate(${x} ${y})`}>
      <path d="M12 1 L23 21 H1 Z" strokeLinejoin="round" strokeWidth={1.5} className={`${SURFACE.dangerFill} ${SURFACE.dangerLine}`} />
      <path d="M12 8 V14" strokeWidth={2.4} strokeLinecap="round" className="stroke-white dark:stroke-zinc-900" />
      <circle cx={12} cy={17.5} r={1.4} className="fill-white dark:fill-zinc-900" />
    </g>
  );
}

/** An "i" in a circle, size 22 × 22. */
export function InfoIcon({ x, y }: At) {
  return (
    <g transform={`translate(${x} ${y})`}>
      <circle cx={11} cy={11} r={10} fill="none" strokeWidth={2} className={SURFACE.accentLine} />
      <path d="M11 10 V16" strokeWidth={2.4} strokeLinecap="round" className={SURFACE.accentLine} />
      <circle cx={11} cy={6.5} r={1.5} className={SURFACE.accentFill} />
    </g>
  );
}

/** A crossed circle, size 32 × 32: "this way does not work". */
export function BlockedIcon({ x, y }: At) {
  return (
    <g transform={`translate(${x} ${y})`}>
      <circle cx={16} cy={16} r={15} className={SURFACE.dangerFill} />
      <path d="M10 10 L22 22 M22 10 L10 22" strokeWidth={3.5} strokeLinecap="round" className="stroke-white dark:stroke-zinc-900" />
    </g>
  );
}

/** A ticked circle in green, size 32 × 32: "this is the way" (clearly apart from the red BlockedIcon). */
export function CheckIcon({ x, y }: At) {
  return (
    <g transform={`translate(${x} ${y})`}>
      <circle cx={16} cy={16} r={15} className="fill-green-700 dark:fill-green-400" />
      <path
        d="M9 16.5 L14 21.5 L23 11.5"
        fill="none"
        strokeWidth={3.5}
        strokeLinecap="round"
        strokeLinejoin="round"
        className="stroke-white dark:stroke-zinc-950"
      />
    </g>
  );
}

/** A rack server, size 56 × 64. */
export function ServerIcon({ x, y }: At) {
  return (
    <g transform={`translate(${x} ${y})`} strokeWidth={1.5}>
      {[0, 22, 44].map((top) => (
        <g key={top}>
          <rect x={0} y={top} width={56} height={18} rx={4} className={`${SURFACE.chrome} ${SURFACE.strongLine}`} />
          <circle cx={10} cy={top + 9} r={2.5} className="fill-emerald-600 dark:fill-emerald-400" />
          <path d={`M22 ${top + 9} H46`} className={SURFACE.strongLine} />
        </g>
      ))}
    </g>
  );
}

/** A laptop, size 84 × 58. */
export function LaptopIcon({ x, y }: At) {
  return (
    <g transform={`translate(${x} ${y})`} strokeWidth={1.5}>
      <rect x={8} y={0} width={68} height={46} rx={4} className={`${SURFACE.chrome} ${SURFACE.strongLine}`} />
      <rect x={14} y={6} width={56} height={34} rx={2} className={SURFACE.page} />
      <path d="M0 50 H84 L79 58 H5 Z" strokeLinejoin="round" className={`${SURFACE.chrome} ${SURFACE.strongLine}`} />
    </g>
  );
}

/** A closed envelope, size 40 × 28. */
export function EnvelopeIcon({ x, y }: At) {
  return (
    <g transform={`translate(${x} ${y})`} strokeWidth={1.8} strokeLinejoin="round">
      <rect x={0} y={0} width={40} height={28} rx={3} className={`${SURFACE.page} ${SURFACE.strongLine}`} />
      <path d="M1 2 L20 16 L39 2" fill="none" className={SURFACE.strongLine} />
    </g>
  );
}
