import "server-only";
import { type Credentials, loginOnce } from "./login";
import { type OpenPort, openPort, type PortOutcome } from "./open-port";
import { type Family, resolveHost } from "./resolve";
import { type Mail, sendOnce } from "./send";
import { type SmtpTarget, smtpTarget } from "./target";
import { type ProbeTimeouts, withDefaults } from "./timeouts";
import { scrub, scrubReply, secretForms } from "./transcript";
import { type FailureKind, INTERCEPTED_KINDS, type PortFailure, type PortMode, type ProbeResult, type SmtpReply } from "./types";
import { createWire, type PhaseListener, type Wire } from "./wire";

type Ready = Extract<PortOutcome, { ok: true }>;

/** A TLS port that ends with one of these needs no second opinion from the STARTTLS port: an interceptor, or a wrong clock. */
const CERTIFICATE_REFUSED: ReadonlySet<FailureKind> = new Set([...INTERCEPTED_KINDS, "tls-out-of-date"]);

const delay = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

export interface ProbeOptions {
  /** Only addresses of this family (the command line's --ipv4 / --ipv6). */
  family?: Family;
  /** Open only this port instead of both: the mode that worked (the test mail), or the one a check asked for (`mode`). */
  only?: PortMode;
  /** After a login answered 235, send this message over the same connection (the test mail). */
  mail?: Mail;
  /** Where to log in; the process's settings (smtp.gmail.com unless a test says otherwise) by default. */
  target?: SmtpTarget;
  /** Called as each phase ends, so a page can show the check as it happens. */
  onPhase?: PhaseListener;
  /** Aborted when the person left the page: no AUTH is sent any more. */
  signal?: AbortSignal;
  /** Any timeout to change (tests); the others keep their defaults (timeouts.ts). */
  timeouts?: Partial<ProbeTimeouts>;
}

/**
 * Tries a real SMTP login. Both ports are opened at once up to the greeting; AUTH is sent
 * once, on the first port that is ready (the TLS port is preferred: when the STARTTLS port
 * wins, the TLS port gets `tlsPortGrace` more). Every socket is closed before this
 * resolves, and it resolves within `deadline` whatever the server does. Never throws for a
 * network or SMTP failure. When `signal` aborts (the person left the page), no AUTH is sent
 * any more and everything is closed at once (docs/architecture.md, "One login per check").
 */
export async function probeLogin(credentials: Credentials, options: ProbeOptions = {}): Promise<ProbeResult> {
  const started = Date.now();
  const target = options.target ?? smtpTarget();
  const timeouts = withDefaults(options.timeouts);
  const secrets = secretForms(credentials.user, credentials.pass);
  const wire = createWire(secrets, options.onPhase);
  // Replies are scrubbed like the transcript: a server that echoes the password back must
  // not get it onto the page.
  const clean = (r: SmtpReply): SmtpReply => ({ ...r, reply: scrubReply(r.reply, secrets) });
  const finish = (r: RunResult): ProbeResult => {
    const common = {
      failures: r.failures.map((f) => ({ ...f, message: scrub(f.message, secrets), ...(f.reply ? { reply: clean(f.reply) } : {}) })),
      phases: wire.phases(),
      transcript: wire.lines(),
      routes: wire.routes(),
      elapsedMs: Date.now() - started,
    };
    if (r.outcome !== "replied") return { ...r, ...common };
    const sent =
      r.sent && !r.sent.ok
        ? { ...r.sent, message: scrub(r.sent.message, secrets), ...(r.sent.reply ? { reply: clean(r.sent.reply) } : {}) }
        : r.sent;
    return { ...r, ...common, reply: clean(r.reply), ...(sent ? { sent } : {}) };
  };
  const state: RunState = {
    attempts: [],
    signal: options.signal,
    timeouts,
    ...(options.only ? { only: options.only } : {}),
    ...(options.family ? { family: options.family } : {}),
    ...(options.mail ? { mail: options.mail } : {}),
  };
  let timer: NodeJS.Timeout | undefined;
  // The closing goodbye (QUIT) gets its time inside the deadline, not after it.
  const deadline = new Promise<"deadline">((r) => (timer = setTimeout(() => r("deadline"), timeouts.deadline - timeouts.closeTimeout)));
  const aborted = new Promise<"aborted">((r) => {
    if (options.signal?.aborted) r("aborted");
    options.signal?.addEventListener("abort", () => r("aborted"), { once: true });
  });
  try {
    const result = await Promise.race([run(credentials, target, wire, state), deadline, aborted]);
    if (typeof result !== "string") return finish(result);
    // From here on the app closes the connections itself: nothing the login attempt says
    // afterwards ("the server closed the connection") is true, so it is not recorded.
    state.stopped = true;
    const waiting = state.login ? " while it waited for the answer to the login" : "";
    wire.note(
      null,
      result === "deadline"
        ? `The check's deadline of ${timeouts.deadline / 1000} s ran out: the app closed the connection${waiting}`
        : `The page was closed: the app stopped the check${waiting}`,
    );
    await Promise.all(
      state.attempts.map((a) => (result === "deadline" ? a.close("deadline") : a.close("cancelled", "the page was closed"))),
    );
    const outcomes = await Promise.all(state.attempts.map((a) => a.outcome));
    const failures = outcomes.flatMap((o) => (o.ok ? [] : [o.failure]));
    // A login under way when time ran out got no answer: say so (it is not a blocked network).
    if (state.login)
      failures.push({ ...state.login, phase: "login", kind: "deadline", message: "No answer to the login before the deadline" });
    return finish({ outcome: "failed", failures });
  } finally {
    clearTimeout(timer);
    await Promise.all(state.attempts.map((a) => a.close()));
  }
}

