// @ts-check
// The benches' app: a real `node server.mjs` on a free port, pointed at one SMTP target on
// 127.0.0.1 and trusting the run's throwaway CA.
import { spawn } from "node:child_process";
import { freePort } from "../support/free-port.mjs";
import { root } from "../support/paths.mjs";

/**
 * @typedef {object} App
 * @property {string} name
 * @property {number} port
 * @property {number} pid
 * @property {string} url
 * @property {() => string} stderr everything it wrote to stderr so far
 * @property {() => Promise<void>} stop SIGTERM, then SIGKILL after 5 s; resolves once it exited
 */

/**
 * Resolves once the server says it is running (it builds first when the build is missing or
 * older than the sources). The caller stops it (`app.stop`), also when this rejects.
 * @param {string} name
 * @param {{ tlsPort: number, starttlsPort: number }} target
 * @param {string} caPath
 * @param {(app: App) => void} register called at once, so the caller can stop it whatever happens next
 * @returns {Promise<App>}
 */
export async function startApp(name, target, caPath, register) {
  const port = await freePort();
  const child = spawn(process.execPath, ["server.mjs"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      BROWSER: "none",
      NODE_EXTRA_CA_CERTS: caPath,
      GMAIL_SMTP_HOST: "127.0.0.1",
      GMAIL_SMTP_TLS_PORT: String(target.tlsPort),
      GMAIL_SMTP_STARTTLS_PORT: String(target.starttlsPort),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => {
    out += d;
  });
  child.stderr.on("data", (d) => {
    err += d;
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  /** @type {App} */
  const app = {
    name,
    port,
    pid: /** @type {number} */ (child.pid),
    url: `http://127.0.0.1:${port}`,
    stderr: () => err,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
  register(app);
  await new Promise((resolve, reject) => {
    child.stdout.on("data", () => {
      if (out.includes("is running at")) resolve(undefined);
    });
    child.once("exit", (code) => reject(new Error(`server.mjs (${name}) exited with ${code}:\n${out}${err}`)));
  });
  return app;
}
