// @ts-check
// The fake Gmail SMTP server the tests start. Everything a test needs, from one place.
export { makeTestCertificates, loadTestCertificates } from './certs.mjs';
export { startFakeGmail } from './server.mjs';
export {
  SCENARIOS,
  GOOD_APP_PASSWORD,
  UNKNOWN_USER_SCENARIO,
  isGoodAppPassword,
  scenarioKey,
  scenarioFor,
} from './scenarios.mjs';
export { AUTH_PAYLOAD_PLACEHOLDER, makeSessionId } from './records.mjs';
export * as replies from './replies.mjs';

/**
 * @typedef {import('./server.mjs').FakeGmail} FakeGmail
 * @typedef {import('./server.mjs').FakeGmailOptions} FakeGmailOptions
 * @typedef {import('./records.mjs').ConnectionRecord} ConnectionRecord
 * @typedef {import('./records.mjs').AuthRecord} AuthRecord
 * @typedef {import('./scenarios.mjs').Scenario} Scenario
 * @typedef {import('./certs.mjs').CertificatePaths} CertificatePaths
 * @typedef {import('./certs.mjs').LoadedCertificates} LoadedCertificates
 */
