import type { Participant } from '../../src/db/repositories/participants';
import { messagesFor } from '../../src/i18n';
import { homeView } from '../../src/views/home';
import { CALLBACK, JOIN, ACTION } from '../../src/views/ids';
import { joinModal } from '../../src/views/join-modal';
import { escapeMrkdwn, slackDate } from '../../src/views/mrkdwn';
import { joinConfirmation } from '../../src/views/participant-messages';

const en = messagesFor('en');
const sv = messagesFor('sv');
const topics = Array.from({ length: 120 }, (_, i) => ({ id: `t${i}`, title: `Topic ${i} ${'x'.repeat(i)}`, description: 'd', questions: ['a', 'b', 'c'] }));

const participant: Participant = {
  userId: 'U1',
  role: 'mentor',
  department: '<!channel> & <https://evil.example|click>',
  seniority: '3-5',
  managerId: 'UBOSS',
  goals: 'secret goals',
  meetingPref: 'video',
  displayName: 'Ada',
  timezone: 'Europe/Stockholm',
  locale: 'en-US',
  status: 'active',
  pausedUntil: null,
  topics: ['t1', 't2'],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

type AnyBlock = { type: string; block_id?: string; element?: Record<string, unknown>; text?: { text: string }; elements?: Array<Record<string, unknown>> };

describe('join modal', () => {
  it('carries the stable ids with block_id = action_id and stays within Block Kit limits', () => {
    const view = joinModal(en, topics);
    expect(view.callback_id).toBe(CALLBACK.join);
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    const inputs = (view.blocks as AnyBlock[]).filter((b) => b.type === 'input');
    expect(inputs.map((b) => b.block_id)).toEqual(Object.values(JOIN));
    for (const block of inputs) expect(block.element?.action_id).toBe(block.block_id);
    const topicSelect = inputs.find((b) => b.block_id === JOIN.topics)!.element as { options: Array<{ text: { text: string } }>; max_selected_items: number };
    expect(topicSelect.options).toHaveLength(100);
    expect(topicSelect.max_selected_items).toBe(5);
    for (const option of topicSelect.options) expect(option.text.text.length).toBeLessThanOrEqual(75);
  });

  it('is pre-filled for editing, with the Swedish title fitting too', () => {
    const view = joinModal(sv, topics, participant);
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    const element = (id: string) => (view.blocks as AnyBlock[]).find((b) => b.block_id === id)!.element as Record<string, unknown>;
    expect((element(JOIN.role).initial_option as { value: string }).value).toBe('mentor');
    expect(element(JOIN.department).initial_value).toBe(participant.department);
    expect((element(JOIN.topics).initial_options as Array<{ value: string }>).map((o) => o.value)).toEqual(['t1', 't2']);
    expect(element(JOIN.manager).initial_user).toBe('UBOSS');
    expect(element(JOIN.goals).initial_value).toBe('secret goals');
    expect((element(JOIN.meeting).initial_option as { value: string }).value).toBe('video');
  });
});

describe('mrkdwn escaping', () => {
  it('neutralises mentions and links in user text', () => {
    expect(escapeMrkdwn('<!channel> & <@U1> <https://x|y>')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt; &lt;https://x|y&gt;');
  });

  it('the join confirmation echoes the department escaped and never the goals', () => {
    const message = joinConfirmation(en, participant, topics, true, undefined);
    const json = JSON.stringify(message);
    expect(json).not.toContain('<!channel>');
    expect(json).toContain('&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;');
    expect(json).not.toContain('secret goals');
  });

  it('formats dates with Slack date tokens and a readable fallback', () => {
    expect(slackDate(new Date('2026-12-07T08:00:00Z'))).toBe('<!date^1796630400^{date_long} {time}|2026-12-07 08:00 UTC>');
  });
});

describe('home view', () => {
  const status = { participant, effectiveStatus: 'active' as const, cohort: undefined, partnerIds: [], nextPromptAt: null, reflectionCount: 0, latestPromptId: null };

  it('offers Join to someone who is not in yet', () => {
    const view = homeView(en, { status: undefined });
    const ids = (view.blocks as AnyBlock[]).flatMap((b) => b.elements ?? []).map((e) => e.action_id);
    expect(ids).toEqual([ACTION.homeJoin]);
  });

  it('offers edit and pause to an active participant, resume when paused', () => {
    const active = homeView(en, { status });
    expect((active.blocks as AnyBlock[]).flatMap((b) => b.elements ?? []).map((e) => e.action_id)).toEqual([ACTION.homeJoin, ACTION.homePause]);
    const paused = homeView(en, { status: { ...status, effectiveStatus: 'paused', participant: { ...participant, status: 'paused', pausedUntil: '2026-12-01T00:00:00Z' } } });
    expect((paused.blocks as AnyBlock[]).flatMap((b) => b.elements ?? []).map((e) => e.action_id)).toEqual([ACTION.homeJoin, ACTION.homeResume]);
  });

  it('shows the next meeting with each partner and a Book button, below the buttons of an organizer\'s programme too', () => {
    const meetings = [
      { pairId: 7, partnerId: 'U0PARTNER1', next: new Date('2026-12-07T13:00:00Z') },
      { pairId: 8, partnerId: 'U0PARTNER2', next: null },
    ];
    type Element = { action_id?: string; value?: string };
    const bookButtons = (blocks: AnyBlock[]) =>
      (blocks as Array<AnyBlock & { accessory?: Element }>)
        .flatMap((b): Element[] => [...(b.elements ?? []), ...(b.accessory ? [b.accessory] : [])])
        .filter((e) => e.action_id === ACTION.meetingBook);
    const participantOnly = homeView(en, { status, meetings }).blocks as AnyBlock[];
    expect(bookButtons(participantOnly).map((e) => e.value)).toEqual(['7', '8']);
    const json = JSON.stringify(participantOnly);
    expect(json).toContain('<@U0PARTNER1>');
    expect(json).toContain('<!date^1796648400^');
    const overview = { running: [], others: [], pendingSuggestions: 0, enrolling: false };
    const organizerToo = homeView(en, { status, meetings, organizer: { overview, showAll: false, now: new Date('2026-12-01T00:00:00Z') } }).blocks as AnyBlock[];
    expect(bookButtons(organizerToo)).toHaveLength(2);
    // Someone who has left has no pairs to book for.
    expect(bookButtons(homeView(en, { status: { ...status, effectiveStatus: 'left' }, meetings: [] }).blocks as AnyBlock[])).toHaveLength(0);
  });
});