interface RunState {
  attempts: OpenPort[];
  signal: AbortSignal | undefined;
  timeouts: ProbeTimeouts;
  /** Set when AUTH is about to be sent, on this port. */
  login?: { port: number; mode: PortMode };
  /** Set when the deadline or the page ended the check: the app is closing everything. */
  stopped?: boolean;
  only?: PortMode;
  mail?: Mail;
  family?: Family;
}

type RunResult =
  | Omit<Extract<ProbeResult, { outcome: "replied" }>, "phases" | "transcript" | "elapsedMs" | "routes">
  | Omit<Extract<ProbeResult, { outcome: "failed" }>, "phases" | "transcript" | "elapsedMs" | "routes">;

async function run(credentials: Credentials, target: SmtpTarget, wire: Wire, state: RunState): Promise<RunResult> {
  const dns = await resolveHost(target.host, state.timeouts.dnsTimeout, state.family);
  if (!dns.ok) {
    wire.phase({ name: "dns", ok: false, ms: dns.ms });
    wire.note(null, `could not find ${target.host}: ${dns.code}`);
    const failures: PortFailure[] = [target.tlsPort, target.starttlsPort].map((port, i) => ({
      port,
      mode: i === 0 ? "tls" : "starttls",
      phase: "dns",
      // A lookup that never answers is a name problem too (dns-failed), not a blocked port.
      kind: "dns",
      message: dns.message,
    }));
    return { outcome: "failed", failures };
  }
  if (dns.addresses.length) {
    wire.phase({ name: "dns", ok: true, ms: dns.ms });
    wire.note(null, `${target.host} is ${dns.addresses.join(", ")}`);
  }
  const open = (mode: PortMode) =>
    openPort(
      { host: target.host, port: mode === "tls" ? target.tlsPort : target.starttlsPort, mode, addresses: dns.addresses },
      wire,
      state.timeouts,
    );
  let ready: Ready | undefined;
  let failures: PortFailure[] = [];
  if (state.only) {
    // One port only: the mode that worked (the test mail), or the one the check asked for.
    const one = open(state.only);
    state.attempts.push(one);
    const outcome = await one.outcome;
    if (!outcome.ok) return { outcome: "failed", failures: [outcome.failure], ...(outcome.banner ? { banner: outcome.banner } : {}) };
    ready = outcome;
  } else {
    const tlsPort = open("tls");
    const startPort = open("starttls");
    state.attempts.push(tlsPort, startPort);
    ready = await firstReady(tlsPort, startPort, state.timeouts.tlsPortGrace);
    const other = ready?.port === target.tlsPort ? startPort : tlsPort;
    if (!ready) {
      const outcomes = await Promise.all([tlsPort.outcome, startPort.outcome]);
      const banner = outcomes.find((o) => o.banner)?.banner;
      return { outcome: "failed", failures: outcomes.flatMap((o) => (o.ok ? [] : [o.failure])), ...(banner ? { banner } : {}) };
    }
    // Only one login per check: AUTH goes to the ready port only. The other port is closed
    // first: a port still on its way settles as "cancelled" in this very call, so it can
    // never become ready (nor log in) later. Its goodbye (a QUIT when it was ready) then
    // runs alongside the login instead of before it; probeLogin waits for every socket to
    // be closed before it returns (the `finally` there).
    void other.close("cancelled");
    const otherOutcome = await other.outcome;
    failures = otherOutcome.ok ? [] : [otherOutcome.failure];
  }
  if (state.signal?.aborted) {
    failures.push({
      port: ready.port,
      mode: ready.mode,
      phase: "login",
      kind: "cancelled",
      message: "The page was closed before the login",
    });
    return { outcome: "failed", failures, banner: ready.banner };
  }
  const loginStart = Date.now();
  state.login = { port: ready.port, mode: ready.mode };
  const login = await loginOnce(ready.connection, ready.port, credentials, state.timeouts.loginTimeout);
  if (state.stopped) return { outcome: "failed", failures };
  wire.phase({ name: "login", port: ready.port, ok: login.replied && login.reply.code === 235, ms: Date.now() - loginStart });
  if (login.replied) {
    const replied = { outcome: "replied" as const, port: ready.port, mode: ready.mode, reply: login.reply, failures, banner: ready.banner };
    if (!state.mail || login.reply.code !== 235) return replied;
    const sendStart = Date.now();
    const sent = await sendOnce(ready.connection, ready.port, state.mail, state.timeouts.loginTimeout);
    if (state.stopped) return replied;
    wire.phase({ name: "send", port: ready.port, ok: sent.ok, ms: Date.now() - sendStart });
    if (!sent.ok) wire.note(ready.port, `${sent.stage} refused: ${sent.message}`);
    return { ...replied, sent };
  }
  wire.note(ready.port, `login failed: ${login.message}`);
  failures.push({ port: ready.port, mode: ready.mode, phase: "login", kind: login.kind, message: login.message });
  return { outcome: "failed", failures, banner: ready.banner };
}

