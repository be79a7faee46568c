import "server-only";
import net from "node:net";
import tls from "node:tls";
import SMTPConnection from "nodemailer/lib/smtp-connection";
import { classifyError, describeError, type ErrorLike, parseReply } from "./errors";
import type { ProbeTimeouts } from "./timeouts";
import { type FailureKind, INTERCEPTED_KINDS, type PhaseName, type PortFailure, type PortMode } from "./types";
import { transcriptLogger, type Wire } from "./wire";

// Opens one port as far as "ready to log in": TCP connect, TLS (from the first byte on the
// TLS port, by STARTTLS on the other), greeting and EHLO. The login itself is not done
// here: the probe logs in once, on whichever port is ready first.

/**
 * Every TLS connection verifies the certificate, whatever the environment says: Node's
 * NODE_TLS_REJECT_UNAUTHORIZED set to 0 (globally, to get past a proxy) would otherwise hand the
 * password to whoever re-signs the connection (docs/architecture.md, "Secrets").
 */
const VERIFY = { rejectUnauthorized: true, minVersion: "TLSv1.2" } as const;

/** Fixed EHLO name: an address literal, so the computer's own hostname never leaves it. */
export const EHLO_NAME = "[127.0.0.1]";

export interface PortTarget {
  host: string;
  port: number;
  mode: PortMode;
  /** Resolved addresses of host, tried in order by node:net. Empty when host is an IP. */
  addresses: readonly string[];
}

export type PortOutcome =
  | { ok: true; port: number; mode: PortMode; connection: SMTPConnection; banner: string }
  | { ok: false; failure: PortFailure; banner?: string };

export interface OpenPort {
  outcome: Promise<PortOutcome>;
  /**
   * Closes everything this attempt opened; resolves once the TCP socket is closed. A port
   * not yet ready settles as "cancelled" (or "deadline") synchronously, in this call;
   * `why` is what the transcript says of a cancelled port (by default: the login goes
   * through the other port).
   */
  close(reason?: "cancelled" | "deadline", why?: string): Promise<void>;
}

function lookupFrom(addresses: readonly string[]): net.LookupFunction | undefined {
  const all = addresses.map((address) => ({ address, family: net.isIPv6(address) ? 6 : 4 }));
  const first = all[0];
  if (!first) return undefined;
  return (_host, options, callback) => {
    if (options.all) (callback as (e: null, a: typeof all) => void)(null, all);
    else callback(null, first.address, first.family);
  };
}

