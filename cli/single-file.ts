// gmail-smtp-check.mjs: the check alone, in one file that needs only Node 20 or newer
// (no npm install). Built by cli/build.mjs; the web app serves it for download.
import { run } from "./program";

run({ name: "node gmail-smtp-check.mjs", invocation: "node gmail-smtp-check.mjs" });
