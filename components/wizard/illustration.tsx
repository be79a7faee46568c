import type { CSSProperties } from "react";
import { ILLUSTRATIONS } from "@/components/illustrations";
import { FOCUS } from "@/components/illustrations/focus";
import { CALLOUTS } from "@/lib/steps/callouts";
import type { IllustrationId } from "@/lib/steps/types";

/**
 * One drawing of a screen; the SVG carries its own text alternative (role="img"). On a phone
 * it spans the card's full width and shows only its focus box (app/globals.css), so its text
 * stays readable. The wizard's own note about it sits below the frame, as a callout.
 */
export function Illustration({ id, alone = false }: { id: IllustrationId; alone?: boolean }) {
  const Component = ILLUSTRATIONS[id];
  const focus = FOCUS[id];
  const callout = CALLOUTS[id];
  const box = { "--fx": focus.x, "--fy": focus.y, "--fw": focus.width, "--fh": focus.height } as CSSProperties;
  return (
    <figure data-illustration={id} className={`${alone ? "sm:mx-auto sm:w-full sm:max-w-xl" : ""} flex flex-col gap-2 max-sm:-mx-5`}>
      <div
        className="illustration-crop overflow-hidden rounded-xl border border-zinc-200 bg-zinc-50 p-2 max-sm:rounded-none max-sm:border-x-0 max-sm:p-0 dark:border-zinc-700 dark:bg-zinc-950"
        style={box}
      >
        <Component />
      </div>
      {callout && (
        <figcaption
          className="flex items-start gap-2 rounded-lg bg-amber-50 px-3 py-2 font-medium text-amber-950 max-sm:mx-5 dark:bg-amber-900/30 dark:text-amber-100"
          data-callout
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-5 shrink-0 fill-current">
            <path d="M10 2 3 9h4v9h6V9h4z" />
          </svg>
          <span>{callout}</span>
        </figcaption>
      )}
    </figure>
  );
}
