import { Writable } from 'node:stream';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import type { Db } from '../../src/db/open';
import { createLogger } from '../../src/logger';
import type { DrainSettings } from '../../src/receiver';
import { createLedgerGateway } from '../../src/slack/gateway';
import { freshDatabase } from '../helpers/db';
import { startFakeSlack, type FakeCall, type FakeSlack, type FakeSlackOptions } from '../support/fake-slack';
import { createSlackRequests, type SlackRequests } from '../support/slack-requests';

export const SIGNING_SECRET = 'test-signing-secret-8f1c2e';
export const BOT_TOKEN = 'xoxb-test-0000-secret-token';

export interface Harness {
  fake: FakeSlack;
  slack: SlackRequests;
  app: RunningApp;
  db: Db;
  dbPath: string;
  config: Config;
  /** Every log line the app wrote (JSON strings), at debug level. */
  logs: string[];
  /** Resolves once every piece of work acknowledged so far (and anything it started) has finished. */
  settled(): Promise<void>;
  /** Sets the app's clock (an ISO instant); undefined = real time. */
  setNow(iso: string | undefined): void;
  /**
   * Stops the app and starts it again on the same database and fake Slack, as a restart of the process would:
   * everything the app kept in memory (the requests it has seen, caches) is gone. `app` and `slack` then point
   * at the new one (on a new port).
   */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  organizers?: string[];
  env?: Record<string, string>;
  now?: string;
  /** SQLite busy timeout of the app's connection (default 2000 ms). */
  busyTimeoutMs?: number;
  /** Delay the fake Slack adds to every answer. */
  latencyMs?: number;
  /** Web API timeout for both the interactive and the ledger client (fault tests keep it short). */
  slackTimeoutMs?: number;
  /** More of the fake Slack's options (its clock, its rate limits, trigger lives). */
  fakeSlack?: Omit<FakeSlackOptions, 'latencyMs'>;
  /** How the app waits while a person waits (default real time): tests record the waits and move a fake clock. */
  sleep?: (ms: number) => Promise<void>;
  /** How the receiver throws away a refused body's rest (test/hardening/keep-alive.test.ts holds its timer). */
  drain?: DrainSettings;
  /**
   * The calls Slack would refuse for breaking one of its rules that this test provokes on purpose (a trigger left
   * to expire), by the error the stand-in answered (`expired_trigger_id`). Any other such call fails the test at
   * `close()`: the app reusing a trigger, posting 51 blocks or a block_id twice is a bug even when nobody sees it.
   */
  expectRuleBreaks?: readonly string[];
}

/** What the stand-in answered a call that broke a rule: its error code (the text of a refused response_url post). */
function refusalOf(call: FakeCall): string {
  return call.refusal ?? '';
}

/**
 * The real app, started in HTTP mode on a random port with a fresh SQLite file, talking to a fake Slack Web API
 * on loopback; requests reach it signed exactly as Slack signs them.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await startFakeSlack({ botToken: BOT_TOKEN, ...options.fakeSlack, latencyMs: options.latencyMs ?? 0 });
  const { db, path } = freshDatabase(options.busyTimeoutMs ? { busyTimeoutMs: options.busyTimeoutMs } : {});
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      logs.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
    DATABASE_PATH: path,
    ORGANIZER_USER_IDS: (options.organizers ?? []).join(','),
    LOG_LEVEL: 'debug',
    ...options.env,
  });
  let fixedNow = options.now;
  const now = () => (fixedNow ? new Date(fixedNow) : new Date());
  const logger = createLogger({ level: 'debug', destination });
  const timeoutMs = options.slackTimeoutMs;
  const start = () =>
    startApp({
      config,
      db,
      logger,
      now,
      ...(options.sleep ? { sleep: options.sleep } : {}),
      ...(options.drain ? { drain: options.drain } : {}),
      ...(timeoutMs === undefined
        ? {}
        : {
            slackTimeoutMs: timeoutMs,
            // The ledger's own client (no retries of its own) with the same short timeout.
            ledgerSlack: createLedgerGateway({ token: BOT_TOKEN, apiUrl: fake.apiUrl, logger, timeoutMs, now }),
          }),
    });
  const clientFor = (app: RunningApp) => createSlackRequests({ baseUrl: `http://127.0.0.1:${app.port}`, signingSecret: SIGNING_SECRET, fake });
  const app = await start();
  const harness: Harness = {
    fake,
    slack: clientFor(app),
    app,
    db,
    dbPath: path,
    config,
    logs,
    settled: () => harness.app.ctx.work.settled(),
    setNow: (iso) => {
      fixedNow = iso;
    },
    async restart() {
      await harness.app.stop();
      harness.app = await start();
      harness.slack = clientFor(harness.app);
    },
    async close() {
      await harness.app.stop();
      await fake.close();
      if (db.open) db.close();
      const expected = new Set(options.expectRuleBreaks ?? []);
      const broken = fake.ruleBreaks().filter((call) => !expected.has(refusalOf(call)));
      if (broken.length > 0) {
        const list = broken.map((call) => `${call.method}: ${refusalOf(call)} (${call.brokeRule ?? ''})`).join(', ');
        throw new Error(`Slack would have refused ${broken.length} of the app's calls: ${list}`);
      }
    },
  };
  return harness;
}
