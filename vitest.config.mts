import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

// Two projects, run together by `npm test` (tests/run-all.mjs):
// - unit: pure lib code, and the probe against the fake Gmail on loopback (`npm run test:unit`);
// - cli: the command line, built once and run as its own process (`npm run test:cli`).
// Browser and HTTP tests are Playwright's: tests/e2e.
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
    environment: "node",
    isolate: false,
    // Most of the time goes to sockets and child processes, not to the processor: on a 2-core
    // machine two workers halve the run where Vitest's default (cores - 1) would use one.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    testTimeout: 10_000,
    hookTimeout: 10_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/vitest-global-setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "cli",
          include: ["tests/cli/**/*.test.ts"],
          globalSetup: ["tests/support/vitest-global-setup.ts", "tests/cli/global-setup.ts"],
        },
      },
    ],
  },
});
