// `npm run screenshots`: every view of the wizard at 390 px and 1280 px, light and dark,
// into screenshots/ (not committed). Look at them after a UI change.
import { rmSync } from "node:fs";
import path from "node:path";
import { bin, buildApp, prepareTestEnv, root, runNode } from "./support/test-env.mjs";

const prepared = await prepareTestEnv();
if (!prepared) process.exit(1);
const { env, work } = prepared;
const out = path.join(root, "screenshots");
rmSync(out, { recursive: true, force: true });
let code = await buildApp(env);
if (code === 0) {
  code = await runNode(
    "Screenshots (Playwright)",
    [bin("@playwright/test", "cli.js"), "test", "--config", "playwright.screenshots.config.ts"],
    { ...env, SCREENSHOT_DIR: out },
  );
}
rmSync(work, { recursive: true, force: true });
console.log(code === 0 ? `\nScreenshots are in ${path.relative(process.cwd(), out) || "."}/` : "\nScreenshots failed.");
process.exit(code);
