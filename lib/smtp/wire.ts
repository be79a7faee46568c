import type tls from "node:tls";
import { createTranscript, type Transcript, type TranscriptLine } from "./transcript";
import type { Phase, Route } from "./types";

// What one check saw on the wire: the redacted transcript, the phases with timings, and
// the certificate each port presented. Shared by both ports of a check.

export interface Wire extends Pick<Transcript, "client" | "server" | "note"> {
  phase(p: Phase): void;
  /** Records TLS details of a secured socket (protocol, subject and issuer of its certificate). */
  watchTls(port: number, socket: tls.TLSSocket): void;
  /** The issuer last seen on this port, e.g. "CN=Avast Web/Mail Shield Root, O=Avast Web/Mail Shield". */
  issuer(port: number): string | undefined;
  /** The dates of the certificate last seen on this port (ISO 8601). */
  validity(port: number): { validFrom: string; validTo: string } | undefined;
  phases(): Phase[];
  lines(): TranscriptLine[];
  /** Records which addresses a port's connection tried, and which one answered. */
  route(r: Route): void;
  routes(): Route[];
}

type Dn = Record<string, string | string[] | undefined>;

function formatDn(dn: Dn | undefined): string | undefined {
  if (!dn) return undefined;
  const parts = ["CN", "O", "OU", "C"].flatMap((key) => {
    const value = dn[key];
    return value === undefined ? [] : [`${key}=${Array.isArray(value) ? value.join("+") : value}`];
  });
  return parts.length ? parts.join(", ") : undefined;
}

/** Called as each phase ends, so a page can show the check as it happens. */
export type PhaseListener = (phase: Phase) => void;

export function createWire(secrets: readonly string[], onPhase?: PhaseListener): Wire {
  const transcript = createTranscript(secrets);
  const phases: Phase[] = [];
  const issuers = new Map<number, string>();
  const validities = new Map<number, { validFrom: string; validTo: string }>();
  const routes: Route[] = [];
  const recordCertificate = (port: number, socket: tls.TLSSocket) => {
    const cert = socket.getPeerCertificate();
    if (!cert || Object.keys(cert).length === 0) return;
    const issuer = formatDn(cert.issuer as Dn | undefined);
    if (issuer) issuers.set(port, issuer);
    const from = Date.parse(cert.valid_from);
    const to = Date.parse(cert.valid_to);
    if (Number.isFinite(from) && Number.isFinite(to))
      validities.set(port, { validFrom: new Date(from).toISOString(), validTo: new Date(to).toISOString() });
    transcript.note(
      port,
      `${socket.getProtocol() ?? "TLS"}: certificate for ${formatDn(cert.subject as Dn | undefined) ?? "?"}, issued by ${issuer ?? "?"}`,
    );
  };
  return {
    client: transcript.client,
    server: transcript.server,
    note: transcript.note,
    phase: (p) => {
      phases.push(p);
      try {
        onPhase?.(p);
      } catch {
        // A listener that fails (a page that went away) must never stop the check.
      }
    },
    watchTls(port, socket) {
      if (socket.encrypted && socket.getPeerCertificate() && socket.authorized) return recordCertificate(port, socket);
      // Node emits its internal "secure" event when the handshake is done and verifies the
      // certificate in its own listener, destroying the socket when verification fails.
      // Listening first is the only way to read who issued an untrusted certificate (to
      // name the antivirus or proxy); verification itself is untouched.
      socket.prependOnceListener("secure", () => {
        try {
          recordCertificate(port, socket);
        } catch {
          // no certificate to read: the issuer stays unknown
        }
      });
    },
    issuer: (port) => issuers.get(port),
    validity: (port) => validities.get(port),
    phases: () => [...phases],
    route: (r) => {
      routes.push(r);
    },
    routes: () => routes.map((r) => ({ ...r, tried: [...r.tried] })),
    lines: () => transcript.lines(),
  };
}

interface LoggerHooks {
  greeting(line: string): void;
  starttls(): void;
  upgraded(): void;
}

type LogFn = (entry: { tnx?: string } | undefined, message?: unknown, ...args: unknown[]) => void;

/** A bunyan-shaped logger for nodemailer that feeds the wire instead of a console. */
export function transcriptLogger(wire: Wire, port: number, hooks: LoggerHooks): Record<string, LogFn> {
  let greeted = false;
  const log: LogFn = (entry, message, ...args) => {
    const text = typeof message === "string" ? message.replace(/%s/g, () => String(args.shift() ?? "")) : "";
    if (entry?.tnx === "client") {
      if (/^STARTTLS$/i.test(text)) hooks.starttls();
      wire.client(port, text);
    } else if (entry?.tnx === "server") {
      if (!greeted) {
        greeted = true;
        hooks.greeting(text);
      }
      wire.server(port, text);
    } else if (text === "Connection upgraded with STARTTLS") {
      hooks.upgraded();
    }
  };
  return { trace: log, debug: log, info: log, warn: log, error: log, fatal: log };
}
