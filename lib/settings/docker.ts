import { PASSWORD_ENV, powershellPasswordNote, senderNote, shellPasswordSetup } from "./common";
import { smtpEnvFields, smtpEnvValues } from "./env";
import { shellArg } from "./quote";
import type { ProgramSettings, ProvenSettings } from "./types";

// Docker, docker run --env: https://docs.docker.com/reference/cli/docker/container/run/#env
// (source: https://github.com/docker/cli/blob/master/docs/reference/commandline/container_run.md)
// (-e NAME=value sets a value; -e NAME alone passes the variable of that name from the calling shell, so the
// password never appears in the command). The SMTP_* names are those of the .env snippet (./env.ts).
export function dockerSettings(s: ProvenSettings): ProgramSettings {
  const env = (name: string, value: string) => `  -e ${shellArg(`${name}=${value}`)} \\`;
  const code = [
    `# Gmail SMTP, as the wizard checked it. -e ${PASSWORD_ENV} passes the variable by name: Docker takes its value from this shell.`,
    "docker run --rm \\",
    ...smtpEnvValues(s).map(([name, value]) => env(name, value)),
    `  -e ${PASSWORD_ENV} \\`,
    "  your-image",
    "",
  ].join("\n");
  return {
    id: "docker",
    name: "Docker",
    group: "Code",
    where: "docker run, for a container that reads its mail settings from the environment",
    fields: smtpEnvFields(s),
    snippet: { id: "docker", language: "shell", code, setup: shellPasswordSetup() },
    notes: [
      powershellPasswordNote(),
      senderNote(s),
      "Replace your-image with your image, and the SMTP_* names with the ones your program reads.",
      `If it wants the password under another name, such as SMTP_PASSWORD, run export SMTP_PASSWORD="$${PASSWORD_ENV}" first and pass -e SMTP_PASSWORD the same way.`,
    ],
  };
}
