import type { ReactNode } from "react";
import { LockIcon, PrivateIcon } from "./icons";
import { Label, SURFACE } from "./parts";

/** Top of the page area inside the frame, in viewBox units. */
export const PAGE_TOP = 48;

type BrowserFrameProps = {
  /** What the address bar shows, without "https://" (as browsers show it). */
  url: string;
  /** Adds the "Private" sign a private/incognito window shows next to the address. */
  privateWindow?: boolean;
  children: ReactNode;
};

/** A simplified browser window filling the canvas: toolbar with address bar, then the page. */
export function BrowserFrame({ url, privateWindow, children }: BrowserFrameProps) {
  const barWidth = privateWindow ? 340 : 448;
  return (
    <g>
      <rect x={4} y={4} width={472} height={292} rx={12} className={SURFACE.chrome} />
      <path d={`M4 ${PAGE_TOP} H476 V284 a12 12 0 0 1 -12 12 H16 a12 12 0 0 1 -12 -12 Z`} className={SURFACE.page} />
      <path d={`M4 ${PAGE_TOP} H476`} strokeWidth={1} className={SURFACE.line} />
      <rect x={16} y={12} width={barWidth} height={28} rx={14} className={SURFACE.sunken} />
      <LockIcon x={28} y={18} />
      <Label x={50} y={31} size={15} tone="muted">
        {url}
      </Label>
      {privateWindow ? (
        <g>
          <rect x={366} y={12} width={98} height={28} rx={14} className="fill-zinc-300 dark:fill-zinc-700" />
          <PrivateIcon x={376} y={16} />
          <Label x={402} y={31} size={14} bold>
            Private
          </Label>
        </g>
      ) : null}
      {children}
      <rect x={4} y={4} width={472} height={292} rx={12} fill="none" strokeWidth={1.5} className={SURFACE.line} />
    </g>
  );
}
