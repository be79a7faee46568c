import { CheckForm } from "@/components/wizard/check-form";

export default function Home() {
  return (
    <main className="mx-auto flex w-full max-w-2xl flex-col gap-6 px-4 py-10 sm:px-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Gmail SMTP Wizard</h1>
        <p className="text-zinc-700 dark:text-zinc-300">
          Find out why Gmail refuses your SMTP login, and what to do about it.
        </p>
      </header>
      <CheckForm />
    </main>
  );
}
