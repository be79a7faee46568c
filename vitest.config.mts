import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit tests (pure lib code) and integration tests (the probe against the fake Gmail on
// loopback). Browser and HTTP tests are Playwright's: tests/e2e.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `import "server-only"` throws outside a React Server Components bundle; the probe is
      // exercised directly here, so the marker module is replaced by an empty one.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.mjs"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts", "tests/cli/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/support/vitest-global-setup.ts", "tests/cli/global-setup.ts"],
    isolate: false,
    testTimeout: 10_000,
    hookTimeout: 10_000,
  },
});
