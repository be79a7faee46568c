// @ts-check
// Throwaway certificates for the fake Gmail server, made fresh for every test run.
// Two chains: a "trusted" one (tests hand ca.pem to the app through NODE_EXTRA_CA_CERTS)
// and a "rogue" one that imitates an antivirus mail shield re-signing TLS (never trusted).
import { generateKeyPair, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import forge from 'node-forge';

const generateKeyPairAsync = promisify(generateKeyPair);

const HOUR_MS = 60 * 60 * 1000;
const VALID_FROM_MS = 1 * HOUR_MS; // backdated, so a slightly skewed clock still accepts them
const VALID_FOR_MS = 48 * HOUR_MS; // long enough for any test run, short enough to be useless later
const KEY_BITS = 2048;

const TEST_CA_SUBJECT = [{ name: 'commonName', value: 'Gmail SMTP Wizard Test CA' }];
// The issuer Avast's Mail Shield uses when it re-signs TLS (gmail-smtp.md, "Network and TLS failures").
const ROGUE_CA_SUBJECT = [
  { name: 'commonName', value: 'Avast Web/Mail Shield Root' },
  { name: 'organizationName', value: 'Avast Web/Mail Shield' },
];
const LEAF_SUBJECT = [{ name: 'commonName', value: 'localhost' }];
const LEAF_ALT_NAMES = [
  { type: 2, value: 'localhost' }, // DNS
  { type: 7, ip: '127.0.0.1' }, // IP
  { type: 7, ip: '::1' },
];

const FILES = {
  caPath: 'ca.pem',
  keyPath: 'server-key.pem',
  certPath: 'server-cert.pem',
  rogueCaPath: 'rogue-ca.pem',
  rogueKeyPath: 'rogue-key.pem',
  rogueCertPath: 'rogue-cert.pem',
};

/**
 * @typedef {{ dir: string, caPath: string, keyPath: string, certPath: string,
 *   rogueCaPath: string, rogueKeyPath: string, rogueCertPath: string }} CertificatePaths
 * @typedef {CertificatePaths & { ca: string, key: string, cert: string,
 *   rogueCa: string, rogueKey: string, rogueCert: string }} LoadedCertificates
 * @typedef {{ privateKey: any, publicKey: any, privateKeyPem: string }} KeyPair
 */

/** Native key generation: node-forge's pure-JS RSA takes seconds per key. */
async function makeKeyPair() {
  const { privateKey } = await generateKeyPairAsync('rsa', {
    modulusLength: KEY_BITS,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
  const forgeKey = forge.pki.privateKeyFromPem(privateKey);
  /** @type {KeyPair} */
  const pair = {
    privateKey: forgeKey,
    publicKey: forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e),
    privateKeyPem: privateKey,
  };
  return pair;
}

/**
 * @param {KeyPair} keys
 * @param {Array<{ name: string, value: string }>} subject
 */
function makeCa(keys, subject) {
  const cert = baseCertificate(keys.publicKey);
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return cert;
}

/**
 * @param {KeyPair} keys the leaf's own keys
 * @param {any} caCert
 * @param {KeyPair} caKeys
 */
function makeLeaf(keys, caCert, caKeys) {
  const cert = baseCertificate(keys.publicKey);
  cert.setSubject(LEAF_SUBJECT);
  cert.setIssuer(caCert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames: LEAF_ALT_NAMES },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: caCert.generateSubjectKeyIdentifier().getBytes() },
  ]);
  cert.sign(caKeys.privateKey, forge.md.sha256.create());
  return cert;
}

/** @param {any} publicKey */
function baseCertificate(publicKey) {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  // 16 random bytes with the top bit cleared: a positive DER integer, unique per run.
  cert.serialNumber = '0' + randomBytes(16).toString('hex').slice(1);
  const now = Date.now();
  cert.validity.notBefore = new Date(now - VALID_FROM_MS);
  cert.validity.notAfter = new Date(now + VALID_FOR_MS);
  return cert;
}

/**
 * Writes ca.pem, server-key.pem, server-cert.pem (trusted chain) and rogue-ca.pem,
 * rogue-key.pem, rogue-cert.pem (an imitation of Avast's re-signing root) into `dir`.
 * @param {string} dir created if missing
 * @returns {Promise<CertificatePaths>}
 */
export async function makeTestCertificates(dir) {
  await mkdir(dir, { recursive: true });
  const [caKeys, leafKeys, rogueCaKeys, rogueLeafKeys] = await Promise.all([
    makeKeyPair(),
    makeKeyPair(),
    makeKeyPair(),
    makeKeyPair(),
  ]);
  const ca = makeCa(caKeys, TEST_CA_SUBJECT);
  const leaf = makeLeaf(leafKeys, ca, caKeys);
  const rogueCa = makeCa(rogueCaKeys, ROGUE_CA_SUBJECT);
  const rogueLeaf = makeLeaf(rogueLeafKeys, rogueCa, rogueCaKeys);

  const paths = certificatePaths(dir);
  const toPem = forge.pki.certificateToPem;
  await Promise.all([
    writeFile(paths.caPath, toPem(ca)),
    writeFile(paths.keyPath, leafKeys.privateKeyPem, { mode: 0o600 }),
    writeFile(paths.certPath, toPem(leaf)),
    writeFile(paths.rogueCaPath, toPem(rogueCa)),
    writeFile(paths.rogueKeyPath, rogueLeafKeys.privateKeyPem, { mode: 0o600 }),
    writeFile(paths.rogueCertPath, toPem(rogueLeaf)),
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
      `Test certificates missing in ${dir}: ${missing.join(', ')}. ` +
        'Call makeTestCertificates(dir) first (certificates are made fresh for each run).',
    );
  }
  const read = (/** @type {string} */ path) => readFileSync(path, 'utf8');
  return {
    ...paths,
    ca: read(paths.caPath),
    key: read(paths.keyPath),
    cert: read(paths.certPath),
    rogueCa: read(paths.rogueCaPath),
    rogueKey: read(paths.rogueKeyPath),
    rogueCert: read(paths.rogueCertPath),
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
  };
}
