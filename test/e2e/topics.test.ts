import { findSuggestion } from '../../src/db/repositories/topic-suggestions';
import { ACTION, CALLBACK, JOIN, TOPIC_FORM } from '../../src/views/ids';
import { input, type StateValues } from '../support/slack-requests';
import { startHarness, type Harness } from './harness';

const ORG = 'U0ORG00001';
const ADA = 'U0ADA00001';
const BEA = 'U0BEA00001';
const SVEN = 'U0SVEN0001';

type Reply = { text: string; blocks?: Block[]; response_type?: string; replace_original?: boolean };
type Block = {
  type: string;
  block_id?: string;
  text?: { type: string; text: string };
  accessory?: { action_id: string; value: string; text: { text: string } };
  elements?: Array<{ action_id?: string; value?: string }>;
  element?: { options?: Array<{ value: string; text: { type: string; text: string } }>; initial_value?: string };
};
type View = { callback_id: string; private_metadata?: string; title: { text: string }; blocks: Block[] };

function responsesTo(h: Harness, responseUrl: string): Reply[] {
  return h.fake.responsesAt(decodeURIComponent(responseUrl.split('/').pop() as string)) as Reply[];
}

/** Runs a command and returns the ephemeral replies it got. */
async function command(h: Harness, userId: string, text: string): Promise<Reply[]> {
  const sent = await h.slack.command(userId, text);
  expect(sent.status).toBe(200);
  await h.settled();
  return responsesTo(h, sent.responseUrl);
}

/** Clicks a button on an ephemeral message (Slack sends no message then) and returns what went to its response_url. */
async function click(h: Harness, userId: string, actionId: string, value: string): Promise<Reply[]> {
  const sent = await h.slack.blockAction(userId, { actionId, value, isEphemeral: true, channelId: 'C0GENERAL' });
  expect(sent.status).toBe(200);
  await h.settled();
  return responsesTo(h, sent.payload.response_url as string);
}

function formValues(values: Partial<Record<keyof typeof TOPIC_FORM, string | null>>): StateValues {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => {
      const id = TOPIC_FORM[key as keyof typeof TOPIC_FORM];
      return [id, { [id]: input.plain(value ?? null) }];
    }),
  );
}

async function suggestViaModal(h: Harness, userId: string, title: string, description: string | null = null) {
  await command(h, userId, 'suggest');
  await h.fake.waitFor('views.open', (args) => (args.view as View).callback_id === CALLBACK.topicSuggest);
  const response = await h.slack.viewSubmission(userId, { callbackId: CALLBACK.topicSuggest, values: formValues({ title, description }) });
  await h.settled();
  return response;
}

async function joinModalTopics(h: Harness, userId: string): Promise<Array<{ value: string; text: { type: string; text: string } }>> {
  h.fake.clear();
  await command(h, userId, 'join');
  const open = await h.fake.waitFor('views.open');
  const view = open.args.view as View;
  expect(view.callback_id).toBe(CALLBACK.join);
  return view.blocks.find((b) => b.block_id === JOIN.topics)?.element?.options ?? [];
}

function topicStatus(h: Harness, id: string): string | undefined {
  return (h.db.prepare('SELECT status FROM topics WHERE id = ?').get(id) as { status: string } | undefined)?.status;
}

function count(h: Harness, sql: string): number {
  return (h.db.prepare(sql).get() as { n: number }).n;
}

/** Opens the approve modal as the organizer would, from `topics review`, and submits it. */
async function approve(h: Harness, topicId: string, values: Partial<Record<keyof typeof TOPIC_FORM, string | null>>) {
  await command(h, ORG, 'topics review');
  await click(h, ORG, ACTION.topicApprove, topicId);
  const open = await h.fake.waitFor('views.open', (args) => (args.view as View).callback_id === CALLBACK.topicApprove);
  const view = open.args.view as View;
  expect(view.private_metadata).toBe(topicId);
  const response = await h.slack.viewSubmission(ORG, { callbackId: CALLBACK.topicApprove, values: formValues(values) });
  await h.settled();
  return { view, response };
}

const QUESTIONS = { question1: 'Which assistant do you use most?', question2: 'Where would you not trust it?' };

