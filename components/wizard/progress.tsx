const STAGES = ["Your login", "Check", "Result", "Fix", "Done"] as const;

/** Where the person is: five stages, the current one marked for screen readers too. */
export function Progress({ current }: { current: number }) {
  return (
    <nav aria-label="Progress">
      <ol className="flex items-center gap-1 text-xs sm:gap-2 sm:text-sm">
        {STAGES.map((label, i) => {
          const state = i < current ? "done" : i === current ? "current" : "todo";
          return (
            <li
              key={label}
              className="flex flex-1 flex-col gap-1"
              aria-current={state === "current" ? "step" : undefined}
              data-stage={state}
            >
              <span
                aria-hidden="true"
                className={`h-1.5 rounded-full ${state === "todo" ? "bg-zinc-300 dark:bg-zinc-700" : "bg-blue-700 dark:bg-blue-400"}`}
              />
              <span className={state === "current" ? "font-semibold" : "text-zinc-600 dark:text-zinc-400"}>
                {label}
                {state === "done" && <span className="sr-only"> (done)</span>}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
