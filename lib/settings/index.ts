// The done page's settings, program by program: each generator turns the login that worked into
// the program's own field names, option words and a snippet. Pure: no network, no nodemailer.
import { djangoSettings } from "./django";
import { dockerSettings } from "./docker";
import { envSettings } from "./env";
import { fluentSmtpSettings } from "./fluent-smtp";
import { homeAssistantSettings } from "./home-assistant";
import { laravelSettings } from "./laravel";
import { mailClientSettings } from "./mail-client";
import { nextcloudSettings } from "./nextcloud";
import { nodeSettings } from "./node";
import { phpSettings } from "./php";
import { postSmtpSettings } from "./post-smtp";
import { pythonSettings } from "./python";
import { swaksSettings } from "./swaks";
import type { ProgramId, ProgramSettings, ProvenSettings, SettingsGenerator } from "./types";
import { wpMailSmtpSettings } from "./wp-mail-smtp";

const GENERATORS: Readonly<Record<ProgramId, SettingsGenerator>> = {
  "wp-mail-smtp": wpMailSmtpSettings,
  "post-smtp": postSmtpSettings,
  "fluent-smtp": fluentSmtpSettings,
  "home-assistant": homeAssistantSettings,
  nextcloud: nextcloudSettings,
  "mail-client": mailClientSettings,
  python: pythonSettings,
  node: nodeSettings,
  php: phpSettings,
  django: djangoSettings,
  laravel: laravelSettings,
  env: envSettings,
  docker: dockerSettings,
  swaks: swaksSettings,
};

/** Every program, in the order the done page shows them. */
export const PROGRAMS: readonly Pick<ProgramSettings, "id" | "name" | "group">[] = [
  { id: "wp-mail-smtp", name: "WP Mail SMTP", group: "WordPress" },
  { id: "post-smtp", name: "Post SMTP", group: "WordPress" },
  { id: "fluent-smtp", name: "FluentSMTP", group: "WordPress" },
  { id: "home-assistant", name: "Home Assistant", group: "Apps" },
  { id: "nextcloud", name: "Nextcloud", group: "Apps" },
  { id: "mail-client", name: "Thunderbird-style mail clients", group: "Apps" },
  { id: "python", name: "Python (smtplib)", group: "Code" },
  { id: "node", name: "Node.js (Nodemailer)", group: "Code" },
  { id: "php", name: "PHP (PHPMailer)", group: "Code" },
  { id: "django", name: "Django", group: "Code" },
  { id: "laravel", name: "Laravel", group: "Code" },
  { id: "env", name: ".env file", group: "Code" },
  { id: "docker", name: "Docker", group: "Code" },
  { id: "swaks", name: "swaks", group: "Command line" },
];

export function programSettings(id: ProgramId, s: ProvenSettings): ProgramSettings {
  return GENERATORS[id](s);
}

/** Every program's settings, in display order. */
export function allProgramSettings(s: ProvenSettings): ProgramSettings[] {
  return PROGRAMS.map((p) => programSettings(p.id, s));
}

export { PASSWORD_ENV, SWAKS_PASSWORD_ENV } from "./common";
export { HOME_ASSISTANT_SECRET } from "./home-assistant";
export type { Mode, ProgramId, ProgramSettings, ProvenSettings, SettingField, Snippet } from "./types";
export {
  djangoSettings,
  dockerSettings,
  envSettings,
  fluentSmtpSettings,
  homeAssistantSettings,
  laravelSettings,
  mailClientSettings,
  nextcloudSettings,
  nodeSettings,
  phpSettings,
  postSmtpSettings,
  pythonSettings,
  swaksSettings,
  wpMailSmtpSettings,
};