describe('topics: suggest, vote, review', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ organizers: [ORG], now: '2026-11-27T10:00:00Z' });
    h.fake.addUser({ id: ORG, name: 'org', locale: 'en-US' });
    h.fake.addUser({ id: ADA, name: 'ada', locale: 'en-GB' });
    h.fake.addUser({ id: BEA, name: 'bea', locale: 'en-US' });
    h.fake.addUser({ id: SVEN, name: 'sven', locale: 'sv-SE' });
  });
  afterEach(() => h.close());

  it('suggest with text records a pending suggestion and tells the organizers privately', async () => {
    const replies = await command(h, ADA, 'suggest Working with AI assistants');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ response_type: 'ephemeral' });
    expect(replies[0]?.text).toBe("Thanks! *Working with AI assistants* is with the organizers now. We'll let you know when they have looked at it.");

    expect(h.db.prepare("SELECT id, status, source, suggested_by FROM topics WHERE source = 'suggested'").all()).toEqual([
      { id: 's-1', status: 'pending', source: 'suggested', suggested_by: ADA },
    ]);
    expect(h.db.prepare("SELECT locale, title, description, questions FROM topic_texts WHERE topic_id = 's-1'").all()).toEqual([
      { locale: 'en', title: 'Working with AI assistants', description: '', questions: '[]' },
    ]);
    const organizerDms = h.fake.messagesIn(ORG);
    expect(organizerDms.map((m) => m.text)).toEqual([
      `<@${ADA}> suggested a new topic: *Working with AI assistants*. Review it with \`/reverse-mentor topics review\`.`,
    ]);
    // Nobody else is told, and not in a channel.
    expect(h.fake.callsTo('chat.postMessage').map((c) => c.args.channel)).toEqual([ORG]);
  });

  it('suggest with text refuses a title over 75 characters or one that exists, naming why, and stores nothing', async () => {
    const tooLong = await command(h, ADA, `suggest ${'x'.repeat(76)}`);
    expect(tooLong[0]?.text).toContain('75 characters or fewer');
    const duplicate = await command(h, ADA, 'suggest ai at WORK');
    expect(duplicate[0]?.text).toBe('That topic is already in the list or waiting for review.');
    expect(count(h, "SELECT COUNT(*) AS n FROM topics WHERE source = 'suggested'")).toBe(0);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('suggest without text opens the modal; inline errors name the limit and store nothing; a good one is stored', async () => {
    const sent = await h.slack.command(SVEN, 'suggest');
    await h.settled();
    const open = await h.fake.waitFor('views.open');
    expect(open.args.trigger_id).toBe(sent.triggerId);
    const view = open.args.view as View;
    expect(view.callback_id).toBe(CALLBACK.topicSuggest);
    expect(view.title.text).toBe('Föreslå ett ämne');

    const tooLong = await h.slack.viewSubmission(SVEN, {
      callbackId: CALLBACK.topicSuggest,
      values: formValues({ title: 'x'.repeat(76), description: 'y'.repeat(301) }),
    });
    expect(tooLong.status).toBe(200);
    expect(tooLong.json).toEqual({
      response_action: 'errors',
      errors: { [TOPIC_FORM.title]: 'Håll det till högst 75 tecken.', [TOPIC_FORM.description]: 'Håll det till högst 300 tecken.' },
    });
    const empty = await h.slack.viewSubmission(SVEN, { callbackId: CALLBACK.topicSuggest, values: formValues({ title: '   ', description: null }) });
    expect(empty.json).toEqual({ response_action: 'errors', errors: { [TOPIC_FORM.title]: 'Ge ämnet en rubrik.' } });
    await h.settled();
    expect(count(h, "SELECT COUNT(*) AS n FROM topics WHERE source = 'suggested'")).toBe(0);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);

    const good = await h.slack.viewSubmission(SVEN, {
      callbackId: CALLBACK.topicSuggest,
      values: formValues({ title: 'Att leda på distans', description: 'Många av oss\nleder team vi sällan ser.' }),
    });
    await h.settled();
    const body = good.json as { response_action: string; view: View };
    expect(body.response_action).toBe('update');
    expect(JSON.stringify(body.view.blocks)).toContain('Tack! *Att leda på distans* ligger nu hos organisatörerna.');
    expect(findSuggestion(h.db, 's-1')).toMatchObject({ status: 'pending', suggestedBy: SVEN, locale: 'sv', description: 'Många av oss\nleder team vi sällan ser.' });
    // The organizer reads it in English, with the suggester's reason.
    const dm = h.fake.messagesIn(ORG);
    expect(dm.map((m) => m.text)).toEqual([`<@${SVEN}> suggested a new topic: *Att leda på distans*. Review it with \`/reverse-mentor topics review\`.`]);
    expect(JSON.stringify(dm[0]?.blocks)).toContain('leder team vi sällan ser');
  });

  it('topics lists the approved topics, each with a vote button and its count; pending ones are not listed', async () => {
    await command(h, ADA, 'suggest Office dogs');
    const replies = await command(h, BEA, 'topics');
    const sections = (replies[0]?.blocks ?? []).filter((b) => b.accessory);
    expect(sections).toHaveLength(13);
    expect(sections.every((b) => b.accessory?.action_id === ACTION.topicVote)).toBe(true);
    expect(sections.map((b) => b.accessory?.value)).toEqual(expect.arrayContaining(['digital-tools', 'ai-at-work', 'sustainability']));
    expect(sections.map((b) => b.accessory?.value)).not.toContain('s-1');
    const ai = sections.find((b) => b.accessory?.value === 'ai-at-work');
    expect(ai?.text?.text).toContain('*AI at work*');
    expect(ai?.text?.text).toContain('_No votes yet_');
    expect(ai?.accessory?.text.text).toBe('Vote');

    // In Swedish for a Swede.
    const swedish = await command(h, SVEN, 'topics');
    expect(JSON.stringify(swedish[0]?.blocks)).toContain('*AI på jobbet*');
  });

  it('a vote is one per person per topic, "Take back vote" takes it back, and the message is updated in place', async () => {
    await command(h, ADA, 'topics');
    const first = await click(h, ADA, ACTION.topicVote, 'ai-at-work');
    expect(first).toHaveLength(1);
    expect(first[0]?.replace_original).toBe(true);
    const aiOf = (reply: Reply | undefined) => reply?.blocks?.find((b) => b.accessory?.value === 'ai-at-work');
    expect(aiOf(first[0])?.text?.text).toContain('_1 vote_');
    expect(aiOf(first[0])?.accessory).toMatchObject({ action_id: ACTION.topicVoteWithdraw, text: { text: 'Take back vote' } });

    const byBea = await click(h, BEA, ACTION.topicVote, 'ai-at-work');
    expect(aiOf(byBea[0])?.text?.text).toContain('_2 votes_');

    // "Vote" pressed again on a list that was out of date leaves the vote as it is, and shows it.
    const stale = await click(h, ADA, ACTION.topicVote, 'ai-at-work');
    expect(aiOf(stale[0])?.text?.text).toContain('_2 votes_');
    expect(aiOf(stale[0])?.accessory?.action_id).toBe(ACTION.topicVoteWithdraw);

    const again = await click(h, ADA, ACTION.topicVoteWithdraw, 'ai-at-work');
    expect(aiOf(again[0])?.text?.text).toContain('_1 vote_');
    expect(aiOf(again[0])?.accessory).toMatchObject({ action_id: ACTION.topicVote, text: { text: 'Vote' } });
    expect(h.db.prepare('SELECT topic_id, user_id FROM topic_votes').all()).toEqual([{ topic_id: 'ai-at-work', user_id: BEA }]);
    // Withdrawn twice: still withdrawn.
    await click(h, ADA, ACTION.topicVoteWithdraw, 'ai-at-work');
    expect(h.db.prepare('SELECT topic_id, user_id FROM topic_votes').all()).toEqual([{ topic_id: 'ai-at-work', user_id: BEA }]);

    // A crafted vote on a topic nobody approved is refused and stores nothing.
    await command(h, ADA, 'suggest Office dogs');
    const crafted = await click(h, ADA, ACTION.topicVote, 's-1');
    expect(crafted[0]).toMatchObject({ replace_original: false, text: 'That topic is not open for votes.' });
    expect(count(h, 'SELECT COUNT(*) AS n FROM topic_votes')).toBe(1);
  });

  it('review → approve: the organizer writes the questions, the topic joins the join modal and topics, and the suggester is told', async () => {
    await command(h, ADA, 'suggest Working with AI assistants');
    const review = await command(h, ORG, 'topics review');
    const buttons = (review[0]?.blocks ?? []).flatMap((b) => b.elements ?? []);
    expect(buttons.map((e) => [e.action_id, e.value])).toEqual([
      [ACTION.topicApprove, 's-1'],
      [ACTION.topicReject, 's-1'],
    ]);
    expect(JSON.stringify(review[0]?.blocks)).toContain(`Suggested by <@${ADA}>`);
    expect((await joinModalTopics(h, BEA)).map((o) => o.value)).not.toContain('s-1');

    // Too few questions: an inline error, nothing changes.
    h.fake.clear();
    const { view, response: short } = await approve(h, 's-1', { title: 'Working with AI assistants', question1: 'Only one?' });
    expect(view.blocks.find((b) => b.block_id === TOPIC_FORM.title)?.element?.initial_value).toBe('Working with AI assistants');
    expect(short.json).toEqual({ response_action: 'errors', errors: { [TOPIC_FORM.question2]: 'Write a question here. Each topic needs at least 2.' } });
    expect(topicStatus(h, 's-1')).toBe('pending');

    const done = await h.slack.viewSubmission(ORG, {
      callbackId: CALLBACK.topicApprove,
      values: formValues({ title: 'Working with AI assistants', description: 'Tools we use daily', ...QUESTIONS }),
    });
    await h.settled();
    expect((done.json as { response_action: string }).response_action).toBe('update');
    expect(JSON.stringify(done.json)).toContain('*Working with AI assistants* is approved.');
    expect(topicStatus(h, 's-1')).toBe('approved');
    expect(findSuggestion(h.db, 's-1')?.questions).toEqual([QUESTIONS.question1, QUESTIONS.question2]);
    expect(h.fake.messagesIn(ADA).map((m) => m.text)).toEqual([
      'Good news! Your topic suggestion *Working with AI assistants* has been approved. People can now choose it when they join, and it may come up in a weekly prompt. Thank you! :tada:',
    ]);

    expect(await joinModalTopics(h, BEA)).toContainEqual(expect.objectContaining({ value: 's-1', text: expect.objectContaining({ text: 'Working with AI assistants' }) }));
    // Swedish speakers are offered it too, in the language it was written in.
    expect((await joinModalTopics(h, SVEN)).map((o) => o.value)).toContain('s-1');
    const list = await command(h, BEA, 'topics');
    expect((list[0]?.blocks ?? []).map((b) => b.accessory?.value)).toContain('s-1');
    expect(JSON.stringify(await command(h, ORG, 'topics review'))).toContain('No suggestions are waiting for review.');

    // Approving again (a stale button, or the modal resubmitted) changes nothing and says so.
    const stale = await click(h, ORG, ACTION.topicApprove, 's-1');
    expect(stale[0]?.blocks?.[0]?.text?.text).toBe('*Working with AI assistants* was already approved, so nothing changed.');
    const resubmitted = await h.slack.viewSubmission(ORG, {
      callbackId: CALLBACK.topicApprove,
      values: formValues({ title: 'Renamed', ...QUESTIONS }),
    });
    await h.settled();
    expect(JSON.stringify(resubmitted.json)).toContain('was already approved, so nothing changed');
    expect(findSuggestion(h.db, 's-1')?.title).toBe('Working with AI assistants');
    expect(h.fake.messagesIn(ADA)).toHaveLength(1);
  });

  it('review → reject: the suggestion is set aside, the list is redrawn and the suggester is told kindly', async () => {
    await command(h, ADA, 'suggest Office dogs');
    await command(h, BEA, 'suggest Lunch roulette');
    await command(h, ORG, 'topics review');
    const rejected = await click(h, ORG, ACTION.topicReject, 's-1');
    expect(rejected[0]?.replace_original).toBe(true);
    expect(rejected[0]?.blocks?.[0]?.text?.text).toBe('*Office dogs* is rejected. The person who suggested it has been thanked and told.');
    // Only the other suggestion is left to decide on.
    expect((rejected[0]?.blocks ?? []).flatMap((b) => b.elements ?? []).map((e) => e.value)).toEqual(['s-2', 's-2']);
    expect(topicStatus(h, 's-1')).toBe('rejected');
    expect(h.fake.messagesIn(ADA).map((m) => m.text)).toEqual([
      'Thank you for suggesting *Office dogs*. The organizers have decided not to add it this time. Your ideas are always welcome: suggest another any time with `/reverse-mentor suggest`.',
    ]);
    expect(h.fake.messagesIn(BEA)).toHaveLength(0);
    expect((await joinModalTopics(h, BEA)).map((o) => o.value)).not.toContain('s-1');

    const again = await click(h, ORG, ACTION.topicReject, 's-1');
    expect(again[0]?.blocks?.[0]?.text?.text).toBe('*Office dogs* was already rejected, so nothing changed.');
    expect(h.fake.messagesIn(ADA)).toHaveLength(1);
  });

  it('refuses non-organizers: topics review, and crafted approve / reject clicks and submissions change nothing', async () => {
    await command(h, BEA, 'suggest Office dogs');
    h.fake.clear();

    const review = await command(h, ADA, 'topics review');
    expect(review.map((r) => r.text)).toEqual(['That is for programme organizers only. Ask one of them if you need something changed.']);
    expect(JSON.stringify(review)).not.toContain('Office dogs');

    for (const actionId of [ACTION.topicApprove, ACTION.topicReject]) {
      const refused = await click(h, ADA, actionId, 's-1');
      expect(refused.map((r) => r.text)).toEqual(['That is for programme organizers only. Ask one of them if you need something changed.']);
    }
    const submitted = await h.slack.viewSubmission(ADA, {
      callbackId: CALLBACK.topicApprove,
      privateMetadata: 's-1',
      allowMissing: true,
      values: formValues({ title: 'Office dogs', ...QUESTIONS }),
    });
    await h.settled();
    expect(submitted.json).toEqual({
      response_action: 'errors',
      errors: { [TOPIC_FORM.title]: 'That is for programme organizers only. Ask one of them if you need something changed.' },
    });
    expect(topicStatus(h, 's-1')).toBe('pending');
    expect(h.fake.callsTo('views.open')).toHaveLength(0);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('help shows topics review to organizers only', async () => {
    const forAda = JSON.stringify(await command(h, ADA, 'help'));
    expect(forAda).toContain('/reverse-mentor suggest [text]');
    expect(forAda).toContain('/reverse-mentor topics` — see topics and vote');
    expect(forAda).not.toContain('topics review');
    expect(JSON.stringify(await command(h, ORG, 'help'))).toContain('`/reverse-mentor topics review` — approve or reject suggestions');
  });

  it('a suggestion titled <!channel> hi is echoed escaped everywhere', async () => {
    const thanks = await suggestViaModal(h, ADA, '<!channel> hi', 'Ping <!here> & <https://evil.example|win>');
    // Typed literally in the command, Slack sends it escaped; it is stored as typed.
    await command(h, BEA, 'suggest &lt;!here&gt; there');
    expect(findSuggestion(h.db, 's-1')?.title).toBe('<!channel> hi');
    expect(findSuggestion(h.db, 's-2')?.title).toBe('<!here> there');

    await command(h, ORG, 'topics review');
    await approve(h, 's-1', { title: '<!channel> hi', ...QUESTIONS });
    await command(h, ORG, 'topics review');
    await click(h, ORG, ACTION.topicReject, 's-2');
    await command(h, BEA, 'topics');
    await click(h, BEA, ACTION.topicVote, 's-1');

    const outgoing = [
      JSON.stringify(thanks.json),
      ...h.fake.calls.filter((c) => ['chat.postMessage', 'response_url', 'chat.postEphemeral', 'chat.update'].includes(c.method)).map((c) => JSON.stringify(c.args)),
    ];
    const all = outgoing.join('\n');
    expect(all).not.toMatch(/<!channel>|<!here>|<https:\/\/evil/);
    expect(JSON.stringify(thanks.json)).toContain('&lt;!channel&gt; hi');
    expect(h.fake.messagesIn(ORG).map((m) => m.text)).toEqual([
      `<@${ADA}> suggested a new topic: *&lt;!channel&gt; hi*. Review it with \`/reverse-mentor topics review\`.`,
      `<@${BEA}> suggested a new topic: *&lt;!here&gt; there*. Review it with \`/reverse-mentor topics review\`.`,
    ]);
    expect(h.fake.messagesIn(ADA).map((m) => m.text)[0]).toContain('*&lt;!channel&gt; hi* has been approved');
    expect(h.fake.messagesIn(BEA).map((m) => m.text)[0]).toContain('*&lt;!here&gt; there*');
    expect(all).toContain('*&lt;!channel&gt; hi*\\n_1 vote_');
    // In the join modal it is a plain-text option, which Slack never reads as a mention.
    const option = (await joinModalTopics(h, BEA)).find((o) => o.value === 's-1');
    expect(option?.text).toEqual(expect.objectContaining({ type: 'plain_text', text: '<!channel> hi' }));
  });
});
