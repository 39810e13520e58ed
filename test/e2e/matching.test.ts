import { completeCohort, enrolledUserIds, findCohort } from '../../src/db/repositories/cohorts';
import { listDeliveries } from '../../src/db/repositories/deliveries';
import { insertPair, listPairs, type Pair } from '../../src/db/repositories/pairs';
import { runTick } from '../../src/scheduler/tick';
import { computeMatchRun, confirmMatch } from '../../src/services/match-runs';
import { ACTION, CALLBACK, JOIN, REMATCH } from '../../src/views/ids';
import type { Db } from '../../src/db/open';
import { findElement, type StoredMessage } from '../support/fake-slack';
import { input, type StateValues } from '../support/slack-requests';
import { seedCohort, seedPeople, seedPerson } from '../helpers/programme';
import { startHarness, type Harness } from './harness';

const ORG = 'U0ORG00001';
const ORG2 = 'U0ORG00002';

interface Reply {
  text: string;
  blocks?: unknown[];
  response_type?: string;
  replace_original?: boolean;
}

function repliesAt(h: Harness, responseUrl: string): Reply[] {
  return h.fake.responsesAt(responseUrl.split('/').pop() as string) as never;
}

async function command(h: Harness, userId: string, text: string): Promise<{ ack: string; replies: Reply[] }> {
  const sent = await h.slack.command(userId, text);
  expect(sent.status).toBe(200);
  await h.settled();
  return { ack: sent.body, replies: repliesAt(h, sent.responseUrl) };
}

/** The latest match preview in the organizer's DM with the app (where `match` sends it), if any. */
function previewIn(h: Harness, userId: string): StoredMessage | undefined {
  const dm = h.fake.dmOf(userId);
  return dm ? h.fake.messagesIn(dm).filter((message) => findElement(message.blocks, ACTION.matchRerun)).at(-1) : undefined;
}

/**
 * Clicks a button on the match preview in the organizer's DM, as Slack sends it (someone who has no preview, such as
 * an outsider crafting a click, sends it from nowhere); returns the replies to its response_url.
 */
async function click(h: Harness, userId: string, actionId: string, runId: number): Promise<Reply[]> {
  const preview = previewIn(h, userId);
  const where = preview ? { channelId: h.fake.dmOf(userId) as string, messageTs: preview.ts } : { isEphemeral: true };
  const sent = await h.slack.blockAction(userId, { actionId, value: String(runId), ...where, allowMissing: !preview });
  expect(sent.status).toBe(200);
  await h.settled();
  return repliesAt(h, sent.payload.response_url as string);
}

