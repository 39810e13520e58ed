/**
 * Signed Slack requests to the app's receiver: the sandbox's client, shared with the tests so both send exactly
 * what Slack sends. See src/sandbox/standin/requests.ts.
 */
export * from '../../src/sandbox/standin/requests';
