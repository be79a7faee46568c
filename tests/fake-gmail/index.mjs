// @ts-check
// The fake Gmail SMTP server the tests start. Everything a test needs, from one place.
export { loadTestCertificates, makeTestCertificates } from "./certs.mjs";
export { AUTH_PAYLOAD_PLACEHOLDER, makeSessionId } from "./records.mjs";
export * as replies from "./replies.mjs";
export {
  GOOD_APP_PASSWORD,
  isGoodAppPassword,
  SCENARIOS,
  scenarioFor,
  scenarioKey,
  UNKNOWN_USER_SCENARIO,
} from "./scenarios.mjs";
export { startFakeGmail } from "./server.mjs";

/**
 * @typedef {import('./server.mjs').FakeGmail} FakeGmail
 * @typedef {import('./server.mjs').FakeGmailOptions} FakeGmailOptions
 * @typedef {import('./records.mjs').ConnectionRecord} ConnectionRecord
 * @typedef {import('./records.mjs').AuthRecord} AuthRecord
 * @typedef {import('./scenarios.mjs').Scenario} Scenario
 * @typedef {import('./certs.mjs').CertificatePaths} CertificatePaths
 * @typedef {import('./certs.mjs').LoadedCertificates} LoadedCertificates
 */
