// @ts-check
// Small promise wrappers around listening, closing and waiting for sockets to close.

/**
 * @param {import('node:net').Server} server
 * @param {number} port 0 for any free port
 * @param {string} host
 * @returns {Promise<number>} the bound port
 */
export function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.removeListener("error", reject);
      resolve(/** @type {import('node:net').AddressInfo} */ (server.address()).port);
    });
  });
}

/**
 * Resolves once the listener is closed (open sockets must be destroyed first).
 * @param {import('node:net').Server} server
 * @returns {Promise<void>}
 */
export const closeServer = (server) => new Promise((resolve) => server.close(() => resolve()));

/**
 * @param {Set<import('./records.mjs').ConnectionRecord>} open records of connections still open
 * @param {Set<() => void>} watchers called by the server whenever a connection closes
 * @param {number} timeoutMs
 * @returns {Promise<void>}
 */
export function waitForAllClosed(open, watchers, timeoutMs) {
  if (open.size === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (open.size > 0) return;
      clearTimeout(timer);
      watchers.delete(check);
      resolve();
    };
    const timer = setTimeout(() => {
      watchers.delete(check);
      const list = [...open].map((c) => `${c.kind}:${c.port} ${c.sessionId} [${c.commands.join(" | ")}]`);
      reject(new Error(`fake Gmail: ${open.size} connection(s) still open after ${timeoutMs} ms: ${list.join("; ")}`));
    }, timeoutMs);
    watchers.add(check);
  });
}