const mentionOf = (userId: string) => `<@${userId}|${userId.toLowerCase()}>`;
const count = (db: Db, table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
const intros = (messages: StoredMessage[]) => messages.filter((m) => m.metadata?.event_type === 'rm_intro');
const latestRunId = (db: Db) => (db.prepare('SELECT MAX(id) AS id FROM match_runs').get() as { id: number }).id;

/** Every pair introduced exactly once: one group DM with both, one rm_intro message carrying the pair id. */
function expectEachPairIntroducedOnce(h: Harness, pairs: Pair[]): void {
  const opened = h.fake
    .callsTo('conversations.open')
    .filter((call) => !call.fault)
    .map((call) => String(call.args.users).split(',').sort().join(','));
  expect(opened.sort()).toEqual(pairs.map((p) => [p.mentorId, p.menteeId].sort().join(',')).sort());
  for (const pair of pairs) {
    expect(pair.channelId).toMatch(/^G/);
    expect(h.fake.conversation(pair.channelId!)?.members).toEqual(expect.arrayContaining([pair.mentorId, pair.menteeId]));
    const posted = intros(h.fake.messagesIn(pair.channelId!));
    expect(posted).toHaveLength(1);
    expect(posted[0]?.metadata?.event_payload).toEqual({ pair_id: pair.id });
  }
}

interface Person {
  id: string;
  role: 'mentor' | 'mentee';
  department: string;
  seniority: string;
  topics: string[];
  meeting: string;
}

function joinValues(person: Person): StateValues {
  const values: Record<string, unknown> = {
    [JOIN.role]: input.radio(person.role),
    [JOIN.department]: input.plain(person.department),
    [JOIN.seniority]: input.staticSelect(person.seniority),
    [JOIN.topics]: input.multiStaticSelect(person.topics),
    [JOIN.manager]: input.usersSelect(null),
    [JOIN.goals]: input.plain(null),
    [JOIN.meeting]: input.staticSelect(person.meeting),
    [JOIN.confidentiality]: input.checkboxes(['agree']),
  };
  return Object.fromEntries(Object.entries(values).map(([block, value]) => [block, { [block]: value }])) as StateValues;
}

const TOPICS = ['ai-at-work', 'digital-tools', 'hybrid-work', 'social-media', 'sustainability'];

/** 9 mentors and 11 mentees with varied departments, seniority, topics and meeting preferences. */
function twentyPeople(): Person[] {
  const mentors = Array.from({ length: 9 }, (_, i): Person => ({
    id: `UMR${String(i + 1).padStart(5, '0')}`,
    role: 'mentor',
    department: ['Marketing', 'Engineering', 'Sales'][i % 3] as string,
    seniority: i % 2 === 0 ? '0-2' : '3-5',
    topics: [TOPICS[i % 5] as string, TOPICS[(i + 1) % 5] as string],
    meeting: i % 3 === 0 ? 'video' : 'either',
  }));
  const mentees = Array.from({ length: 11 }, (_, i): Person => ({
    id: `UME${String(i + 1).padStart(5, '0')}`,
    role: 'mentee',
    department: ['Finance', 'Legal', 'Operations'][i % 3] as string,
    seniority: i % 2 === 0 ? '20+' : '11-20',
    topics: [TOPICS[(i + 2) % 5] as string, TOPICS[(i + 1) % 5] as string, TOPICS[i % 5] as string],
    meeting: 'video',
  }));
  return [...mentors, ...mentees];
}

describe('match preview, confirm and introductions', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ organizers: [ORG, ORG2] });
    h.fake.addUser({ id: ORG, name: 'org', locale: 'en-US' });
    h.fake.addUser({ id: ORG2, name: 'org2', locale: 'sv-SE' });
  });
  afterEach(() => h.close());

  it('20 people join, the organizer previews and confirms; each pair gets one group DM and one intro, the unmatched a DM', async () => {
    const cohort = seedCohort(h.db);
    const people = twentyPeople();
    for (const person of people) h.fake.addUser({ id: person.id, name: person.id.toLowerCase(), tz: 'Europe/Stockholm', locale: 'en-GB' });
    for (const person of people) {
      const submitted = await h.slack.viewSubmission(person.id, { callbackId: CALLBACK.join, values: joinValues(person), allowMissing: true });
      expect(submitted.status).toBe(200);
    }
    await h.settled();
    expect(enrolledUserIds(h.db, cohort.id)).toHaveLength(20);
    h.fake.clear();

    // match: an empty ack, then the preview as a DM the organizer can find again, and a reply saying where it is.
    const matched = await command(h, ORG, 'match');
    expect(matched.ack).toBe('');
    expect(matched.replies.map((reply) => reply.text)).toEqual(['The match preview for *Spring 2027* is in your direct messages with me, so you can find it again.']);
    const preview = previewIn(h, ORG) as StoredMessage;
    expect(h.fake.messagesIn(ORG)).toEqual([preview]);
    const shown = JSON.stringify(preview.blocks);
    expect(shown).toMatch(/\d shared topics?: [A-Z]/);
    expect(shown).toContain('different departments (');
    expect(shown).toMatch(/difference in experience/);
    expect(shown).toMatch(/fit \(\d+ of 164 points\)/);
    expect(shown).toContain('*9 pairs*');
    // "Confirm and introduce" cannot be undone: Slack asks first, with how many pairs and people will be messaged.
    expect(findElement(preview.blocks, ACTION.matchConfirm)?.element.confirm).toEqual({
      title: { type: 'plain_text', text: 'Introduce these pairs?', emoji: true },
      text: {
        type: 'plain_text',
        text: 'This sends 9 pairs their introduction and tells 2 people without a match that they are first in line for the next cohort. Messages cannot be taken back.',
        emoji: true,
      },
      confirm: { type: 'plain_text', text: 'Introduce them', emoji: true },
      deny: { type: 'plain_text', text: 'Not yet', emoji: true },
    });
    const runId = latestRunId(h.db);
    expect(findElement(preview.blocks, ACTION.matchConfirm)?.element.value).toBe(String(runId));
    expect(findElement(preview.blocks, ACTION.matchRerun)?.element.value).toBe(String(runId));
    expect(count(h.db, 'pairs')).toBe(0);

    const confirmed = await click(h, ORG, ACTION.matchConfirm, runId);
    expect(confirmed[0]).toMatchObject({ replace_original: true });
    expect(confirmed[0]?.text).toContain('Confirmed: *9 pairs*');
    expect(findCohort(h.db, cohort.id)?.status).toBe('active');

    const pairs = listPairs(h.db, cohort.id);
    expect(pairs).toHaveLength(9);
    expectEachPairIntroducedOnce(h, pairs);
    const intro = intros(h.fake.messagesIn(pairs[0]!.channelId!))[0];
    expect(JSON.stringify(intro?.blocks)).toContain('books the first meeting');

    const paired = new Set(pairs.flatMap((p) => [p.mentorId, p.menteeId]));
    const unmatched = people.map((p) => p.id).filter((id) => !paired.has(id));
    expect(unmatched).toHaveLength(2);
    for (const userId of unmatched) {
      expect(h.fake.messagesIn(userId).at(-1)?.text).toContain("You're first in line for the next cohort");
    }
    expect(listDeliveries(h.db, { cohortId: cohort.id }).every((d) => d.status === 'sent')).toBe(true);
    // The organizer's progress message, updated in place to the final count.
    const progress = h.fake.messagesIn(ORG).at(-1);
    expect(progress?.text).toBe("*Spring 2027*: all 9 pairs introduced; 2 people told they're first in line. :tada:");
    expect(h.fake.callsTo('chat.update').length).toBeGreaterThanOrEqual(1);

    // Status shows the partner.
    const status = await command(h, pairs[0]!.menteeId, 'status');
    expect(JSON.stringify(status.replies)).toContain(`<@${pairs[0]!.mentorId}>`);

    // A second confirm: told so, and nothing else happens.
    const before = { calls: h.fake.calls.length, pairs: count(h.db, 'pairs'), deliveries: count(h.db, 'deliveries') };
    const again = await click(h, ORG, ACTION.matchConfirm, runId);
    expect(again[0]?.text).toContain('is already confirmed. Nothing was changed.');
    expect(h.fake.calls.slice(before.calls).map((call) => call.method)).toEqual(['response_url']);
    expect({ calls: before.calls, pairs: count(h.db, 'pairs'), deliveries: count(h.db, 'deliveries') }).toEqual(before);
  });

  it('honours 429 Retry-After on the introductions: every pair introduced exactly once, nothing sent before Slack said', async () => {
    // On a clock only the app's waits move (shared with the stand-in), so 7 and 11 s cost no real time.
    await h.close();
    let clock = Date.parse('2026-12-07T08:00:00.000Z');
    h = await startHarness({
      organizers: [ORG],
      now: new Date(clock).toISOString(),
      fakeSlack: { clock: () => clock },
      sleep: async (ms) => {
        clock += ms;
        h.setNow(new Date(clock).toISOString());
      },
    });
    h.fake.addUser({ id: ORG, name: 'org', locale: 'en-US' });
    const cohort = seedCohort(h.db);
    seedPeople(h.db, cohort.id, 10, 10);
    await command(h, ORG, 'match');
    // Values other than the app's 1 s fallback, on both calls an introduction makes.
    const calls: Array<{ method: string; pair: string; at: number; retryAfter?: number }> = [];
    const policy = (method: string, refuse: (index: number) => number | undefined) => (index: number, args: Record<string, unknown>) => {
      const pair = method === 'conversations.open' ? String(args.users).split(',').sort().join(',') : String(args.channel);
      const retryAfter = refuse(index);
      calls.push({ method, pair, at: clock, ...(retryAfter ? { retryAfter } : {}) });
      return retryAfter ? { status: 429, retryAfter } : undefined;
    };
    h.fake.setFaultPolicy('conversations.open', policy('conversations.open', (i) => (i % 5 === 4 ? 7 : undefined)));
    h.fake.setFaultPolicy(
      'chat.postMessage',
      policy('chat.postMessage', (i) => (i === 2 ? 11 : undefined)),
    );
    await click(h, ORG, ACTION.matchConfirm, latestRunId(h.db));

    const refused = calls.filter((call) => call.retryAfter);
    expect(refused.map((call) => `${call.method} ${call.retryAfter}`).sort()).toEqual(['chat.postMessage 11', 'conversations.open 7', 'conversations.open 7']);
    for (const refusal of refused) {
      const waitedUntil = refusal.at + refusal.retryAfter! * 1000;
      // Slack's limit is the workspace's: after the refusal no call is made until the wait is over (calls already
      // under way when it came carry its time), and the refused one is made again then.
      expect(calls.filter((call) => call.at > refusal.at && call.at < waitedUntil)).toEqual([]);
      const retried = calls.find((call) => call.method === refusal.method && call.pair === refusal.pair && call.at > refusal.at);
      expect(retried?.at).toBeGreaterThanOrEqual(waitedUntil);
    }
    const pairs = listPairs(h.db, cohort.id);
    expect(pairs).toHaveLength(10);
    expectEachPairIntroducedOnce(h, pairs);
    expect(listDeliveries(h.db, { cohortId: cohort.id }).map((d) => d.status)).toEqual(Array(10).fill('sent'));
  });

  it('a cohort of 500: an empty ack at once, a preview within Block Kit limits, progress updated in steps', async () => {
    const cohort = seedCohort(h.db);
    seedPeople(h.db, cohort.id, 250, 250);
    const sent = await h.slack.command(ORG, 'match');
    expect(sent.body).toBe('');
    await h.settled();
    const replies = repliesAt(h, sent.responseUrl);
    expect(replies[0]?.text).toContain('Matching 500 people in *Spring 2027*');
    const preview = previewIn(h, ORG) as StoredMessage;
    expect(preview.blocks?.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(preview.blocks)).toContain('…and 220 more pairs, not shown here.');
    expect(JSON.stringify(preview.blocks)).toContain('*250 pairs*');

    await click(h, ORG, ACTION.matchConfirm, latestRunId(h.db));
    const pairs = listPairs(h.db, cohort.id);
    expect(pairs).toHaveLength(250);
    expect(h.fake.callsTo('chat.postMessage').filter((call) => (call.args.metadata as { event_type?: string })?.event_type === 'rm_intro')).toHaveLength(250);
    // About one update per 25 introductions plus the last: never one per introduction.
    const updates = h.fake.callsTo('chat.update');
    expect(updates.length).toBeGreaterThanOrEqual(10);
    expect(updates.length).toBeLessThanOrEqual(12);
    expect(h.fake.messagesIn(ORG).at(-1)?.text).toBe('*Spring 2027*: all 250 pairs introduced. :tada:');
  });

  it('re-run replaces the preview with a new run; the old one is superseded and cannot be confirmed', async () => {
    const cohort = seedCohort(h.db);
    seedPeople(h.db, cohort.id, 2, 2);
    await command(h, ORG, 'match');
    const first = latestRunId(h.db);
    const rerun = await click(h, ORG, ACTION.matchRerun, first);
    const second = latestRunId(h.db);
    expect(second).toBeGreaterThan(first);
    expect(rerun[0]).toMatchObject({ replace_original: true });
    expect(findElement(rerun[0]?.blocks, ACTION.matchConfirm)?.element.value).toBe(String(second));
    expect(h.db.prepare('SELECT status FROM match_runs ORDER BY id').all()).toEqual([{ status: 'superseded' }, { status: 'ready' }]);
    const stale = await click(h, ORG, ACTION.matchConfirm, first);
    expect(stale[0]?.text).toContain('A newer preview has replaced this one');
    expect(count(h.db, 'pairs')).toBe(0);
  });

  it('refuses non-organizers: match, pair, unpair and crafted preview buttons show and store nothing', async () => {
    const cohort = seedCohort(h.db);
    const { mentorIds, menteeIds } = seedPeople(h.db, cohort.id, 2, 2);
    const outsider = mentorIds[0]!;
    for (const text of ['match', `pair ${mentionOf(mentorIds[1]!)} ${mentionOf(menteeIds[0]!)}`, `unpair ${mentionOf(menteeIds[1]!)}`]) {
      const { replies } = await command(h, outsider, text);
      expect(replies).toHaveLength(1);
      expect(replies[0]?.text).toBe('That is for programme organizers only. Ask one of them if you need something changed.');
    }
    expect(count(h.db, 'match_runs')).toBe(0);

    await command(h, ORG, 'match');
    const runId = latestRunId(h.db);
    for (const actionId of [ACTION.matchConfirm, ACTION.matchRerun]) {
      const replies = await click(h, outsider, actionId, runId);
      expect(replies).toHaveLength(1);
      expect(replies[0]?.text).toContain('programme organizers only');
      expect(JSON.stringify(replies)).not.toMatch(/UME\d|UMENTEE|UMENTOR/);
    }
    expect(h.db.prepare('SELECT id, status FROM match_runs').all()).toEqual([{ id: runId, status: 'ready' }]);
    expect(count(h.db, 'pairs')).toBe(0);
    expect(count(h.db, 'deliveries')).toBe(0);
    expect(findCohort(h.db, cohort.id)?.status).toBe('enrolling');
  });
});

