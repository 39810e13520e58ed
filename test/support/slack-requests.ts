/**
 * Signed Slack requests to the app's receiver: the sandbox's client, shared with the tests so both send exactly
 * what Slack sends. See src/sandbox/slack-client.ts.
 */
export * from '../../src/sandbox/slack-client';
