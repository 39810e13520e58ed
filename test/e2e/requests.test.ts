import { CALLBACK, JOIN } from '../../src/views/ids';
import { input } from '../support/slack-requests';
import { startHarness, SIGNING_SECRET, type Harness } from './harness';

const ADA = 'U0ADA00001';

function joinBody(): string {
  const payload = {
    type: 'view_submission',
    team: { id: 'T1', domain: 'acme' },
    user: { id: ADA, username: 'ada', name: 'ada', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'verification-token',
    trigger_id: '1.2.3',
    view: {
      id: 'V1',
      type: 'modal',
      callback_id: CALLBACK.join,
      private_metadata: '',
      state: {
        values: {
          [JOIN.role]: { [JOIN.role]: input.radio('mentor') },
          [JOIN.department]: { [JOIN.department]: input.plain('Sales') },
          [JOIN.seniority]: { [JOIN.seniority]: input.staticSelect('0-2') },
          [JOIN.topics]: { [JOIN.topics]: input.multiStaticSelect(['ai-at-work']) },
          [JOIN.confidentiality]: { [JOIN.confidentiality]: input.checkboxes(['agree']) },
        },
      },
    },
  };
  return `payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

function participants(h: Harness): number {
  return (h.db.prepare('SELECT COUNT(*) AS n FROM participants').get() as { n: number }).n;
}

describe('requests that do not come from Slack', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
    h.fake.addUser({ id: ADA, name: 'ada' });
  });
  afterEach(() => h.close());

  it('a correctly signed raw request is accepted (the control case)', async () => {
    const response = await h.slack.raw(joinBody());
    expect(response.status).toBe(200);
    await h.settled();
    expect(participants(h)).toBe(1);
  });

  it('a bad signature gets 401 and changes nothing', async () => {
    const response = await h.slack.raw(joinBody(), {}, { signature: 'v0=' + '0'.repeat(64) });
    expect(response.status).toBe(401);
    await h.settled();
    expect(participants(h)).toBe(0);
    expect(h.fake.calls.filter((c) => c.method !== 'auth.test')).toHaveLength(0);
  });

  it('a request signed with another secret gets 401', async () => {
    const { createSlackRequests } = await import('../support/slack-requests');
    const forger = createSlackRequests({ baseUrl: `http://127.0.0.1:${h.app.port}`, signingSecret: `${SIGNING_SECRET}-guess`, fake: h.fake });
    expect((await forger.command(ADA, 'help')).status).toBe(401);
    await h.settled();
    expect(h.fake.callsTo('response_url')).toHaveLength(0);
  });

  it('a timestamp older than 5 minutes gets 401 even with a valid signature for it', async () => {
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    const response = await h.slack.raw(joinBody(), {}, { timestamp: stale });
    expect(response.status).toBe(401);
    await h.settled();
    expect(participants(h)).toBe(0);
  });

  it.each([
    ['ten minutes', 10 * 60],
    ['a day', 24 * 60 * 60],
    ['a year', 365 * 24 * 60 * 60],
  ])('a signature dated %s in the future gets 401 and changes nothing, though it is correct for that time', async (_name, aheadSeconds) => {
    const future = Math.floor(Date.now() / 1000) + aheadSeconds;
    const response = await h.slack.raw(joinBody(), {}, { timestamp: future });
    expect(response.status).toBe(401);
    await h.settled();
    expect(participants(h)).toBe(0);
    expect(h.fake.calls.filter((c) => c.method !== 'auth.test')).toHaveLength(0);
    expect(h.logs.some((line) => line.includes('"reason":"timestamp_outside_window"'))).toBe(true);
  });

  it('a signature dated four minutes ahead (a clock a little fast) is still accepted', async () => {
    const response = await h.slack.raw(joinBody(), {}, { timestamp: Math.floor(Date.now() / 1000) + 4 * 60 });
    expect(response.status).toBe(200);
    await h.settled();
    expect(participants(h)).toBe(1);
  });

  it('missing signature headers get 401', async () => {
    expect((await h.slack.raw(joinBody(), {}, { signature: null, timestamp: null })).status).toBe(401);
  });

  it('a malformed payload gets a 4xx and the app keeps serving', async () => {
    const malformed = await h.slack.raw('payload=%7Bnot-json', {}, { contentType: 'application/x-www-form-urlencoded' });
    expect(malformed.status).toBeGreaterThanOrEqual(400);
    expect(malformed.status).toBeLessThan(500);
    const brokenJson = await h.slack.raw('{"type": "event_callback", ', {}, { contentType: 'application/json' });
    expect(brokenJson.status).toBeGreaterThanOrEqual(400);
    expect(brokenJson.status).toBeLessThan(500);
    await h.settled();
    expect(participants(h)).toBe(0);
    // Still alive and correct.
    expect((await h.slack.command(ADA, 'help')).status).toBe(200);
    const health = await fetch(`http://127.0.0.1:${h.app.port}/healthz`);
    expect(health.status).toBe(200);
  });
});

describe('GET /healthz', () => {
  it('answers 200 with a small JSON body while the database answers, 503 when it does not', async () => {
    const h = await startHarness();
    const ok = await fetch(`http://127.0.0.1:${h.app.port}/healthz`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'ok', database: 'ok' });
    h.db.close();
    const down = await fetch(`http://127.0.0.1:${h.app.port}/healthz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'unavailable', database: 'error' });
    await h.app.stop();
    await h.fake.close();
  });
});
