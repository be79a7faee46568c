"use client";

import dynamic from "next/dynamic";
import { useCallback, useEffect, useRef, useState } from "react";
import { Card } from "@/components/ui/card";
import { requestCheck } from "@/lib/check/client";
import type { Phase } from "@/lib/smtp/types";
import { CheckForm, type FormError } from "./check-form";
import { CheckingPanel } from "./checking-panel";
import { Progress } from "./progress";
import { useWizardHistory } from "./use-wizard-history";
import { ViewHeading } from "./view-heading";
import { stageOf } from "./views";
import { useSecondsLeft, WaitCountdown } from "./wait-countdown";

// The first page holds only the form: every later view (and the fix-step content and
// drawings it brings) is loaded when it is first needed, and fetched ahead while a check
// runs, so the first page stays as light as a bare Next page.
const loadVerdict = () => import("./verdict-view");
const loadStep = () => import("./step-page");
const loadDone = () => import("./done-view");
const loadCopy = () => import("@/lib/steps/verdict-copy");
const VerdictView = dynamic(() => loadVerdict().then((m) => m.VerdictView));
const StepPage = dynamic(() => loadStep().then((m) => m.StepPage));
const DoneView = dynamic(() => loadDone().then((m) => m.DoneView));

const ADDRESS_KEY = "gmailSmtpWizard.address";

/** When the account may be tried again, from the server's answer (it enforces the pause). */
const until = (retryAfterSeconds: number | undefined) => (retryAfterSeconds ? Date.now() + retryAfterSeconds * 1000 : undefined);

/** The whole flow: enter → check → verdict → fix step(s) → test again → done. */
export function Wizard() {
  const { view, result, waitUntil, restored, go } = useWizardHistory();
  // The address is not a secret: it is kept in this tab's sessionStorage, so a reload of the
  // done page still shows it. The password never is (docs/architecture.md, "Secrets").
  const [email, setEmailState] = useState("");
  const setEmail = useCallback((value: string) => {
    setEmailState(value);
    try {
      sessionStorage.setItem(ADDRESS_KEY, value);
    } catch {
      // storage refused (a private window's quota): the address stays in memory only
    }
  }, []);
  // The password that just worked, in memory only, for the test mail; gone when the page is left.
  const [provenPassword, setProvenPassword] = useState<string | undefined>();
  useEffect(() => {
    try {
      const saved = sessionStorage.getItem(ADDRESS_KEY);
      if (saved) setEmailState(saved);
    } catch {
      // no storage: start empty
    }
    const forget = () => setProvenPassword(undefined);
    window.addEventListener("pagehide", forget);
    return () => window.removeEventListener("pagehide", forget);
  }, []);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<FormError | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [phases, setPhases] = useState<Phase[]>([]);
  // The server refused for a while (its own limits): the button counts down instead.
  const [blockedUntil, setBlockedUntil] = useState<number | undefined>();
  const blockedFor = useSecondsLeft(blockedUntil);
  // A second submit before React re-renders must not start a second check (a second login).
  const inFlight = useRef(false);

  async function check(address: string, password: string) {
    if (inFlight.current) return;
    inFlight.current = true;
    setProvenPassword(undefined);
    setChecking(true);
    setError(null);
    setAnnouncement("");
    setPhases([]);
    // Fetch the views the answer will need while Google answers.
    const copy = loadCopy();
    for (const load of [loadVerdict, loadStep, loadDone]) load().catch(() => {});
    const outcome = await requestCheck({ email: address, password }, (phase) => setPhases((list) => [...list, phase]));
    inFlight.current = false;
    setChecking(false);
    if (!outcome.ok) {
      const waitUntil = until(outcome.retryAfter);
      if (outcome.reason === "too-many-attempts" || outcome.reason === "google-unavailable") {
        // Google asked for a pause a moment ago: the wait step, with the server's countdown.
        setAnnouncement(outcome.message);
        go({ name: "step", step: "wait" }, { ...(result ? { result } : {}), ...(waitUntil ? { waitUntil } : {}) });
        return;
      }
      setBlockedUntil(waitUntil);
      setError({ field: outcome.field, message: outcome.message });
      return;
    }
    const r = outcome.result;
    if (r.verdict === "ok") setProvenPassword(password);
    const { getVerdictCopy } = await copy;
    setAnnouncement(
      r.verdict === "ok" ? "It works: Google accepted the login." : getVerdictCopy(r.verdict, r.passwordKind, r.retryAfter).headline,
    );
    const waitUntil = until(r.retryAfter);
    go(r.verdict === "ok" ? { name: "done" } : { name: "verdict" }, { result: r, ...(waitUntil ? { waitUntil } : {}) });
  }

  const formProps = {
    email,
    onEmailChange: setEmail,
    onSubmit: check,
    busy: checking,
    error,
    ...(blockedFor > 0 ? { blocked: <WaitCountdown seconds={blockedFor} what="You can try again" /> } : {}),
  };
  // Moving between steps keeps the result and the wait on the new history entry.
  const carried = { ...(result ? { result } : {}), ...(waitUntil ? { waitUntil } : {}) };
  let body: React.ReactNode;
  if (checking) {
    body = (
      <Card aria-label="Checking your login" aria-busy="true">
        <CheckingPanel phases={phases} />
      </Card>
    );
  } else if (view.name === "verdict" && result) {
    body = (
      <VerdictView result={result} onNext={(step) => go({ name: "step", step }, carried)} onChangeLogin={() => go({ name: "enter" })} />
    );
  } else if (view.name === "done" && result) {
    body = (
      <DoneView
        result={result}
        email={email}
        password={provenPassword}
        onCheckAnother={() => {
          setProvenPassword(undefined);
          go({ name: "enter" });
        }}
        onFixStep={(step) => go({ name: "step", step }, carried)}
      />
    );
  } else if (view.name === "step") {
    body = (
      <StepPage
        key={view.step}
        step={view.step}
        {...(result ? { result } : {})}
        {...(waitUntil ? { waitUntil } : {})}
        form={formProps}
        onNext={(next) => go({ name: "step", step: next }, carried)}
      />
    );
  } else {
    body = (
      <Card aria-labelledby="view-heading">
        <ViewHeading>Check your Gmail login</ViewHeading>
        <p className="text-zinc-700 dark:text-zinc-300">
          Enter the address and password your program uses. The app logs in to Gmail&apos;s mail server once and tells you what Google said.
        </p>
        <CheckForm {...formProps} submitLabel="Check my login" />
      </Card>
    );
  }

  return (
    <div className="flex flex-col gap-6" data-view={restored ? (view.name === "step" ? view.step : view.name) : "loading"}>
      <Progress current={stageOf(view, checking)} />
      {body}
      <div role="status" aria-live="polite" className="sr-only" data-testid="announcer">
        {announcement}
      </div>
    </div>
  );
}
