import { Wizard } from "@/components/wizard/wizard";

export default function Home() {
  return (
    <>
      <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
        <div className="mx-auto flex max-w-3xl items-center gap-3 px-4 py-4 sm:px-6">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="size-8 shrink-0">
            <rect width="32" height="32" rx="7" className="fill-blue-700 dark:fill-blue-500" />
            <path d="M7 10h18v12H7z M7 10l9 7 9-7" fill="none" stroke="#fff" strokeWidth="2" strokeLinejoin="round" />
          </svg>
          <div>
            <h1 className="text-lg font-semibold tracking-tight">Gmail SMTP Wizard</h1>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">Get your program sending mail through Gmail.</p>
          </div>
        </div>
      </header>
      <main className="mx-auto w-full max-w-3xl px-4 py-6 sm:px-6 sm:py-10">
        <Wizard />
      </main>
      <footer className="mx-auto max-w-3xl px-4 pb-10 text-sm text-zinc-600 sm:px-6 dark:text-zinc-400">
        Gmail SMTP Wizard runs only on this computer.
      </footer>
    </>
  );
}
