"use client";

import { CopyButton } from "./copy-button";

const CODE_CLASS = "rounded-lg bg-zinc-100 p-3 text-sm whitespace-pre-wrap [overflow-wrap:anywhere] dark:bg-zinc-800";

/** A block of code with its copy button at the top right; long lines wrap, nothing hides past the edge. */
export function CodeBlock({ code, copy, what, ...data }: { code: string; copy: string; what: string } & Record<`data-${string}`, string>) {
  return (
    <div className="relative flex flex-col gap-2">
      <div className="flex justify-end">
        <CopyButton text={code} label={`Copy ${copy}`} what={what} />
      </div>
      <pre className={CODE_CLASS} {...data}>
        {code}
      </pre>
    </div>
  );
}
