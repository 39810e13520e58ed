import type { Db } from '../../src/db/open';
import { findParticipant } from '../../src/db/repositories/participants';
import { ACTION } from '../../src/views/ids';
import { BOT_TOKEN } from '../e2e/harness';
import { seedLargeCohort } from '../helpers/cohorts';
import { startListenerServer, type ListenerServer } from '../helpers/listener-server';
import { startFakeSlack, type FakeCall, type FakeSlack } from '../support/fake-slack';
import type { SlackRequests } from '../support/slack-requests';

/**
 * `reverse-mentor start` as it runs in production, matching a cohort of 5,000 people (`npm run bench --
 * matching`: over a second of one core). The listeners' thread hands the match to the matching thread, so a
 * button someone presses meanwhile is answered by its listener at once rather than after the match. Run on the
 * listener thread, the press waited for the whole match. The absolute figure against issue 19's 300 ms is
 * `npm run bench -- match-press`'s (measured here: presses answered in 7–86 ms, median 16 ms, during matches of
 * 1.5–1.8 s; 205–1,406 ms with the engine put back on the listener thread).
 */

const ORG = 'U0ORG00001';

describe('a match of 5,000 people under start', () => {
  let fake: FakeSlack;
  let app: ListenerServer;
  let db: Db;
  let slack: SlackRequests;

  beforeEach(async () => {
    fake = await startFakeSlack({ botToken: BOT_TOKEN });
    fake.addUser({ id: ORG, name: 'grace', tz: 'Europe/Stockholm', locale: 'en-GB' });
    app = await startListenerServer(fake, { organizers: ORG });
    ({ db, slack } = app);
  });

  afterEach(async () => {
    await app?.stop();
    await fake.close();
  });

  it('a button pressed during the match is answered by its listener early in the match, long before the preview', async () => {
    const { someone } = seedLargeCohort(db);
    // Their Home tab, with its Pause button, before anything else happens.
    await slack.appHomeOpened(someone);
    await fake.waitFor('views.publish', (args) => args.user_id === someone, { timeoutMs: 10_000 });

    await slack.command(ORG, 'match');
    // "Matching 5000 people…" goes out just before the engine starts.
    await fake.waitFor('response_url', (args) => String(args.text).startsWith('Matching 5,000 people'), { timeoutMs: 20_000 });

    const pressedAt = Date.now();
    const press = await slack.blockAction(someone, { actionId: ACTION.homePause, view: 'home' });
    expect(press.status).toBe(200);
    const answer: FakeCall = await fake.waitFor('views.publish', (args, call) => args.user_id === someone && call.at >= pressedAt, { timeoutMs: 20_000 });
    expect(findParticipant(db, someone)?.status).toBe('paused');

    // The preview (a direct message) comes when the match is done, after the button's answer: the press was answered
    // during the match, early in it. Measured against the match itself rather than a fixed figure, so a machine
    // that is slow runs both slowly: a press that waited behind the engine would come near the end of the match.
    const preview = await fake.waitFor('chat.postMessage', (args) => JSON.stringify(args.blocks ?? []).includes(ACTION.matchConfirm), { timeoutMs: 60_000 });
    expect(preview.at).toBeGreaterThan(answer.at);
    expect(answer.at - pressedAt).toBeLessThan((preview.at - pressedAt) / 4);
  }, 120_000);
});
