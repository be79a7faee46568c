import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// `npm run screenshots`: the same app, fake Gmail and browser as the tests, other specs.
export default defineConfig({
  ...base,
  testDir: "tests/screenshots",
  reporter: [["list"]],
});
