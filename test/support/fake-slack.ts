/**
 * The fake Slack Web API the tests use is the sandbox's Slack stand-in: one implementation, runtime code, so
 * `npm run sandbox` and the tests exercise the same server. See src/sandbox/standin/ (index.ts assembles it).
 */
export * from '../../src/sandbox/standin';
