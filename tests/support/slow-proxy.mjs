// @ts-check
// A loopback port that is slow to reach another: it accepts at once, waits, then relays both
// ways. For the race between the two ports: a 587 that is still waiting for its greeting when
// 465's certificate is refused, whatever the machine's load.
import net from "node:net";

/**
 * @param {number} port the loopback port to relay to
 * @param {number} delayMs how long each connection waits before it is relayed
 * @returns {Promise<{ port: number, close: () => Promise<void> }>}
 */
export async function startSlowProxy(port, delayMs) {
  /** @type {Set<net.Socket>} */
  const sockets = new Set();
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on("error", () => undefined);
    const timer = setTimeout(() => {
      const upstream = net.connect(port, "127.0.0.1");
      sockets.add(upstream);
      upstream.on("error", () => client.destroy());
      upstream.on("close", () => {
        sockets.delete(upstream);
        client.destroy();
      });
      client.pipe(upstream).pipe(client);
    }, delayMs);
    client.on("close", () => {
      clearTimeout(timer);
      sockets.delete(client);
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  return {
    port: /** @type {net.AddressInfo} */ (server.address()).port,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
