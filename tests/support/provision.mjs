// @ts-check
// What `npm test` installs by itself on a machine that has Node and nothing else: a
// Chromium for Playwright (its own download where that works, else the system's package)
// and, later, the other programs the tests run. When it cannot, it stops with the exact
// command that would.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findChromium } from "./browser.mjs";
import { bin } from "./paths.mjs";

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;
/** @param {string} cmd */
const hasCommand = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;

/** "" as root, "sudo" when sudo works without a password prompt, else null. */
function privilege() {
  if (isRoot()) return "";
  if (hasCommand("sudo") && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0) return "sudo";
  return null;
}

/**
 * Installs Debian/Ubuntu packages with apt-get, when this machine has it and may use it.
 * @param {string[]} packages
 * @returns {boolean} whether apt-get ran and succeeded
 */
export function aptInstall(packages) {
  const sudo = privilege();
  if (process.platform !== "linux" || !existsSync("/usr/bin/apt-get") || sudo === null) return false;
  const prefix = sudo ? ["sudo", "-n"] : [];
  console.log(`Installing ${packages.join(", ")} with apt-get (once)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  /** @param {string[]} args */
  const run = (args) => {
    const [cmd, ...rest] = [...prefix, ...args];
    return spawnSync(/** @type {string} */ (cmd), rest, { stdio: ["ignore", "ignore", "inherit"], env }).status === 0;
  };
  return run(["apt-get", "update", "-qq"]) && run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", ...packages]);
}

/**
 * The command a person should run when nothing here could install a package.
 * @param {string[]} packages @param {string} [extra]
 */
export function howToInstall(packages, extra = "") {
  const apt = `sudo apt-get install -y ${packages.join(" ")}`;
  return `${extra}Install it with\n  ${apt}      (Debian/Ubuntu)\nor your system's package manager, then run npm test again.`;
}

/**
 * A Chromium for the browser tests: one already installed, else Playwright's own download,
 * else Debian's package. null (after saying what to run) when none can be had.
 * @returns {{ path: string, own: boolean } | null}
 */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  console.log("No Chromium found for the browser tests: trying Playwright's own download (npx playwright install chromium)…");
  const download = spawnSync(process.execPath, [bin("@playwright/test", "cli.js"), "install", "chromium"], {
    stdio: ["ignore", "inherit", "inherit"],
    timeout: 10 * 60_000,
  });
  if (download.status === 0 && findChromium()) return findChromium();
  console.log("Playwright's download is not available here; trying the system's package manager.");
  if (aptInstall(["chromium"])) {
    const system = findChromium();
    if (system) return system;
  }
  console.error(
    "No Chromium for the browser tests, and none could be installed from here. Run one of\n" +
      "  npx playwright install chromium      (Playwright's own)\n" +
      "  sudo apt-get install -y chromium     (Debian/Ubuntu's, used at /usr/bin/chromium)\n" +
      "then run npm test again.",
  );
  return null;
}

/** True when `perl -M<module> -e1` works (swaks needs these for TLS). @param {string} module */
const hasPerlModule = (module) => spawnSync("perl", [`-M${module}`, "-e1"], { stdio: "ignore" }).status === 0;

/**
 * The programs the executed-snippet tests run: python3 and swaks (with Perl's TLS modules).
 * Installs what is missing with apt-get when it may; otherwise says what to run.
 * @returns {boolean} whether both are there
 */
export function ensureSnippetTools() {
  /** @type {string[]} */
  const missing = [];
  if (!hasCommand("python3")) missing.push("python3");
  if (!hasCommand("swaks")) missing.push("swaks");
  if (!hasCommand("perl") || !hasPerlModule("IO::Socket::SSL") || !hasPerlModule("Net::SSLeay")) {
    missing.push("libio-socket-ssl-perl", "libnet-ssleay-perl");
  }
  if (missing.length === 0) return true;
  console.log(`The snippet tests run real programs; missing here: ${missing.join(", ")}.`);
  if (aptInstall(missing) && hasCommand("python3") && hasCommand("swaks")) return true;
  console.error(howToInstall(missing, "The snippet tests need python3 and swaks (with Perl's IO::Socket::SSL). "));
  return false;
}
