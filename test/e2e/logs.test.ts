import { CALLBACK, JOIN } from '../../src/views/ids';
import { input } from '../support/slack-requests';
import { BOT_TOKEN, SIGNING_SECRET, startHarness } from './harness';

const ADA = 'U0ADA00001';
const PLANTED_GOAL = 'PLANTED-GOAL-7f3a my private ambition';
const PLANTED_DEPARTMENT = 'PLANTED-DEPT-91c2';

describe('logs at debug level', () => {
  it('hold no token, no signing secret and no personal text from a full opt-in run', async () => {
    const h = await startHarness({ organizers: [ADA] });
    h.fake.addUser({ id: ADA, name: 'ada' });
    await h.slack.command(ADA, 'join');
    await h.settled();
    await h.slack.viewSubmission(ADA, {
      callbackId: CALLBACK.join,
      values: {
        [JOIN.role]: { [JOIN.role]: input.radio('mentee') },
        [JOIN.department]: { [JOIN.department]: input.plain(PLANTED_DEPARTMENT) },
        [JOIN.seniority]: { [JOIN.seniority]: input.staticSelect('20+') },
        [JOIN.topics]: { [JOIN.topics]: input.multiStaticSelect(['ai-at-work']) },
        [JOIN.goals]: { [JOIN.goals]: input.plain(PLANTED_GOAL) },
        [JOIN.confidentiality]: { [JOIN.confidentiality]: input.checkboxes(['agree']) },
      },
    });
    await h.settled();
    await h.slack.command(ADA, 'status');
    await h.slack.appHomeOpened(ADA);
    h.fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    await h.slack.command(ADA, 'leave');
    await h.settled();
    await h.close();

    // The run did log, at debug level, including Bolt's and the Web API client's own lines.
    expect(h.logs.length).toBeGreaterThan(20);
    expect(h.logs.some((line) => line.includes('"level":20'))).toBe(true);
    const all = h.logs.join('\n');
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SIGNING_SECRET);
    expect(all).not.toMatch(/xox[bpa]-/);
    expect(all).not.toContain('PLANTED-GOAL');
    expect(all).not.toContain('PLANTED-DEPT');
    // The profile was really stored with that text, so the check above means something.
    expect(JSON.stringify(h.fake.messagesIn(ADA))).toContain(PLANTED_DEPARTMENT);
  });
});
