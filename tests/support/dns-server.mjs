// @ts-check
// A DNS server on 127.0.0.1 for the tests (dns2's UDP server), so no test asks the system
// resolver: the app reads GMAIL_DNS_SERVERS at start and sends every look-up here.
import dns2 from "dns2";

const { Packet } = dns2;

/**
 * @typedef {object} Zone
 * @property {Array<{ exchange: string, priority: number }>} [mx]
 * @property {string[]} [a]
 * @property {string[]} [aaaa]
 * @property {boolean} [silent] never answer (a look-up that times out)
 */

/** The names the tests use, each standing for a kind of domain (".test" is reserved for tests). */
/** @type {Record<string, Zone>} */
export const TEST_ZONES = {
  "workspace.test": {
    mx: [
      { exchange: "aspmx.l.google.com", priority: 1 },
      { exchange: "alt1.aspmx.l.google.com", priority: 5 },
    ],
  },
  "smtp-google.test": { mx: [{ exchange: "smtp.google.com", priority: 1 }] },
  "microsoft.test": { mx: [{ exchange: "microsoft-test.mail.protection.outlook.com", priority: 0 }] },
  "zoho.test": {
    mx: [
      { exchange: "mx.zoho.eu", priority: 10 },
      { exchange: "mx2.zoho.eu", priority: 20 },
    ],
  },
  "forwarded.test": {
    mx: [
      { exchange: "route1.mx.cloudflare.net", priority: 10 },
      { exchange: "route2.mx.cloudflare.net", priority: 20 },
    ],
  },
  "gateway.test": { mx: [{ exchange: "mx0a-001.pphosted.com", priority: 10 }] },
  "no-mail.test": { a: [] },
  "own-server.test": { a: ["192.0.2.25"] },
  "silent.test": { silent: true },
  // An SMTP host with both families, for the IPv4/IPv6 fallback (the fake listens on 127.0.0.1 only).
  "dual-stack.test": { a: ["127.0.0.1"], aaaa: ["::1"] },
  "ipv4-only.test": { a: ["127.0.0.1"] },
  // Loopback under a name the test certificate does not carry (a certificate for another name).
  "other-name.test": { a: ["127.0.0.1"] },
};

/**
 * @param {Record<string, Zone>} [zones]
 * @returns {Promise<{ host: string, port: number, servers: string, queries: Array<{ name: string, type: number }>, close: () => Promise<void> }>}
 */
export async function startTestDns(zones = TEST_ZONES) {
  /** @type {Array<{ name: string, type: number }>} */
  const queries = [];
  const server = dns2.createServer({
    udp: true,
    handle: (request, send) => {
      const response = Packet.createResponseFromRequest(request);
      const question = request.questions[0];
      if (!question) return send(response);
      const name = question.name.toLowerCase().replace(/\.$/, "");
      queries.push({ name, type: question.type });
      const zone = zones[name];
      if (zone?.silent) return;
      if (!zone) {
        response.header.rcode = 3; // NXDOMAIN
        return send(response);
      }
      const base = { name: question.name, class: Packet.CLASS.IN, ttl: 60 };
      // dns2's types want a Resource object; plain records are what its encoder reads.
      /** @param {Record<string, unknown>} record */
      const answer = (record) => response.answers.push(/** @type {any} */ (record));
      if (question.type === Packet.TYPE.MX) {
        for (const mx of zone.mx ?? []) answer({ ...base, type: Packet.TYPE.MX, exchange: mx.exchange, priority: mx.priority });
      } else if (question.type === Packet.TYPE.A) {
        for (const address of zone.a ?? []) answer({ ...base, type: Packet.TYPE.A, address });
      } else if (question.type === Packet.TYPE.AAAA) {
        for (const address of zone.aaaa ?? []) answer({ ...base, type: Packet.TYPE.AAAA, address });
      }
      send(response);
    },
  });
  server.on("requestError", () => {});
  await server.listen({ udp: { port: 0, address: "127.0.0.1" } });
  const port = server.addresses().udp?.port ?? 0;
  return {
    host: "127.0.0.1",
    port,
    servers: `127.0.0.1:${port}`,
    queries,
    close: () => server.close().then(() => undefined),
  };
}
