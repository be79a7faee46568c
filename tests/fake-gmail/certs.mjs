// @ts-check
// Throwaway certificates for the fake Gmail server, made fresh for every test run.
// Two chains: a "trusted" one (tests hand ca.pem to the app through NODE_EXTRA_CA_CERTS)
// and a "rogue" one that imitates an antivirus mail shield re-signing TLS (never trusted).
import { existsSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { makeCa, makeKeyPair, makeLeaf, ROGUE_CA_SUBJECT, TEST_CA_SUBJECT, toPem } from "./x509.mjs";

const FILES = {
  caPath: "ca.pem",
  keyPath: "server-key.pem",
  certPath: "server-cert.pem",
  rogueCaPath: "rogue-ca.pem",
  rogueKeyPath: "rogue-key.pem",
  rogueCertPath: "rogue-cert.pem",
  // Signed by the trusted test CA, for the right names, but out of their dates: what a
  // computer whose clock is wrong sees (docs/gmail-replies.md, "Network and TLS failures").
  expiredCertPath: "expired-cert.pem",
  futureCertPath: "future-cert.pem",
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * @typedef {{ dir: string, caPath: string, keyPath: string, certPath: string,
 *   rogueCaPath: string, rogueKeyPath: string, rogueCertPath: string, expiredCertPath: string, futureCertPath: string }} CertificatePaths
 * @typedef {CertificatePaths & { ca: string, key: string, cert: string,
 *   rogueCa: string, rogueKey: string, rogueCert: string, expiredCert: string, futureCert: string }} LoadedCertificates
 */

/**
 * Writes ca.pem, server-key.pem, server-cert.pem (trusted chain) and rogue-ca.pem,
 * rogue-key.pem, rogue-cert.pem (an imitation of Avast's re-signing root) into `dir`.
 * @param {string} dir created if missing
 * @returns {Promise<CertificatePaths>}
 */
export async function makeTestCertificates(dir) {
  await mkdir(dir, { recursive: true });
  const [caKeys, leafKeys, rogueCaKeys, rogueLeafKeys] = await Promise.all([makeKeyPair(), makeKeyPair(), makeKeyPair(), makeKeyPair()]);
  const ca = makeCa(caKeys, TEST_CA_SUBJECT);
  const rogueCa = makeCa(rogueCaKeys, ROGUE_CA_SUBJECT);

  const paths = certificatePaths(dir);
  const secret = { mode: 0o600 };
  await Promise.all([
    writeFile(paths.caPath, toPem(ca)),
    writeFile(paths.keyPath, leafKeys.privateKeyPem, secret),
    writeFile(paths.certPath, toPem(makeLeaf(leafKeys, ca, caKeys))),
    writeFile(paths.rogueCaPath, toPem(rogueCa)),
    writeFile(paths.rogueKeyPath, rogueLeafKeys.privateKeyPem, secret),
    writeFile(paths.rogueCertPath, toPem(makeLeaf(rogueLeafKeys, rogueCa, rogueCaKeys))),
    writeFile(
      paths.expiredCertPath,
      toPem(
        makeLeaf(leafKeys, ca, caKeys, { notBefore: new Date(Date.now() - 400 * DAY_MS), notAfter: new Date(Date.now() - 30 * DAY_MS) }),
      ),
    ),
    writeFile(
      paths.futureCertPath,
      toPem(
        makeLeaf(leafKeys, ca, caKeys, { notBefore: new Date(Date.now() + 30 * DAY_MS), notAfter: new Date(Date.now() + 400 * DAY_MS) }),
      ),
    ),
  ]);
  return paths;
}

/**
 * Reads what makeTestCertificates wrote.
 * @param {string} dir
 * @returns {LoadedCertificates}
 */
export function loadTestCertificates(dir) {
  const paths = certificatePaths(dir);
  const missing = Object.values(FILES).filter((name) => !existsSync(join(dir, name)));
  if (missing.length > 0) {
    throw new Error(
      `Test certificates missing in ${dir}: ${missing.join(", ")}. ` +
        "Call makeTestCertificates(dir) first (certificates are made fresh for each run).",
    );
  }
  const read = (/** @type {string} */ path) => readFileSync(path, "utf8");
  return {
    ...paths,
    ca: read(paths.caPath),
    key: read(paths.keyPath),
    cert: read(paths.certPath),
    rogueCa: read(paths.rogueCaPath),
    rogueKey: read(paths.rogueKeyPath),
    rogueCert: read(paths.rogueCertPath),
    expiredCert: read(paths.expiredCertPath),
    futureCert: read(paths.futureCertPath),
  };
}

/**
 * @param {string} dir
 * @returns {CertificatePaths}
 */
function certificatePaths(dir) {
  return {
    dir,
    caPath: join(dir, FILES.caPath),
    keyPath: join(dir, FILES.keyPath),
    certPath: join(dir, FILES.certPath),
    rogueCaPath: join(dir, FILES.rogueCaPath),
    rogueKeyPath: join(dir, FILES.rogueKeyPath),
    rogueCertPath: join(dir, FILES.rogueCertPath),
    expiredCertPath: join(dir, FILES.expiredCertPath),
    futureCertPath: join(dir, FILES.futureCertPath),
  };
}
