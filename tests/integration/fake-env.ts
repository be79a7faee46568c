import net from "node:net";
import { type FakeGmailOptions, startFakeGmail } from "../fake-gmail/index.mjs";

/** The fake Gmail with this run's certificates (made by `npm test`, see tests/run-all.mjs). */
export async function startFake(options: Omit<FakeGmailOptions, "certDir"> = {}) {
  const certDir = process.env.FAKE_GMAIL_CERT_DIR;
  if (!certDir || !process.env.NODE_EXTRA_CA_CERTS) {
    throw new Error("Run the integration tests through `npm test`: it makes the test certificates and trusts them.");
  }
  return startFakeGmail({ certDir, ...options });
}

/** A port on 127.0.0.1 where nothing listens (bound, then released). */
export async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

let counter = 0;
/** A login name (and account) unique to this test, chosen by scenario: "bad-credentials--t3-991@gmail.com". */
export const user = (scenario: string) => `${scenario}--t${++counter}-${process.pid}@gmail.com`;
