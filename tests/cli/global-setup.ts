import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildInto } from "./support";

// The command line's files, built once for every test worker (esbuild: about a second).
export default async function setup() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "gmail-smtp-cli-test-"));
  await buildInto(dir);
  process.env.CLI_TEST_BUILD_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