/** The port to log in on, or undefined when neither became ready. */
async function firstReady(tlsPort: OpenPort, startPort: OpenPort, graceMs: number): Promise<Ready | undefined> {
  const first = await Promise.race([
    tlsPort.outcome.then((o) => ({ which: "tls" as const, o })),
    startPort.outcome.then((o) => ({ which: "starttls" as const, o })),
  ]);
  if (first.which === "tls" && first.o.ok) return first.o;
  if (first.which === "tls") {
    // A certificate the TLS port refused settles the check at once, as it would for the
    // person's program: the STARTTLS port is still several round trips from its own
    // certificate (greeting, EHLO, STARTTLS), and waiting for it would make this answer
    // slower than nodemailer's (docs/architecture.md, "One login per check"). Unless the
    // STARTTLS port became ready in the same turn: then it logs in, as it would have a moment later.
    if (!first.o.ok && CERTIFICATE_REFUSED.has(first.o.failure.kind)) {
      const already = await Promise.race([startPort.outcome, Promise.resolve(undefined)]);
      if (already?.ok) return already;
      await startPort.close("cancelled", `port ${first.o.failure.port}'s certificate already answered the check`);
      return undefined;
    }
    const s = await startPort.outcome;
    return s.ok ? s : undefined;
  }
  // The STARTTLS port answered first: give the preferred TLS port a short grace period.
  const t = await Promise.race([tlsPort.outcome, delay(graceMs).then(() => undefined)]);
  if (t?.ok) return t;
  if (first.o.ok) return first.o;
  const late = await tlsPort.outcome;
  return late.ok ? late : undefined;
}
