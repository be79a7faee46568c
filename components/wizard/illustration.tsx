import { ILLUSTRATIONS } from "@/components/illustrations";
import type { IllustrationId } from "@/lib/steps/types";

/** One drawing of a Google screen; the SVG carries its own text alternative (role="img"). */
export function Illustration({ id, alone = false }: { id: IllustrationId; alone?: boolean }) {
  const Component = ILLUSTRATIONS[id];
  return (
    <figure
      data-illustration={id}
      className={`${alone ? "mx-auto w-full max-w-xl" : ""} overflow-hidden rounded-xl border border-zinc-200 bg-zinc-50 p-2 dark:border-zinc-700 dark:bg-zinc-950`}
    >
      <Component />
    </figure>
  );
}
