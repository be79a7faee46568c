// Every limit of one check, in milliseconds. nodemailer's defaults (2 min to connect, 30 s
// for the greeting, 10 min of socket idle) are far too long for a person watching a page;
// Gmail answers each of these steps in well under a second on a working network. Like
// nodemailer's greetingTimeout/socketTimeout they are options, so a test of a timeout can
// take milliseconds instead of seconds.

export interface ProbeTimeouts {
  /** How long resolving the SMTP host may take. */
  dnsTimeout: number;
  /** How long the TCP connection may take to open. */
  connectionTimeout: number;
  /** How long a TLS handshake may take: on 465 right after connecting, on 587 from STARTTLS to the secured EHLO answer. */
  tlsTimeout: number;
  /** How long the greeting and the EHLO answer together may take after connecting (or after TLS on 465). */
  greetingTimeout: number;
  /** How long the server may stay silent during the login. */
  loginTimeout: number;
  /** When the STARTTLS port is ready first, how long to wait for the preferred TLS port. */
  tlsPortGrace: number;
  /** The check's own deadline: whatever the server does, it ends and closes by then. */
  deadline: number;
  /** How long a goodbye (QUIT, then our end of the connection) may take to go out before the socket is destroyed; its answer is not awaited. */
  closeTimeout: number;
}

export const DEFAULT_TIMEOUTS: Readonly<ProbeTimeouts> = Object.freeze({
  dnsTimeout: 4_000,
  connectionTimeout: 5_000,
  tlsTimeout: 5_000,
  // Two round trips (greeting, then EHLO's answer) with a generous margin: exceeded only where
  // a round trip takes over 1.7 s. A server that trickles its answers is told apart from Gmail
  // in 3.5 s instead of nodemailer's 30 s or more (`npm run bench`).
  greetingTimeout: 3_500,
  loginTimeout: 8_000,
  tlsPortGrace: 750,
  deadline: 15_000,
  closeTimeout: 500,
});

/** The defaults, with any given option in their place. */
export function withDefaults(timeouts: Partial<ProbeTimeouts> = {}): ProbeTimeouts {
  return { ...DEFAULT_TIMEOUTS, ...timeouts };
}
