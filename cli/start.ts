import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// `gmail-smtp-wizard` with no arguments: the web wizard, through the project's own entry
// (server.mjs: the settings, 127.0.0.1 only, the Host guard, the browser), from the build
// the package carries. It never builds on the person's computer: the package holds no
// sources to build from, and no build tools.

/** The package's root folder: this file is <root>/dist/cli.mjs once built. */
export function packageRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
}

/**
 * Null when server.mjs can start, else the sentence to stop with. An installed package has
 * no sources (no app/ folder), and server.mjs never builds there: it serves the build the
 * package carries, whatever the file times say. In a clone it builds when needed, as npm start.
 */
export function prepareBuild(root: string): string | null {
  if (existsSync(path.join(root, "app")) || existsSync(path.join(root, ".next", "BUILD_ID"))) return null;
  return "This copy of Gmail SMTP Wizard is missing its built web app (.next), and it never builds on your computer. Install it again: npx gmail-smtp-wizard@latest";
}

export async function startWizard(): Promise<void> {
  const root = packageRoot();
  const problem = prepareBuild(root);
  if (problem) {
    process.stderr.write(`${problem}\n`);
    process.exit(1);
  }
  // Not bundled: server.mjs is the package's own file, next to the built app it serves.
  await import(pathToFileURL(path.join(root, "server.mjs")).href);
}