describe('manual changes and rematch', () => {
  let h: Harness;
  let cohortId: number;
  let matched: Pair;
  beforeEach(async () => {
    h = await startHarness({ organizers: [ORG, ORG2] });
    h.fake.addUser({ id: ORG, name: 'org', locale: 'en-US' });
    h.fake.addUser({ id: ORG2, name: 'org2', locale: 'sv-SE' });
    // An earlier, completed cohort in which UBOSSKID mentored UOLDPAIR.
    const now = new Date('2026-11-25T09:00:00Z');
    const earlier = seedCohort(h.db, { name: 'Autumn 2026' });
    seedPerson(h.db, { userId: 'UBOSSKID', role: 'mentor', managerId: 'UBOSS' }, earlier.id);
    seedPerson(h.db, { userId: 'UOLDPAIR', role: 'mentee' }, earlier.id);
    insertPair(h.db, { cohortId: earlier.id, mentorId: 'UBOSSKID', menteeId: 'UOLDPAIR', score: 40, reasons: [], source: 'matched', createdBy: ORG }, now);
    completeCohort(h.db, earlier.id, now);

    // This cohort: UMENTOR1 with UMENTEE1 confirmed; others enrolled without a partner.
    const cohort = seedCohort(h.db);
    cohortId = cohort.id;
    seedPerson(h.db, { userId: 'UMENTOR1', role: 'mentor', topics: ['hybrid-work'] }, cohort.id);
    seedPerson(h.db, { userId: 'UMENTEE1', role: 'mentee', topics: ['hybrid-work'] }, cohort.id);
    const run = await computeMatchRun(h.db, cohort, ORG, now);
    if (!run.ok) throw new Error('no preview');
    const confirmed = confirmMatch(h.db, run.preview.run.id, ORG, now);
    if (!confirmed.ok) throw new Error(confirmed.reason);
    matched = listPairs(h.db, cohort.id)[0]!;
    for (const [userId, role, seniority] of [
      ['UBOSSKID', 'mentor', '0-2'],
      ['UBOSS', 'mentee', '20+'],
      ['UOLDPAIR', 'mentee', '20+'],
      ['USENIOR', 'mentor', '11-20'],
      ['UJUNIOR', 'mentee', '3-5'],
      ['UFREE', 'mentee', '20+'],
    ] as const) {
      seedPerson(h.db, { userId, role, seniority, ...(userId === 'UBOSSKID' ? { managerId: 'UBOSS' } : {}) }, cohort.id);
    }
  });
  afterEach(() => h.close());

  it('pair refusals name the rule: manager, previous pair, seniority, capacity; a valid pair is introduced', async () => {
    const refusals: Array<[string, string]> = [
      [`pair ${mentionOf('UBOSSKID')} ${mentionOf('UBOSS')}`, "one is the other's manager"],
      [`pair ${mentionOf('UBOSSKID')} ${mentionOf('UOLDPAIR')}`, 'they have been a pair before'],
      [`pair ${mentionOf('USENIOR')} ${mentionOf('UJUNIOR')}`, 'the mentor is more senior than the mentee'],
      [`pair ${mentionOf('UMENTOR1')} ${mentionOf('UFREE')}`, 'they already have 1 mentee, the most this cohort allows'],
      [`pair ${mentionOf('UBOSSKID')} ${mentionOf('UMENTEE1')}`, 'already has a mentor in this cohort (<@UMENTOR1>)'],
      [`pair ${mentionOf('UBOSS')} ${mentionOf('UBOSSKID')}`, 'joined as a mentee, so they can\'t be the mentor'],
      [`pair ${mentionOf('UBOSSKID')}`, 'Write the mentor first, then the mentee'],
    ];
    for (const [text, expected] of refusals) {
      const { replies } = await command(h, ORG, text);
      expect(replies[0]?.text).toContain(expected);
    }
    expect(listPairs(h.db, cohortId)).toHaveLength(1);

    const { replies } = await command(h, ORG, `pair ${mentionOf('UBOSSKID')} ${mentionOf('UFREE')}`);
    expect(replies[0]?.text).toBe('Paired <@UBOSSKID> with <@UFREE>. Their introduction is on its way.');
    const pair = listPairs(h.db, cohortId).find((p) => p.mentorId === 'UBOSSKID')!;
    expect(pair).toMatchObject({ source: 'manual', status: 'active' });
    expect(intros(h.fake.messagesIn(pair.channelId!))).toHaveLength(1);
  });

  it("unpair ends the pair, tells both kindly, and the pair's pending intro never goes out", async () => {
    const { replies } = await command(h, ORG, `unpair ${mentionOf('UMENTEE1')}`);
    expect(replies[0]?.text).toBe('Ended the pairing of <@UMENTEE1> with <@UMENTOR1>. Both have been told, kindly.');
    expect(listPairs(h.db, cohortId)[0]).toMatchObject({ status: 'ended' });
    for (const [person, partner] of [['UMENTEE1', 'UMENTOR1'], ['UMENTOR1', 'UMENTEE1']]) {
      const dm = h.fake.messagesIn(person!);
      expect(dm).toHaveLength(1);
      expect(dm[0]?.text).toContain(`Your pairing with <@${partner}>`);
      expect(dm[0]?.text).toContain("it's nobody's fault");
    }
    h.app.ctx.dispatchSoon();
    await h.settled();
    expect(h.fake.callsTo('conversations.open')).toHaveLength(0);
    expect(listDeliveries(h.db, { cohortId }).find((d) => d.subjectId === matched.id)).toMatchObject({ status: 'skipped', error: 'pair_ended' });
    const again = await command(h, ORG, `unpair ${mentionOf('UMENTEE1')}`);
    expect(again.replies[0]?.text).toContain('has no active pair');
  });

  /** A scheduler pass on a Wednesday morning in Stockholm: the organizers' digests go out. */
  async function digestsGoOut(): Promise<void> {
    const wednesday = '2026-11-25T10:00:00.000Z';
    h.setNow(wednesday);
    await runTick({ ...h.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, new Date(wednesday));
    await h.settled();
  }

  it('rematch with a reason: organizers read it privately in their digest, the reason escaped; the partner hears nothing', async () => {
    const { replies } = await command(h, 'UMENTEE1', 'rematch We <!channel> never meet & it is <https://x.example|hard>');
    expect(replies[0]?.text).toContain('Thanks for telling us');
    // Not a message per request: it waits for each organizer's digest.
    expect(h.fake.messagesIn(ORG)).toHaveLength(0);
    await digestsGoOut();
    for (const organizerId of [ORG, ORG2]) {
      // Besides the earlier cohort's final report's private part (test/e2e/outcomes.test.ts), one digest.
      const dm = h.fake.messagesIn(organizerId).filter((message) => !/what only organizers see|ser bara programansvariga/.test(message.text));
      expect(dm).toHaveLength(1);
      const shown = JSON.stringify(dm[0]);
      expect(shown).toContain('<@UMENTEE1>');
      expect(shown).toContain('<@UMENTOR1>');
      expect(shown).toContain('&lt;!channel&gt;');
      expect(shown).toContain('&amp; it is &lt;https://x.example|hard&gt;');
      expect(shown).not.toContain('<!channel>');
    }
    expect(JSON.stringify(h.fake.messagesIn(ORG2)[0])).toContain('vill ha en ny matchning');
    expect(h.fake.messagesIn('UMENTOR1')).toHaveLength(0);
    expect(h.db.prepare('SELECT user_id, pair_id, reason FROM rematch_requests').all()).toEqual([
      { user_id: 'UMENTEE1', pair_id: matched.id, reason: 'We <!channel> never meet & it is <https://x.example|hard>' },
    ]);
    expect(h.logs.join('\n')).not.toContain('never meet');
  });

  it('rematch without text opens the modal; a reason over 500 characters gets an inline error, a good one is sent', async () => {
    await command(h, 'UMENTOR1', 'rematch');
    const open = await h.fake.waitFor('views.open');
    expect((open.args.view as { callback_id: string }).callback_id).toBe(CALLBACK.rematchRequest);
    const values = (reason: string) => ({ [REMATCH.reason]: { [REMATCH.reason]: input.plain(reason) } });

    const tooLong = await h.slack.viewSubmission('UMENTOR1', { callbackId: CALLBACK.rematchRequest, values: values('x'.repeat(501)) });
    expect(tooLong.json).toEqual({ response_action: 'errors', errors: { [REMATCH.reason]: 'Please keep it to 500 characters or fewer.' } });
    await h.settled();
    expect(count(h.db, 'rematch_requests')).toBe(0);

    const ok = await h.slack.viewSubmission('UMENTOR1', { callbackId: CALLBACK.rematchRequest, values: values('Our calendars never line up') });
    expect(ok.body).toBe('');
    await h.settled();
    expect(count(h.db, 'rematch_requests')).toBe(1);
    await digestsGoOut();
    expect(JSON.stringify(h.fake.messagesIn(ORG))).toContain('Our calendars never line up');
    expect(h.fake.messagesIn('UMENTOR1').at(-1)?.text).toContain('Thanks for telling us');
    expect(h.fake.messagesIn('UMENTEE1')).toHaveLength(0);
  });

  it('rematch is for people with a partner', async () => {
    const { replies } = await command(h, 'UFREE', 'rematch please');
    expect(replies[0]?.text).toContain("You aren't paired with anyone right now");
    expect(count(h.db, 'rematch_requests')).toBe(0);
  });
});
