// @ts-check
// A tiny HTTP API for tests in another process (e.g. Playwright driving the app while the
// fake runs beside it): GET /connections, GET /auths?user=, GET /messages?to=, GET /open, POST /reset.
// Loopback only: the records hold the (fake) passwords tests sent.
import http from "node:http";

const CONTROL_HOST = "127.0.0.1";

/**
 * @typedef {Pick<import('./server.mjs').FakeGmail, 'connections' | 'authAttempts' | 'openConnections' | 'reset'>} Inspectable
 */

/**
 * @param {Inspectable} fake
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startControlServer(fake) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://${CONTROL_HOST}`);
    const route = `${req.method} ${url.pathname}`;
    /** @param {number} status @param {unknown} body */
    const reply = (status, body) => {
      res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(JSON.stringify(body));
    };
    switch (route) {
      case "GET /connections":
        return reply(200, fake.connections);
      case "GET /messages": {
        const to = url.searchParams.get("to")?.toLowerCase();
        const messages = fake.connections.flatMap((c) => c.messages);
        return reply(200, to ? messages.filter((m) => m.to.some((r) => r.toLowerCase() === to)) : messages);
      }
      case "GET /auths":
        return reply(200, fake.authAttempts(url.searchParams.get("user") ?? undefined));
      case "GET /open":
        return reply(200, { open: fake.openConnections() });
      case "POST /reset":
        fake.reset();
        return reply(200, { reset: true });
      default: {
        const known = ["/connections", "/auths", "/messages", "/open", "/reset"].includes(url.pathname);
        return reply(known ? 405 : 404, { error: `${route} not supported` });
      }
    }
  });
  server.keepAliveTimeout = 1000; // do not hold the process open between test requests

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, CONTROL_HOST, () => resolve(undefined));
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://${CONTROL_HOST}:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
