// @ts-check
// Key pairs and X.509 certificates for the fake server, made with node-forge.
import { generateKeyPair, randomBytes } from "node:crypto";
import { promisify } from "node:util";
import forge from "node-forge";

const generateKeyPairAsync = promisify(generateKeyPair);

const HOUR_MS = 60 * 60 * 1000;
const VALID_FROM_MS = 1 * HOUR_MS; // backdated, so a slightly skewed clock still accepts them
const VALID_FOR_MS = 48 * HOUR_MS; // long enough for any test run, short enough to be useless later
const KEY_BITS = 2048;

export const TEST_CA_SUBJECT = [{ name: "commonName", value: "Gmail SMTP Wizard Test CA" }];
// The issuer Avast's Mail Shield uses when it re-signs TLS (docs/gmail-replies.md#network-and-tls-failures).
export const ROGUE_CA_SUBJECT = [
  { name: "commonName", value: "Avast Web/Mail Shield Root" },
  { name: "organizationName", value: "Avast Web/Mail Shield" },
];
const LEAF_SUBJECT = [{ name: "commonName", value: "localhost" }];
const LEAF_ALT_NAMES = [
  { type: 2, value: "localhost" }, // DNS
  { type: 2, value: "dual-stack.test" }, // names the tests' DNS server gives (tests/support/dns-server.mjs)
  { type: 2, value: "ipv4-only.test" },
  { type: 7, ip: "127.0.0.1" }, // IP
  { type: 7, ip: "::1" },
];

/** @typedef {{ privateKey: any, publicKey: any, privateKeyPem: string }} KeyPair forge keys + PEM */

/**
 * Native key generation: node-forge's pure-JS RSA takes seconds per key.
 * @returns {Promise<KeyPair>}
 */
export async function makeKeyPair() {
  const { privateKey } = await generateKeyPairAsync("rsa", {
    modulusLength: KEY_BITS,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
  });
  const forgeKey = forge.pki.privateKeyFromPem(privateKey);
  return {
    privateKey: forgeKey,
    publicKey: forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e),
    privateKeyPem: privateKey,
  };
}

/**
 * A self-signed root that may sign server certificates.
 * @param {KeyPair} keys
 * @param {Array<{ name: string, value: string }>} subject
 */
export function makeCa(keys, subject) {
  const cert = baseCertificate(keys.publicKey);
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: "basicConstraints", cA: true, critical: true },
    { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
    { name: "subjectKeyIdentifier" },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return cert;
}

/**
 * A server certificate for localhost, 127.0.0.1 and ::1, signed by `caCert`.
 * @param {KeyPair} keys the leaf's own keys
 * @param {any} caCert
 * @param {KeyPair} caKeys
 * @param {{ notBefore: Date, notAfter: Date }} [validity] default: valid now, for the test run
 */
export function makeLeaf(keys, caCert, caKeys, validity) {
  const cert = baseCertificate(keys.publicKey);
  if (validity) {
    cert.validity.notBefore = validity.notBefore;
    cert.validity.notAfter = validity.notAfter;
  }
  cert.setSubject(LEAF_SUBJECT);
  cert.setIssuer(caCert.subject.attributes);
  cert.setExtensions([
    { name: "basicConstraints", cA: false },
    { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
    { name: "extKeyUsage", serverAuth: true },
    { name: "subjectAltName", altNames: LEAF_ALT_NAMES },
    { name: "subjectKeyIdentifier" },
    { name: "authorityKeyIdentifier", keyIdentifier: caCert.generateSubjectKeyIdentifier().getBytes() },
  ]);
  cert.sign(caKeys.privateKey, forge.md.sha256.create());
  return cert;
}

/** @param {any} cert @returns {string} */
export const toPem = (cert) => forge.pki.certificateToPem(cert);

/** @param {any} publicKey */
function baseCertificate(publicKey) {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  // 16 random bytes with the top bit cleared: a positive DER integer, unique per run.
  cert.serialNumber = `0${randomBytes(16).toString("hex").slice(1)}`;
  const now = Date.now();
  cert.validity.notBefore = new Date(now - VALID_FROM_MS);
  cert.validity.notAfter = new Date(now + VALID_FOR_MS);
  return cert;
}
