import type { ComponentProps } from "react";

/** Every drawing shares one canvas so they line up when shown one after another. */
export const VIEW_WIDTH = 480;
export const VIEW_HEIGHT = 300;

type IllustrationSvgProps = ComponentProps<"svg"> & { alt: string };

/**
 * The outer <svg> of an illustration: fixed viewBox, exposed as one image whose
 * name is the text alternative (also given as <title> for a hover tooltip).
 * Without a className it fills its container's width and keeps its aspect ratio.
 */
export function IllustrationSvg({ alt, className, children, ...props }: IllustrationSvgProps) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`}
      fontFamily="system-ui, sans-serif"
      className={className ?? "block h-auto w-full"}
      {...props}
      role="img"
      aria-label={alt}
      focusable="false"
    >
      <title>{alt}</title>
      {children}
    </svg>
  );
}
