// The proven settings behind the done page, and what each program calls them. Pure data: the
// generators in this folder turn one login that worked into a program's own field names,
// option words and a snippet to copy.

export type Mode = "tls" | "starttls"; // "tls" = implicit TLS (465), "starttls" = STARTTLS (587)

export interface ProvenSettings {
  host: string;
  port: number;
  mode: Mode;
  username: string;
  /** defaults to username */
  from?: string;
  /** defaults to username */
  to?: string;
}

export type ProgramId =
  | "wp-mail-smtp"
  | "post-smtp"
  | "fluent-smtp"
  | "home-assistant"
  | "nextcloud"
  | "mail-client"
  | "python"
  | "node"
  | "php"
  | "django"
  | "laravel"
  | "env"
  | "docker"
  | "swaks";

export interface SettingField {
  label: string;
  /** exactly what to type or pick; "" for the password */
  value: string;
  /** e.g. "Paste your app password here" */
  note?: string;
  /** false for the password field and for on/off switches shown as words */
  copy: boolean;
  /** an option to pick in the program (a menu, a tile), not text to type: nothing to copy */
  choose?: boolean;
}

export interface Snippet {
  /** the data-snippet id the page uses */
  id: ProgramId;
  language: "python" | "javascript" | "php" | "yaml" | "dotenv" | "shell";
  /** a file name to save it as (or, with fileAction "add", to add it to), when there is one */
  file?: string;
  /** "save": a new file; "add": lines to add to a file the program already has (never overwrite it) */
  fileAction?: "save" | "add";
  code: string;
  /** how to provide the password first, never the password itself: a sentence, and the lines to copy if any */
  setup: { intro: string; code?: string };
  /** the command that runs the saved file, when there is one */
  run?: string;
}

export interface ProgramSettings {
  id: ProgramId;
  name: string;
  group: "WordPress" | "Apps" | "Code" | "Command line";
  /** where in the program, e.g. "WP Mail SMTP → Settings → Mailer: Other SMTP" */
  where: string;
  fields: SettingField[];
  snippet?: Snippet;
  notes: string[];
}

export type SettingsGenerator = (s: ProvenSettings) => ProgramSettings;
