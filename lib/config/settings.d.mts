export interface Settings {
  /** The web server's port (it always binds 127.0.0.1). */
  readonly port: number;
  /** Where the probe logs in: smtp.gmail.com, 465, 587 unless a test points it elsewhere. */
  readonly smtp: { readonly host: string; readonly tlsPort: number; readonly starttlsPort: number };
  /** Whether `npm start` may open a browser (not under CI, not with BROWSER=none). */
  readonly openBrowser: boolean;
  /** Tests only: a file holding milliseconds to add to the clock of the account limits. */
  readonly testClockFile: string | undefined;
  /** Where DNS look-ups go (GMAIL_DNS_SERVERS); undefined: the system's resolver. */
  readonly dnsServers: readonly string[] | undefined;
}
export class SettingsError extends Error {}
export function readSettings(env?: Record<string, string | undefined>): Settings;
export function settings(): Settings;
