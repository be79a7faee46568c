"use client";

/** A question answered by one of a few choices: radio buttons drawn as boxes, the chosen one highlighted. */
export function ChoiceField<T extends string>({
  legend,
  name,
  choices,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  /** Each choice and its label, in the order shown. */
  choices: Readonly<Record<T, string>>;
  value: T | undefined;
  onChange(value: T): void;
}) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-2 font-medium">{legend}</legend>
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        {(Object.keys(choices) as T[]).map((choice) => (
          <label
            key={choice}
            className="flex min-h-11 items-center gap-3 rounded-lg border border-zinc-300 px-3 has-checked:border-blue-700 has-checked:bg-blue-50 dark:border-zinc-600 dark:has-checked:border-blue-400 dark:has-checked:bg-blue-950"
          >
            <input
              type="radio"
              name={name}
              value={choice}
              checked={value === choice}
              onChange={() => onChange(choice)}
              className="size-5 accent-blue-700 dark:accent-blue-400"
            />
            <span>{choices[choice]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
