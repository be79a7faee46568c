"use client";

import { useId, useState } from "react";
import { addressWarnings } from "@/lib/steps/address";
import { FieldMessages, INPUT_CLASS, type Note } from "./field";

interface Props {
  value: string;
  onChange(value: string): void;
  error?: string | null;
}

export function EmailField({ value, onChange, error }: Props) {
  const id = useId();
  const [left, setLeft] = useState(false);
  // Warn once the address has a domain or the person moved on: a half-typed address is
  // not a mistake yet.
  const warnings = left || /@[^@]+\.[^@]+$/.test(value.trim()) ? addressWarnings(value) : [];
  const notes: Note[] = [
    ...warnings.map((w) => ({
      id: w.id,
      tone: "warning" as const,
      text: w.message,
      ...(w.fix ? { action: { label: `Use ${w.fix}`, onPress: () => onChange(w.fix ?? value) } } : {}),
    })),
    ...(error ? [{ id: "error", tone: "error" as const, text: error }] : []),
  ];
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        Gmail address
      </label>
      <input
        id={id}
        name="email"
        type="email"
        inputMode="email"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        placeholder="name@gmail.com"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => setLeft(true)}
        aria-invalid={error ? true : undefined}
        aria-describedby={notes.length ? `${id}-notes` : undefined}
        className={INPUT_CLASS}
      />
      <FieldMessages id={`${id}-notes`} notes={notes} />
    </div>
  );
}
