"use client";

import dynamic from "next/dynamic";
import { useCallback, useEffect, useRef, useState } from "react";
import { Card } from "@/components/ui/card";
import { requestCheck } from "@/lib/check/client";
import type { PasswordKind } from "@/lib/diagnosis/ids";
import type { Phase } from "@/lib/smtp/types";
import { LIMIT_COPY } from "@/lib/steps/limit-copy";
import type { RunsOn } from "@/lib/steps/types";
import { CheckForm, type FormError } from "./check-form";
import { CheckingPanel } from "./checking-panel";
import { Progress } from "./progress";
import { RunsOnField } from "./runs-on-field";
import { useWizardHistory } from "./use-wizard-history";
import { ViewHeading } from "./view-heading";
import { addTry, type OnePort, stageOf } from "./views";
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
const RUNS_ON_KEY = "gmailSmtpWizard.runsOn";
const RUNS_ON: readonly RunsOn[] = ["this-computer", "server", "device"];

/** sessionStorage, which a private window may refuse: then the value lives in memory only. */
function remember(key: string, value: string) {
  try {
    sessionStorage.setItem(key, value);
  } catch {
    // storage refused
  }
}
function recall(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

/** When the account may be tried again, from the server's answer (it enforces the pause). */
const until = (retryAfterSeconds: number | undefined) => (retryAfterSeconds ? Date.now() + retryAfterSeconds * 1000 : undefined);

/** The whole flow: enter → check → verdict → fix step(s) → test again → done. */
export function Wizard() {
  const { view, result, waitUntil, tries = [], fixing = false, onlyPort, restored, go } = useWizardHistory();
  // The address is not a secret: it is kept in this tab's sessionStorage, so a reload of the
  // done page still shows it. The password never is (docs/architecture.md, "Secrets").
  const [email, setEmailState] = useState("");
  const setEmail = useCallback((value: string) => {
    setEmailState(value);
    remember(ADDRESS_KEY, value);
  }, []);
  // Where the person's program runs, asked on the first page and kept for the session.
  const [runsOn, setRunsOnState] = useState<RunsOn | undefined>();
  const setRunsOn = useCallback((value: RunsOn) => {
    setRunsOnState(value);
    remember(RUNS_ON_KEY, value);
  }, []);
  // The password that just worked, in memory only, for the test mail; gone when the page is left.
  const [provenPassword, setProvenPassword] = useState<string | undefined>();
  useEffect(() => {
    const saved = recall(ADDRESS_KEY);
    if (saved) setEmailState(saved);
    const where = RUNS_ON.find((r) => r === recall(RUNS_ON_KEY));
    if (where) setRunsOnState(where);
    const forget = () => setProvenPassword(undefined);
    window.addEventListener("pagehide", forget);
    return () => window.removeEventListener("pagehide", forget);
  }, []);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<FormError | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [phases, setPhases] = useState<Phase[]>([]);
  // How many ports the running check opened (one after "Test port 587 alone"), for its progress.
  const [checkPorts, setCheckPorts] = useState(2);
  // The server refused for a while (its own limits): the button counts down instead.
  const [blockedUntil, setBlockedUntil] = useState<number | undefined>();
  const blockedFor = useSecondsLeft(blockedUntil);
  // A second submit before React re-renders must not start a second check (a second login).
  const inFlight = useRef(false);
  // The address of the last check, in memory only: a new address starts a new list of tries
  // (and tests both ports again).
  const triedAddress = useRef<string | undefined>(undefined);
  const isTriedAddress = (address: string) => triedAddress.current === undefined || triedAddress.current === address.trim().toLowerCase();
  // After "Test port 587 alone", this address's tests from fix steps stay on that port (the
  // history entry keeps it); a check from the first page, or of another address, tests both.
  const stickyPort = view.name !== "enter" && isTriedAddress(email) ? onlyPort : undefined;

  /** Runs one check; true once a login was tried, false when it was refused before one (the form keeps the password). */
  async function check(address: string, password: string, passwordKind?: PasswordKind, only?: OnePort): Promise<boolean> {
    if (inFlight.current) return false;
    inFlight.current = true;
    try {
      return await runOneCheck(address, password, passwordKind, only);
    } catch {
      // Part of the page's code could not load (the app stopped, or was rebuilt meanwhile).
      setError({ field: null, message: "Part of this page could not load. Reload the page and try again." });
      return false;
    } finally {
      // Only once the answer is on screen (or the check failed): until then the form stays hidden.
      inFlight.current = false;
      setChecking(false);
    }
  }

  async function runOneCheck(address: string, password: string, passwordKind?: PasswordKind, only?: OnePort): Promise<boolean> {
    // A test again from a fix step stays on Fix in the progress bar, answer included.
    const fromStep = view.name === "step";
    setProvenPassword(undefined);
    setChecking(true);
    setError(null);
    setAnnouncement("");
    setPhases([]);
    // Fetch the views the answer will need while Google answers.
    const copy = loadCopy();
    for (const load of [loadVerdict, loadStep, loadDone]) load().catch(() => {});
    const key = address.toLowerCase();
    const sameAddress = isTriedAddress(key);
    // "Test port 587 alone" from the interception step, or a later test from a fix step after it.
    const keep = only ?? stickyPort;
    setCheckPorts(keep ? 1 : 2);
    const request = { email: address, password, ...(passwordKind ? { passwordKind } : {}), ...(keep ? { mode: keep.mode } : {}) };
    const outcome = await requestCheck(request, (phase) => setPhases((list) => [...list, phase]));
    if (!outcome.ok) {
      const waitUntil = until(outcome.retryAfter);
      if (outcome.reason === "too-many-attempts" || outcome.reason === "google-unavailable") {
        // Google asked for a pause a moment ago: the wait step, with the server's countdown.
        setAnnouncement(outcome.message);
        go(
          { name: "step", step: "wait" },
          {
            ...(result ? { result } : {}),
            ...(waitUntil ? { waitUntil } : {}),
            tries,
            fixing: true,
            ...(stickyPort ? { onlyPort: stickyPort } : {}),
          },
        );
        return false;
      }
      setBlockedUntil(waitUntil);
      // Beside a countdown the server's "Wait 57 seconds" would go stale: say why, and let the button count.
      setError({ field: outcome.field, message: waitUntil && outcome.reason ? LIMIT_COPY[outcome.reason] : outcome.message });
      return false;
    }
    const r = outcome.result;
    if (r.verdict === "ok") setProvenPassword(password);
    // Another address is another story: its tries start again at 1.
    triedAddress.current = key;
    const nextTries = addTry(tries, { verdict: r.verdict, passwordKind: r.passwordKind, at: Date.now() }, sameAddress);
    // The words come with the views' code; if that cannot load, the view itself says why.
    const headline = await copy
      .then(({ getVerdictCopy }) => getVerdictCopy(r.verdict, r.passwordKind, r.retryAfter).headline)
      .catch(() => "");
    setAnnouncement(r.verdict === "ok" ? "It works: Google accepted the login." : headline);
    const waitUntil = until(r.retryAfter);
    go(r.verdict === "ok" ? { name: "done" } : { name: "verdict" }, {
      result: r,
      ...(waitUntil ? { waitUntil } : {}),
      tries: nextTries,
      fixing: fromStep,
      ...(keep ? { onlyPort: keep } : {}),
    });
    return true;
  }

  const formProps = {
    email,
    onEmailChange: setEmail,
    onSubmit: check,
    busy: checking,
    error,
    ...(blockedFor > 0 ? { blocked: <WaitCountdown seconds={blockedFor} what="You can try again" /> } : {}),
  };
  // Moving between steps keeps the result, the wait and the tries on the new history entry.
  const carried = { ...(result ? { result } : {}), ...(waitUntil ? { waitUntil } : {}), tries, ...(onlyPort ? { onlyPort } : {}) };
  let body: React.ReactNode;
  if (view.name === "verdict" && result) {
    body = (
      <VerdictView
        result={result}
        tries={tries}
        onNext={(step) => go({ name: "step", step }, { ...carried, fixing: true })}
        onChangeLogin={() => go({ name: "enter" }, { tries })}
      />
    );
  } else if (view.name === "done" && result) {
    body = (
      <DoneView
        result={result}
        email={email}
        password={provenPassword}
        {...(runsOn ? { runsOn } : {})}
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
        {...(stickyPort ? { onlyPort: stickyPort.port } : {})}
        {...(waitUntil ? { waitUntil } : {})}
        {...(runsOn ? { runsOn } : {})}
        form={formProps}
        onNext={(next) => go({ name: "step", step: next }, { ...carried, fixing: true })}
      />
    );
  } else {
    body = (
      <Card aria-labelledby="view-heading">
        <ViewHeading>Check your Gmail login</ViewHeading>
        <div className="flex flex-col gap-1 text-zinc-700 dark:text-zinc-300">
          <p>
            Enter the address and password your program uses. This wizard logs in to Google once, which takes a few seconds, and tells you
            in plain words what Google said and what to do.
          </p>
          <p>Google may email you a security alert about this sign-in. That is expected.</p>
        </div>
        <CheckForm
          {...formProps}
          submitLabel="Check my login"
          askKind={{ onSetUpAppPassword: () => go({ name: "step", step: "less-secure-access" }, { tries, fixing: true }) }}
          extra={<RunsOnField value={runsOn} onChange={setRunsOn} />}
        />
      </Card>
    );
  }

  return (
    <div className="flex flex-col gap-6" data-view={restored ? (view.name === "step" ? view.step : view.name) : "loading"}>
      <Progress current={stageOf(view, checking, checking ? view.name === "step" : fixing)} />
      {checking && (
        <Card aria-label="Checking your login" aria-busy="true">
          <CheckingPanel phases={phases} ports={checkPorts} />
        </Card>
      )}
      {/* Hidden, not removed, while a check runs: a check refused before any login keeps what was typed. */}
      <div hidden={checking}>{body}</div>
      <div role="status" aria-live="polite" className="sr-only" data-testid="announcer">
        {announcement}
      </div>
    </div>
  );
}
