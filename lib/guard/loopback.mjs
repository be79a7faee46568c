// @ts-check
// The Host names this server answers to. Shared by server.mjs (which answers 421 to
// anything else, before Next sees the request) and the API's Origin check. A page on
// another site that resolves its own name to 127.0.0.1 (DNS rebinding) sends its own name
// in Host, and so is refused.

/**
 * @param {number} port
 * @returns {string[]} e.g. ["127.0.0.1:3000", "localhost:3000", "[::1]:3000"]
 */
export function loopbackHosts(port) {
  const names = ["127.0.0.1", "localhost", "[::1]"];
  // On port 80 browsers send the name alone (no ":80") in Host and Origin.
  return names.flatMap((name) => (port === 80 ? [`${name}:80`, name] : [`${name}:${port}`]));
}

/**
 * @param {string | undefined | null} host the Host header as sent
 * @param {number} port this server's port
 */
export function isLoopbackHost(host, port) {
  if (!host) return false;
  return loopbackHosts(port).includes(host.toLowerCase());
}

/**
 * True when Origin is exactly this server: http, a loopback name, this port.
 * @param {string | undefined | null} origin the Origin header as sent
 * @param {number} port
 */
export function isLoopbackOrigin(origin, port) {
  if (!origin) return false;
  return loopbackHosts(port).some((host) => origin.toLowerCase() === `http://${host}`);
}
