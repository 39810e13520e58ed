import type { Worker } from 'node:worker_threads';
import type { Db } from '../../src/db/open';
import { findParticipant } from '../../src/db/repositories/participants';
import { CALLBACK, JOIN } from '../../src/views/ids';
import { BOT_TOKEN } from '../e2e/harness';
import { holdWriteLockUntilReleased, waitUntil } from '../hardening/rig';
import { joinForm } from '../helpers/forms';
import { startListenerServer, type ListenerServer } from '../helpers/listener-server';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack';
import { input, type SlackRequests } from '../support/slack-requests';

/**
 * `reverse-mentor start` as it runs in production: this thread receives, verifies and acknowledges; the
 * listeners run in their own thread with their own database connection and Web API client.
 */

const ADA = 'U0ADA00001';

describe('the listener thread', () => {
  let fake: FakeSlack;
  let app: ListenerServer | undefined;
  let db: Db;
  let dbPath: string;
  let slack: SlackRequests;
  let threads: Worker[];

  beforeEach(async () => {
    // Slack answers slowly, so work after an ack is still going on when the tests look.
    fake = await startFakeSlack({ latencyMs: 150, botToken: BOT_TOKEN });
    fake.addUser({ id: ADA, name: 'ada', realName: 'Ada Lovelace', tz: 'Europe/London', locale: 'en-GB' });
    fake.addUser({ id: 'U0BOSS0001', name: 'boss', tz: 'Europe/Stockholm', locale: 'sv-SE' });
    threads = [];
    // A busy timeout longer than any test: a thread held up by a lock stays held up until the test lets go.
    app = await startListenerServer(fake, { thread: { restartAfterMs: 50, busyTimeoutMs: 60_000, onThread: (worker) => threads.push(worker) } });
    ({ db, dbPath, slack } = app);
  });

  afterEach(async () => {
    await app?.stop();
    await fake.close();
  });

  it('acknowledges a slash command at once and the listener thread carries it out', async () => {
    const sent = await slack.command(ADA, 'join');
    expect(sent.status).toBe(200);
    expect(sent.body).toBe('');
    const open = await fake.waitFor('views.open');
    expect(open.args.trigger_id).toBe(sent.triggerId);
    expect((open.args.view as { callback_id: string }).callback_id).toBe(CALLBACK.join);
  });

  it("a views.open refused with Retry-After 1 is tried once more: the trigger's arrival, stamped here, reaches the listener thread", async () => {
    fake.failNext('views.open', { status: 429, retryAfter: 1 });
    const sent = await slack.command(ADA, 'join');
    await waitUntil(() => fake.callsTo('views.open').length === 2, 10_000, 'the second try');
    expect(fake.callsTo('views.open').map((call) => [call.args.trigger_id, call.fault?.status ?? 200])).toEqual([
      [sent.triggerId, 429],
      [sent.triggerId, 200],
    ]);
    // Not before Slack allowed it.
    const [refused, opened] = fake.callsTo('views.open');
    expect(opened!.at - refused!.at).toBeGreaterThanOrEqual(1_000);
  });

  it("answers a view submission with its listener's answer: inline errors, or a stored profile and a closed modal", async () => {
    await slack.command(ADA, 'join');
    await fake.waitFor('views.open');

    const refused = await slack.viewSubmission(ADA, { callbackId: CALLBACK.join, values: joinForm({ confidentiality: input.checkboxes([]) }) });
    expect(refused.status).toBe(200);
    expect(refused.json).toMatchObject({ response_action: 'errors', errors: { [JOIN.confidentiality]: expect.any(String) } });
    expect(findParticipant(db, ADA)).toBeUndefined();

    const accepted = await slack.viewSubmission(ADA, { callbackId: CALLBACK.join, values: joinForm() });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toBe('');
    // Written by the listener thread's connection, read here through this thread's.
    await waitUntil(() => findParticipant(db, ADA)?.department === 'Marketing', 5_000, 'the profile to be stored');
    await waitUntil(() => fake.messagesIn(ADA).length === 1, 5_000, 'the welcome DM');
  });

  it('acknowledges requests while the listener thread is held up (by a write lock another process holds)', async () => {
    await slack.command(ADA, 'join');
    await fake.waitFor('views.open');
    const lock = await holdWriteLockUntilReleased(dbPath);
    // The profile is saved after the ack; better-sqlite3 waits for the lock synchronously, holding the thread until
    // this test lets go of the lock.
    const submitted = await slack.viewSubmission(ADA, { callbackId: CALLBACK.join, values: joinForm() });
    expect(submitted.status).toBe(200);
    const status = await slack.command(ADA, 'status');
    expect(status.status).toBe(200);
    // Acknowledged while the lock was still held, so without the listener thread: it had neither saved the profile
    // nor answered the status command (its reply goes to the response_url once it is free).
    expect(lock.held()).toBe(true);
    expect(findParticipant(db, ADA)).toBeUndefined();
    expect(fake.callsTo('response_url')).toHaveLength(0);
    await lock.release();
    await waitUntil(() => findParticipant(db, ADA)?.department === 'Marketing', 5_000, 'the profile to be stored');
    // The status the command asked for is answered too, once the thread is free.
    await waitUntil(() => fake.callsTo('response_url').length > 0, 5_000, 'the status reply');
  });

  it('is started again when it dies, and a request that arrived meanwhile is carried out by the new one', async () => {
    expect(threads).toHaveLength(1);
    await threads[0]?.terminate();
    const sent = await slack.command(ADA, 'join');
    expect(sent.status).toBe(200);
    await waitUntil(() => threads.length === 2, 20_000, 'a new listener thread');
    const open = await fake.waitFor('views.open', undefined, { timeoutMs: 10_000 });
    expect(open.args.trigger_id).toBe(sent.triggerId);
  });

  it('on stop, finishes the work it acknowledged before the thread ends', async () => {
    const sent = await slack.command(ADA, 'join');
    expect(sent.status).toBe(200);
    await app?.stop();
    app = undefined;
    expect(fake.callsTo('views.open').map((call) => call.args.trigger_id)).toEqual([sent.triggerId]);
  });
});
