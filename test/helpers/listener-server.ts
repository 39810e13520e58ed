import { startServer, type RunningServer } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { Db } from '../../src/db/open';
import { startListenerThread, type ListenerThreadOptions } from '../../src/listeners/thread';
import { createLogger } from '../../src/logger';
import { BOT_TOKEN, SIGNING_SECRET } from '../e2e/harness';
import type { FakeSlack } from '../support/fake-slack';
import { createSlackRequests, type SlackRequests } from '../support/slack-requests';
import { freshDatabase } from './db';

export interface ListenerServer {
  server: RunningServer;
  slack: SlackRequests;
  db: Db;
  dbPath: string;
  dbDir: string;
  /** Stops the server (and its listener thread) and closes the database; the stand-in is the caller's. */
  stop(): Promise<void>;
}

/**
 * `reverse-mentor start` as it runs in production, on a fresh database against the stand-in: this thread receives,
 * verifies and acknowledges; the listeners run in their own thread (`thread` options: its restarts, busy timeout).
 */
export async function startListenerServer(
  fake: FakeSlack,
  options: { organizers?: string; thread?: ListenerThreadOptions } = {},
): Promise<ListenerServer> {
  const fresh = freshDatabase();
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
    DATABASE_PATH: fresh.path,
    ...(options.organizers ? { ORGANIZER_USER_IDS: options.organizers } : {}),
    LOG_LEVEL: 'silent',
  });
  const logger = createLogger({ level: 'silent' });
  const server = await startServer({ config, db: fresh.db, logger, host: '127.0.0.1' }, () => startListenerThread(config, logger, options.thread));
  const slack = createSlackRequests({ baseUrl: `http://127.0.0.1:${server.port}`, signingSecret: SIGNING_SECRET, fake });
  return {
    server,
    slack,
    db: fresh.db,
    dbPath: fresh.path,
    dbDir: fresh.dir,
    async stop() {
      await server.stop();
      fresh.db.close();
    },
  };
}
