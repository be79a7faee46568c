// Every limit of one check, in milliseconds. nodemailer's defaults (2 min to connect,
// 30 s for the greeting, 10 min of socket idle) are far too long for a person watching a
// page; Gmail answers each of these steps in well under a second on a working network.

/** How long resolving smtp.gmail.com may take. */
export const DNS_TIMEOUT_MS = 4_000;
/** How long the TCP connection may take to open. */
export const CONNECT_TIMEOUT_MS = 5_000;
/** How long a TLS handshake may take: on 465 right after connecting, on 587 from STARTTLS to the secured EHLO answer. */
export const TLS_TIMEOUT_MS = 5_000;
/** How long the greeting and the EHLO answer together may take after connecting (or after TLS on 465). */
export const GREETING_TIMEOUT_MS = 5_000;
/** How long the server may stay silent during the login. */
export const LOGIN_TIMEOUT_MS = 8_000;
/** When the STARTTLS port is ready first, how long to wait for the preferred TLS port. */
export const TLS_PORT_GRACE_MS = 750;
/** The probe's own deadline: whatever the server does, the check ends and closes by then. */
export const OVERALL_DEADLINE_MS = 15_000;
/** How long a QUIT may take before the socket is destroyed. */
export const CLOSE_TIMEOUT_MS = 500;
