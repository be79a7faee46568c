import { StatusIcon } from "@/components/ui/status-icon";

export const INPUT_CLASS =
  "min-h-11 w-full rounded-lg border border-zinc-400 bg-white px-3 py-2 text-base text-zinc-900 placeholder:text-zinc-500 dark:border-zinc-500 dark:bg-zinc-950 dark:text-zinc-100 aria-[invalid=true]:border-red-700 dark:aria-[invalid=true]:border-red-400";

export interface Note {
  id: string;
  tone: "hint" | "info" | "warning" | "error";
  text: string;
  /** A button that fixes what the note is about (e.g. "Use name@gmail.com"). */
  action?: { label: string; onPress(): void };
}

const TONE: Record<Note["tone"], string> = {
  hint: "text-zinc-600 dark:text-zinc-400",
  info: "text-blue-800 dark:text-blue-300",
  warning: "text-amber-800 dark:text-amber-300",
  error: "text-red-700 dark:text-red-400 font-medium",
};

const ICON: Partial<Record<Note["tone"], "warn" | "bad">> = { warning: "warn", error: "bad" };

const PREFIX: Record<Note["tone"], string> = { hint: "", info: "", warning: "Warning: ", error: "Error: " };

/** Hints, warnings and errors under a field, read out with it (aria-describedby). */
export function FieldMessages({ id, notes }: { id: string; notes: readonly Note[] }) {
  if (notes.length === 0) return null;
  return (
    <ul id={id} className="flex flex-col gap-1 text-sm">
      {notes.map((n) => {
        const icon = ICON[n.tone];
        return (
          <li key={n.id} data-note={n.id} className={`${TONE[n.tone]} ${icon ? "flex flex-wrap items-start gap-x-1.5" : ""}`}>
            {/* A warning or an error carries an icon too, not only its color. */}
            {icon && <StatusIcon kind={icon} className="mt-px size-4" data-note-icon={n.tone} />}
            {PREFIX[n.tone] && <span className="sr-only">{PREFIX[n.tone]}</span>}
            <span className="min-w-0 flex-1">{n.text}</span>
            {n.action && (
              <button
                type="button"
                onClick={n.action.onPress}
                className="ml-2 min-h-9 rounded-lg border border-current px-2 py-1 font-medium underline-offset-2 hover:underline"
              >
                {n.action.label}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