export function openPort(target: PortTarget, wire: Wire, timeouts: ProbeTimeouts): OpenPort {
  const { port, mode } = target;
  const servername = net.isIP(target.host) ? undefined : target.host;
  let phase: PhaseName = "connect";
  let phaseStart = Date.now();
  let banner: string | undefined;
  let connection: SMTPConnection | undefined;
  let settled = false;
  let resolveOutcome!: (o: PortOutcome) => void;
  const outcome = new Promise<PortOutcome>((r) => (resolveOutcome = r));

  const raw = net.connect({ host: target.host, port, lookup: lookupFrom(target.addresses), autoSelectFamily: true });
  const closed = new Promise<void>((r) => raw.once("close", () => r()));
  let timer = setTimeout(() => fail({ code: "ETIMEDOUT", message: "Connection timeout" }), timeouts.connectionTimeout);

  const enter = (next: PhaseName, timeoutMs: number) => {
    wire.phase({ name: phase, port, ok: true, ms: Date.now() - phaseStart });
    phase = next;
    phaseStart = Date.now();
    clearTimeout(timer);
    timer = setTimeout(() => fail({ code: "ETIMEDOUT", message: `${next} timeout` }), timeoutMs);
  };

  /**
   * A timeout after the connection opened (no TLS handshake, no greeting) means something
   * took the connection that is not an SMTP server: a silent proxy, a plain client on 465
   * ("Greeting never received", docs/gmail-replies.md#network-and-tls-failures). Only a
   * timeout while connecting is a block.
   */
  const kindOf = (err: ErrorLike): FailureKind => {
    const kind = classifyError(err, phase);
    return kind === "timeout" && (phase === "tls" || phase === "greeting") ? "not-smtp" : kind;
  };

  function fail(err: ErrorLike, kind = kindOf(err), why = "the login goes through the other port") {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    const reply = typeof err.response === "string" ? parseReply(err.response, port, String(err.command ?? "CONN")) : undefined;
    const failure: PortFailure = { port, mode, phase, kind, message: describeError(err), ...(reply ? { reply } : {}) };
    // Only a certificate that was refused names an issuer worth showing (an antivirus, a
    // proxy); a port closed after a good handshake saw Google's own.
    const issuer = INTERCEPTED_KINDS.has(kind) ? wire.issuer(port) : undefined;
    if (issuer) failure.certIssuer = issuer;
    const validity = kind === "tls-out-of-date" ? wire.validity(port) : undefined;
    if (validity) failure.certValidity = validity;
    // Settle first: whatever happens below, the probe must learn how this port ended.
    resolveOutcome({ ok: false, failure, ...(banner ? { banner } : {}) });
    if (kind === "cancelled") {
      // Not a failure: the other port settled the check, so this one is no longer needed.
      wire.note(port, `closed: ${why}`);
    } else {
      wire.phase({ name: phase, port, ok: false, ms: Date.now() - phaseStart });
      wire.note(port, `${phase} failed: ${describeError(err)}`);
    }
    connection?.close();
    raw.destroy();
  }

  // Node tries each address in turn (Happy Eyeballs); which ones it tried tells a family
  // that cannot be reached (an IPv6 route that is broken) from one that answered.
  const tried = () =>
    ((raw as net.Socket & { autoSelectFamilyAttemptedAddresses?: string[] }).autoSelectFamilyAttemptedAddresses ?? []).map((a) =>
      a.endsWith(`:${port}`) ? a.slice(0, -`:${port}`.length) : a,
    );
  raw.once("error", (err) => {
    if (phase === "connect") wire.route({ port, tried: tried() });
    fail(err);
  });
  raw.once("connect", () => {
    const connected = raw.remoteAddress;
    wire.route({ port, tried: tried(), ...(connected ? { connected } : {}) });
    wire.note(port, `connected to ${raw.remoteAddress ?? target.host}:${port}`);
    if (mode === "tls") {
      enter("tls", timeouts.tlsTimeout);
      const secure = tls.connect({ socket: raw, host: target.host, ...VERIFY, ...(servername ? { servername } : {}) });
      wire.watchTls(port, secure);
      secure.once("error", (err) => fail(err));
      secure.once("secureConnect", () => {
        enter("greeting", timeouts.greetingTimeout);
        startSmtp(secure);
      });
    } else {
      enter("greeting", timeouts.greetingTimeout);
      startSmtp(raw);
    }
  });

  function startSmtp(socket: net.Socket) {
    const conn = new SMTPConnection({
      connection: socket,
      secure: mode === "tls",
      secured: mode === "tls",
      requireTLS: mode === "starttls",
      host: target.host,
      port,
      ...(servername ? { servername } : {}),
      tls: { ...VERIFY, ...(servername ? { servername } : {}) },
      name: EHLO_NAME,
      greetingTimeout: timeouts.greetingTimeout,
      connectionTimeout: timeouts.greetingTimeout,
      socketTimeout: timeouts.loginTimeout,
      socketCloseTimeout: 0,
      transactionLog: true,
      logger: transcriptLogger(wire, port, {
        greeting: (line) => {
          banner ??= line;
        },
        starttls: () => enter("tls", timeouts.tlsTimeout),
        upgraded: () => {
          const secure = conn._socket;
          if (secure instanceof tls.TLSSocket) wire.watchTls(port, secure);
        },
      }),
    });
    connection = conn;
    conn.on("error", (err: ErrorLike) => fail(err));
    conn.connect((err?: ErrorLike | null) => {
      if (err) return fail(err);
      if (settled) return;
      if (!conn.allowsAuth) return fail({ message: "The server did not offer to log in after TLS" }, "no-auth");
      settled = true;
      clearTimeout(timer);
      resolveOutcome({ ok: true, port, mode, connection: conn, banner: banner ?? "" });
      wire.phase({ name: phase, port, ok: true, ms: Date.now() - phaseStart });
    });
  }

  let closing: Promise<void> | undefined;
  /**
   * A port that is still on its way settles as closed at once (it can never be ready, nor
   * log in, afterwards). A ready one gets a goodbye: QUIT, then our end of the connection
   * right behind it (TLS close_notify, FIN), and it is closed as soon as those are on their
   * way. The answer to QUIT is not awaited: it would cost one more round trip, after the
   * login, before the person sees the answer (docs/architecture.md, "One login per check").
   */
  const shutDown = async (reason: "cancelled" | "deadline", why?: string) => {
    if (!settled) fail({ code: reason === "deadline" ? "EDEADLINE" : "ECANCELLED", message: `closed: ${reason}` }, reason, why);
    clearTimeout(timer);
    const socket = connection?._socket || undefined;
    if (connection && socket?.writable && !raw.destroyed && reason === "cancelled") {
      connection.quit();
      await new Promise<void>((r) => {
        const bound = setTimeout(r, timeouts.closeTimeout).unref();
        socket.end(() => {
          clearTimeout(bound);
          r();
        });
      });
    }
    connection?.close();
    raw.destroy();
    await closed;
  };

  return {
    outcome,
    // Once: a second call (the probe's final clean-up) waits for the same close, and never
    // says QUIT twice.
    close: (reason = "cancelled", why) => (closing ??= shutDown(reason, why)),
  };
}
