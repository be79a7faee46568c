// The package's command, `gmail-smtp-wizard` (npx gmail-smtp-wizard): with no arguments
// (or `start`) the web wizard, exactly as `npm start` but never building; `check <address>`
// the check in a terminal. Built into dist/cli.mjs by cli/build.mjs.
import { run } from "./program";
import { startWizard } from "./start";

run({ name: "gmail-smtp-wizard", invocation: "npx gmail-smtp-wizard", start: startWizard });
