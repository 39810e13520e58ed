import { parse } from 'csv-parse';
import { enroll } from '../../src/db/repositories/cohorts';
import type { Pair } from '../../src/db/repositories/pairs';
import { setParticipantStatus } from '../../src/db/repositories/participants';
import { listPromptsOfPair } from '../../src/db/repositories/prompts';
import { messagesFor } from '../../src/i18n';
import { runTick } from '../../src/scheduler/tick';
import { ACTION, METADATA_EVENT } from '../../src/views/ids';
import { addCohort, addPair, addPerson } from '../helpers/prompts';
import { seedReflection, type ReflectionSeed } from '../helpers/reflections';
import type { FakeCall } from '../support/fake-slack';
import { startHarness, type Harness } from './harness';

/**
 * `/reverse-mentor summary` and `export` end to end: a scripted cohort (who met, who reflected, what they rated
 * and shared) run through the real scheduler against the fake Slack, then the commands sent as Slack sends them.
 * Every figure expected below is computed in this file from the script, not read back from the app.
 */

const T1 = '2026-03-16T08:00:00.000Z';
const CYCLE2 = '2026-03-23T08:00:00.000Z';
const DURING_CYCLE2 = '2026-03-24T10:00:00.000Z';
/** The day before cycle 3, when cycle 2's summary is due: its figures are final. */
const END_OF_CYCLE2 = '2026-03-29T12:00:00.000Z';
/** Two hours into session 1: its prompts are out, nothing has closed. */
const DURING_CYCLE1 = '2026-03-16T10:00:00.000Z';
const ORG = 'U0ORG00001';
const ORG_SV = 'U0ORGSV001';
const CHANNEL = 'C0ORGCHAN1';
const NOT_IN = 'C0NOTIN001';
const [M1, M2, M3, M4] = ['U0MEN00001', 'U0MEN00002', 'U0MEN00003', 'U0MEN00004'];
const [E1, E2, E3, E4, E5] = ['U0MEE00001', 'U0MEE00002', 'U0MEE00003', 'U0MEE00004', 'U0MEE00005'];

/** Texts that must never reach Slack, the CSV, the chart or the logs. */
const PRIVATE_TEXT = 'PRIVATE-only-mine-7f3a';
const PRIVATE_TEXT_2 = 'PRIVATE-second-9c1d';
const GOALS = 'GOALS-confidential-41ab';
const ANON_TEXT = 'Learned to ask more <questions> & listen';
const NAMED_TEXT = 'NAMED-shared-with-name';
/** A display name a spreadsheet would run as a formula. */
const EVIL_NAME = '=HYPERLINK("https://evil.example","click")';

const en = messagesFor('en');

type Reply = { text: string; blocks?: unknown[]; response_type?: string };
type Met = 'button' | 'reflection' | false;
interface ScriptedReflection {
  user: string;
  met: 'yes' | 'no';
  rating: number | null;
  sharing: 'private' | 'anonymous' | 'named';
  learned: string;
}

/**
 * The script. Cycle 1: three prompts; P1 met (the mentor pressed "We met"), P2 met (said so in a reflection), P3
 * did not. Cycle 2: P3's prompt fails (its group DM is gone); P1 did not meet, P2 met and rated it 1.
 */
const SCRIPT: Record<1 | 2, Record<'P1' | 'P2' | 'P3', { posted: boolean; met: Met; reflections: ScriptedReflection[] }>> = {
  1: {
    P1: {
      posted: true,
      met: 'button',
      reflections: [
        { user: M1, met: 'yes', rating: 5, sharing: 'private', learned: PRIVATE_TEXT },
        { user: E1, met: 'yes', rating: 4, sharing: 'anonymous', learned: 'first anonymous note' },
      ],
    },
    P2: { posted: true, met: 'reflection', reflections: [{ user: E2, met: 'yes', rating: 2, sharing: 'named', learned: NAMED_TEXT }] },
    P3: { posted: true, met: false, reflections: [] },
  },
  2: {
    P1: { posted: true, met: false, reflections: [{ user: M1, met: 'no', rating: null, sharing: 'anonymous', learned: ANON_TEXT }] },
    P2: { posted: true, met: 'reflection', reflections: [{ user: E2, met: 'yes', rating: 1, sharing: 'private', learned: PRIVATE_TEXT_2 }] },
    P3: { posted: false, met: false, reflections: [] },
  },
};

function percent(part: number, whole: number): string {
  return `${Math.round((100 * part) / whole)}%`;
}

/** The figures of the week-2 summary, from the script alone. */
function expectedFigures() {
  const cycle = (k: 1 | 2) => Object.values(SCRIPT[k]);
  const prompted = (k: 1 | 2) => cycle(k).filter((pair) => pair.posted).length;
  const met = (k: 1 | 2) => cycle(k).filter((pair) => pair.posted && pair.met !== false).length;
  const reflections = (k: 1 | 2) => cycle(k).reduce((sum, pair) => sum + pair.reflections.length, 0);
  const ratings = ([1, 2] as const).flatMap((k) => cycle(k).flatMap((pair) => pair.reflections.flatMap((r) => (r.rating === null ? [] : [r.rating]))));
  const average = ratings.reduce((sum, r) => sum + r, 0) / ratings.length;
  return {
    met2: met(2),
    prompted2: prompted(2),
    metSoFar: met(1) + met(2),
    promptedSoFar: prompted(1) + prompted(2),
    reflections2: reflections(2),
    ratings,
    average: (Math.round(average * 10) / 10).toFixed(1),
  };
}

/** How far the cohort has run when a test looks at it. */
type Stage = 'session 1' | 'session 2';

interface Scene {
  h: Harness;
  pairs: Record<'P1' | 'P2' | 'P3', Pair>;
}

interface Answer {
  replies: Reply[];
  /** The calls Slack received while the command was answered (the whole record stays in `h.fake.calls`). */
  calls: FakeCall[];
}

function publicPosts(calls: readonly FakeCall[], channel: string): FakeCall[] {
  return calls.filter((call) => call.method === 'chat.postMessage' && call.args.channel === channel && !call.fault);
}

function callsTo(calls: readonly FakeCall[], method: string): FakeCall[] {
  return calls.filter((call) => call.method === method);
}

function textOf(call: FakeCall | undefined): string {
  return JSON.stringify({ text: call?.args.text, blocks: call?.args.blocks });
}

async function csvOf(h: Harness, calls: readonly FakeCall[]): Promise<string[][]> {
  const complete = callsTo(calls, 'files.completeUploadExternal')[0];
  const bytes = h.fake.uploadedFile((complete?.args.files as Array<{ id: string }>)[0]?.id as string) as Buffer;
  expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  return new Promise<string[][]>((resolve, reject) => parse(bytes, { bom: true }, (error, records: string[][]) => (error ? reject(error) : resolve(records))));
}

describe('organizer summaries and export, end to end', () => {
  // Every test builds its own cohort on its own app and fake Slack: none depends on what another one did or cleared.
  const running: Harness[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((h) => h.close()));
  });

  const tick = (h: Harness, iso: string) => runTick({ ...h.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, new Date(iso));

  /** Sends the command as Slack would and returns the replies to its response_url and the calls it caused. */
  async function command(h: Harness, userId: string, text: string, channelId = CHANNEL): Promise<Answer> {
    const mark = h.fake.calls.length;
    const sent = await h.slack.command(userId, text, { channelId });
    expect(sent.status).toBe(200);
    await h.settled();
    return { replies: h.fake.responsesAt(sent.responseUrl.split('/').pop() as string) as Reply[], calls: h.fake.calls.slice(mark) };
  }

  async function play({ h, pairs }: Scene, k: 1 | 2): Promise<void> {
    for (const [name, script] of Object.entries(SCRIPT[k]) as Array<['P1' | 'P2' | 'P3', (typeof SCRIPT)[1]['P1']]>) {
      const pair = pairs[name];
      const prompt = listPromptsOfPair(h.db, pair.id).find((candidate) => candidate.cycle === k);
      expect(Boolean(prompt?.messageTs)).toBe(script.posted);
      if (!prompt || !script.posted) continue;
      if (script.met === 'button') {
        await h.slack.blockAction(pair.mentorId, { actionId: ACTION.nudgeMet, channelId: pair.channelId!, messageTs: prompt.messageTs! });
        await h.settled();
      }
      for (const reflection of script.reflections) {
        const seed: ReflectionSeed = {
          promptId: prompt.id,
          userId: reflection.user,
          met: reflection.met,
          rating: reflection.rating,
          sharing: reflection.sharing,
          learned: reflection.learned,
        };
        seedReflection(h.db, pair, k, seed, new Date(new Date(prompt.dueAt).getTime() + 60 * 60 * 1000));
      }
    }
  }

  /**
   * The scripted cohort on a fresh app, run through the real scheduler up to `stage`; the clock is left at the end
   * of session 2 (its figures final) or, for 'session 1', an hour or two into it.
   */
  async function scenario(stage: Stage = 'session 2'): Promise<Scene> {
    const h = await startHarness({ now: T1, organizers: [ORG, ORG_SV] });
    running.push(h);
    for (const id of [ORG, M1, M2, M3, M4, E1, E2, E3, E4, E5]) h.fake.addUser({ id, name: id.toLowerCase() });
    h.fake.addUser({ id: ORG_SV, name: 'karin', locale: 'sv-SE' });
    // Someone whose name the app never stored: the export asks Slack rather than showing their user id.
    h.fake.addUser({ id: M3, name: 'm3', displayName: 'Maja Malm' });
    h.fake.addChannel({ id: CHANNEL, name: 'mentoring-leads' });
    h.fake.addChannel({ id: NOT_IN, name: 'random', botIsMember: false });
    const cohort = addCohort(h.db);
    const pairs = {
      P1: addPair(h.db, { cohort, mentor: { userId: M1, role: 'mentor' }, mentee: { userId: E1, role: 'mentee' } }),
      P2: addPair(h.db, { cohort, mentor: { userId: M2, role: 'mentor' }, mentee: { userId: E2, role: 'mentee' } }),
      P3: addPair(h.db, { cohort, mentor: { userId: M3, role: 'mentor' }, mentee: { userId: E3, role: 'mentee' } }),
    };
    addPerson(h.db, { userId: M4, role: 'mentor' });
    addPerson(h.db, { userId: E4, role: 'mentee' });
    addPerson(h.db, { userId: E5, role: 'mentee' });
    for (const id of [M1, M2, M3, M4, E1, E2, E3, E4, E5]) enroll(h.db, cohort.id, id, new Date(T1));
    // E4 is paused (and has no partner); E5 has left the programme.
    setParticipantStatus(h.db, E4, 'paused', new Date('2026-06-01T00:00:00Z'), new Date(T1));
    setParticipantStatus(h.db, E5, 'left', null, new Date(T1));
    h.db.prepare('UPDATE participants SET goals = ?').run(GOALS);
    h.db.prepare('UPDATE participants SET display_name = ? WHERE user_id = ?').run(EVIL_NAME, M1);
    h.db.prepare('UPDATE participants SET display_name = ? WHERE user_id = ?').run('Eva Ek', E2);
    h.db.prepare('UPDATE participants SET display_name = NULL WHERE user_id = ?').run(M3);

    const scene = { h, pairs };
    await tick(h, T1);
    await play(scene, 1);
    if (stage === 'session 1') {
      h.setNow(DURING_CYCLE1);
      return scene;
    }
    // Cycle 2: P3's group DM has gone away, so its prompt fails for good.
    h.fake.setFaultPolicy('chat.postMessage', (_index, args) => (args.channel === pairs.P3.channelId ? { error: 'channel_not_found' } : undefined));
    h.setNow(CYCLE2);
    await tick(h, CYCLE2);
    h.fake.setFaultPolicy('chat.postMessage', undefined);
    await play(scene, 2);
    h.setNow(END_OF_CYCLE2);
    return scene;
  }

  /** The scripted cohort at the end of session 2 and the summary its organizer asked for in CHANNEL. */
  async function summarised(): Promise<Scene & Answer & { post: FakeCall | undefined }> {
    const scene = await scenario();
    const answer = await command(scene.h, ORG, 'summary');
    return { ...scene, ...answer, post: publicPosts(answer.calls, CHANNEL)[0] };
  }

  describe('summary in a channel the app is in', () => {
    it('posts the exact figures of the scripted cohort in the channel, with rm_summary metadata', async () => {
      const { calls, post, pairs } = await summarised();
      const figures = expectedFigures();
      expect(publicPosts(calls, CHANNEL)).toHaveLength(1);
      expect(post?.args.metadata).toEqual({ event_type: METADATA_EVENT.summary, event_payload: { cohort_id: pairs.P1.cohortId, cycle: 2 } });
      const text = textOf(post);
      expect(text).toContain('Spring 2026: session 2 of 3');
      // 4 mentors (one without a partner) and 5 mentees (one paused and without a partner, one gone).
      expect(text).toContain('4 mentors and 5 mentees enrolled · 3 pairs · 2 without a match · 1 paused · 1 left');
      expect(text).toContain(`${figures.met2} of ${figures.prompted2} pairs met in session 2 (${percent(figures.met2, figures.prompted2)})`);
      expect(text).toContain(
        `Over the finished sessions, ${figures.metSoFar} of ${figures.promptedSoFar} prompts led to a meeting (${percent(figures.metSoFar, figures.promptedSoFar)})`,
      );
      expect(text).toContain(
        `${figures.reflections2} written on session 2, from ${2 * figures.prompted2} people prompted (${percent(figures.reflections2, 2 * figures.prompted2)})`,
      );
      // Four ratings so far; read at the end of session 2, session 1 has closed for every pair and session 2 has not
      // (services/anonymity.ts; the rules themselves are tested in test/e2e/anonymity.test.ts): the channel reads the
      // three ratings of session 1 and says the later ones wait for their session to close.
      expect(figures.ratings).toHaveLength(4);
      const closed = Object.values(SCRIPT[1]).flatMap((pair) => pair.reflections.flatMap((r) => (r.rating === null ? [] : [r.rating])));
      expect(closed).toHaveLength(3);
      const average = Math.round((closed.reduce((sum, r) => sum + r, 0) / closed.length) * 10) / 10;
      expect(text).toContain(`${average} out of 5 on average, from 3 ratings`);
      for (const rating of [1, 2, 3, 4, 5]) {
        expect(text).toContain(`${'★'.repeat(rating)}${'☆'.repeat(5 - rating)}  ${closed.filter((r) => r === rating).length}`);
      }
      expect(text).toContain('Counted over session 1, which has closed');
      // The notification text carries the figures too.
      expect(post?.args.text).toBe(`Spring 2026, session 2 of 3: 1 of 2 pairs met (50%), 2 reflections (50%).`);
    });

    it('lists the topics of the meetings, counted from the prompts that led to one', async () => {
      const { h, pairs, post } = await summarised();
      const counts = new Map<string, number>();
      for (const k of [1, 2] as const) {
        for (const [name, script] of Object.entries(SCRIPT[k]) as Array<['P1' | 'P2' | 'P3', (typeof SCRIPT)[1]['P1']]>) {
          if (!script.posted || script.met === false) continue;
          const topicId = listPromptsOfPair(h.db, pairs[name].id).find((prompt) => prompt.cycle === k)?.topicId as string;
          counts.set(topicId, (counts.get(topicId) ?? 0) + 1);
        }
      }
      const title = (id: string) => (h.db.prepare("SELECT title FROM topic_texts WHERE topic_id = ? AND locale = 'en'").get(id) as { title: string }).title;
      const expected = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3);
      expect(textOf(post)).toContain(`Most discussed:* ${expected.map(([id, n]) => `${title(id).replace(/&/g, '&amp;')} (${n})`).join(', ')}`);
    });

    it('quotes the shared reflection of the week, escaped and without a name; never private text or goals', async () => {
      const { post } = await summarised();
      const text = textOf(post);
      expect(text).toContain('Learned to ask more &lt;questions&gt; &amp; listen');
      expect(text).toContain(`— _${en.summaryHighlightAnonymous}_`);
      // Week 1's named reflection belongs to week 1's summary.
      expect(text).not.toContain(NAMED_TEXT);
      expect(text).not.toContain(M1);
      for (const secret of [PRIVATE_TEXT, PRIVATE_TEXT_2, GOALS]) expect(text).not.toContain(secret);
    });

    it('uploads a PNG chart into the same channel, with the figures in its alt text', async () => {
      const { h, calls } = await summarised();
      const completes = callsTo(calls, 'files.completeUploadExternal');
      expect(completes).toHaveLength(1);
      expect(completes[0]?.args.channel_id).toBe(CHANNEL);
      const fileId = (completes[0]?.args.files as Array<{ id: string }>)[0]?.id as string;
      const png = h.fake.uploadedFile(fileId) as Buffer;
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(png.readUInt32BE(16)).toBe(1920);
      expect(png.readUInt32BE(20)).toBe(1080);
      expect(png.length).toBeGreaterThan(20_000);
      expect(png.length).toBeLessThan(1_000_000);
      const getUrl = callsTo(calls, 'files.getUploadURLExternal')[0];
      expect(getUrl?.args.alt_text).toContain('Session 1: 67% met, 50% reflected. Session 2: 50% met, 50% reflected');
    });

    it('sends only the organizer, as a DM they can find again, the pair at risk, who never reflected and the prompt that failed', async () => {
      const { h, replies, calls } = await summarised();
      // The ephemeral reply says where each part went; the part that names people is a DM to the organizer alone.
      expect(replies).toHaveLength(1);
      expect(replies[0]?.response_type).toBe('ephemeral');
      expect(replies[0]?.text).toBe(en.summaryPosted({ cohort: 'Spring 2026' }));
      expect(JSON.stringify(replies[0])).not.toContain('Not a single reflection');
      // (The at-risk DM of session 1 is there already; the summary's private part is the latest.)
      const dms = h.fake.messagesIn(ORG).filter((message) => message.text.startsWith('You posted the summary'));
      expect(dms).toHaveLength(1);
      const mine = JSON.stringify(dms[0]);
      expect(mine).toContain(`You posted the summary of *Spring 2026* in <#${CHANNEL}>.`);
      expect(mine).toContain(`<@${M2}> (mentor) and <@${E2}> (mentee): ${en.atRiskReasonLowRating}`);
      expect(mine).toContain(`Not a single reflection yet (3)*\\n<@${E3}>, <@${M2}>, <@${M3}>`);
      expect(mine).toContain(`Session 2, <@${M3}> (mentor) and <@${E3}> (mentee): ${en.summaryUndeliveredGone}`);
      expect(mine).not.toContain('channel_not_found');
      // None of it went anywhere else, at any point of the scenario.
      for (const call of h.fake.calls) {
        if (call.args.channel !== ORG) expect(JSON.stringify(call.args)).not.toContain('Not a single reflection');
      }
      expect(callsTo(calls, 'chat.postEphemeral')).toHaveLength(0);
    });
  });

  describe('export', () => {
    it('uploads the CSV into the organizer’s DM, opened with conversations.open', async () => {
      const { h } = await scenario();
      const { calls, replies } = await command(h, ORG, 'export');
      expect(callsTo(calls, 'conversations.open').map((call) => call.args.users)).toEqual([ORG]);
      const dm = h.fake.dmOf(ORG);
      expect(dm).toMatch(/^D/);
      expect(callsTo(calls, 'files.completeUploadExternal').map((call) => call.args.channel_id)).toEqual([dm]);
      expect(publicPosts(calls, CHANNEL)).toHaveLength(0);
      expect(JSON.stringify(replies)).toContain(en.exportSent({ cohort: 'Spring 2026' }));
    });

    it('has one row per pair per cycle with names, status, meeting, ratings and counts, computed from the script', async () => {
      const { h, pairs } = await scenario();
      const csv = await csvOf(h, (await command(h, ORG, 'export')).calls);
      // No agreement was written and no check-in or final evaluation answered in this cohort (test/e2e/outcomes.test.ts
      // fills those columns).
      const NO_OUTCOMES = ['no', ...Array.from({ length: 11 }, () => '')];
      expect(csv[0]!.slice(0, 12)).toEqual([
        'Cohort', 'Session', 'Mentor', 'Mentee', 'Prompt status', 'Meeting', 'Mentor rating', 'Mentee rating', 'Reflections', 'Meetings booked', 'Meetings held', 'Agreement',
      ]);
      const names: Record<string, string> = { [M1]: `'${EVIL_NAME}`, [E2]: 'Eva Ek', [M3]: 'Maja Malm' };
      expect(JSON.stringify(csv)).not.toContain(M3);
      const name = (id: string) => names[id] ?? id.toLowerCase();
      const expected: string[][] = [];
      for (const key of ['P1', 'P2', 'P3'] as const) {
        const pair = pairs[key];
        for (const k of [1, 2, 3] as const) {
          if (k === 3) {
            // Planned ahead by the scheduler, not sent yet: nothing to meet about.
            expected.push(['Spring 2026', '3', name(pair.mentorId), name(pair.menteeId), 'scheduled', '', '', '', '0', '0', '0', ...NO_OUTCOMES]);
            continue;
          }
          const script = SCRIPT[k][key];
          const rating = (user: string) => String(script.reflections.find((r) => r.user === user)?.rating ?? '');
          expected.push([
            'Spring 2026',
            String(k),
            name(pair.mentorId),
            name(pair.menteeId),
            script.posted ? 'sent' : 'failed',
            // What was recorded, as it was recorded: a reflection saying they did not meet, or nothing at all.
            !script.posted ? '' : script.met ? 'met' : script.reflections.some((r) => r.met === 'no') ? 'did not meet' : 'nothing recorded',
            rating(pair.mentorId),
            rating(pair.menteeId),
            String(script.reflections.length),
            // No meeting was booked in Slack in this script.
            '0',
            '0',
            ...NO_OUTCOMES,
          ]);
        }
      }
      expect(csv.slice(1)).toEqual(expected);
    });
  });

  it('never lets private reflection text or goals out: not to Slack, the files, or the logs', async () => {
    const { h, pairs } = await scenario();
    // Everything an organizer can ask for, in both languages, at the end of session 2 and during it.
    await command(h, ORG, 'summary');
    await command(h, ORG_SV, 'summary');
    await command(h, ORG, 'export');
    await command(h, ORG, 'summary', NOT_IN);
    await command(h, M1, 'summary');
    h.setNow(DURING_CYCLE2);
    await command(h, ORG, 'summary');
    await command(h, ORG_SV, 'export');

    // Every call the app made from the first prompt on (nothing was cleared), every file it uploaded, what the
    // workspace now shows, and every log line; each named, so that a leak says where it went.
    const calls = h.fake.calls;
    const workspace = h.fake.snapshot();
    const files = workspace.files.flatMap((file) => (file.bytes === undefined ? [] : [[`file ${file.id}`, Buffer.from(file.bytes, 'base64').toString('utf8')] as const]));
    const everything: Array<readonly [string, string]> = [
      ...calls.map((call, index) => [`call ${index} ${call.method} ${String(call.args.channel ?? call.args.channel_id ?? '')}`, JSON.stringify(call.args)] as const),
      ['the workspace', JSON.stringify({ ...workspace, files: [] })],
      ...files,
      ['the logs', h.logs.join('\n')],
    ];
    // The scan covers the whole scenario: the prompts in the pairs' group DMs, the buttons' response_urls, the
    // organizers' DMs (posted to their user ids), the channel summaries, the charts and the CSVs.
    const postedTo = new Set(callsTo(calls, 'chat.postMessage').map((call) => call.args.channel));
    for (const channel of [pairs.P1.channelId, pairs.P2.channelId, CHANNEL, ORG, ORG_SV]) expect(postedTo).toContain(channel);
    // One answer at least for each of the seven commands.
    expect(callsTo(calls, 'response_url').length).toBeGreaterThanOrEqual(7);
    expect(callsTo(calls, 'files.completeUploadExternal').length).toBeGreaterThanOrEqual(6);
    expect(files.length).toBeGreaterThanOrEqual(6);
    // The two CSVs (they open with a byte order mark) are among the files read.
    expect(files.filter(([, text]) => text.startsWith('\ufeff'))).toHaveLength(2);
    const leaks = everything.flatMap(([where, text]) => [PRIVATE_TEXT, PRIVATE_TEXT_2, GOALS].filter((secret) => text.includes(secret)).map((secret) => `${secret} in ${where}`));
    expect(leaks).toEqual([]);
    // Logs carry ids and codes: not even the names, shared texts or figures that Slack was sent.
    const logs = h.logs.join('\n');
    expect(logs.length).toBeGreaterThan(1000);
    for (const text of ['Eva Ek', 'HYPERLINK', ANON_TEXT, 'Mentor rating', 'pairs met in session']) expect(logs).not.toContain(text);
  });

  it('answers the organizer in their own language', async () => {
    const { h } = await scenario();
    const { replies, calls } = await command(h, ORG_SV, 'summary');
    expect(JSON.stringify(publicPosts(calls, CHANNEL)[0]?.args.blocks)).toContain('Spring 2026: träff 2 av 3');
    expect(JSON.stringify(publicPosts(calls, CHANNEL)[0]?.args.blocks)).toContain('1 av 2 par träffades vid träff 2 (50 %)');
    expect(JSON.stringify(replies)).toContain('Delen som nämner personer ligger i dina direktmeddelanden med mig.');
    expect(JSON.stringify(h.fake.messagesIn(ORG_SV))).toContain('Par som kan behöva stöd (1)');
  });

  it('a summary asked for while a session is under way shows it as in progress: text, chart and CSV', async () => {
    const { h } = await scenario();
    h.setNow(DURING_CYCLE2);
    const { calls } = await command(h, ORG, 'summary');
    const text = textOf(publicPosts(calls, CHANNEL)[0]);
    expect(text).toContain('session 2 is in progress; 1 of 2 pairs have met so far');
    expect(text).not.toContain('pairs met in session 2');
    // Only the finished session counts towards the rate so far.
    expect(text).toContain('Over the finished sessions, 2 of 3 prompts led to a meeting (67%)');
    expect(callsTo(calls, 'files.getUploadURLExternal')[0]?.args.alt_text).toContain('Session 2: in progress');
    const rows = await csvOf(h, (await command(h, ORG, 'export')).calls);
    // P1 said in session 2 that they did not meet; P2 met; nothing is "did not meet" only for being under way.
    const session2 = rows.filter((row) => row[1] === '2').map((row) => row[5]);
    expect(session2).toEqual(['did not meet', 'met', '']);
  });

  it('draws no chart while the first session is still under way: there is no finished session to show', async () => {
    const { h } = await scenario('session 1');
    const { replies, calls } = await command(h, ORG, 'summary');
    expect(textOf(publicPosts(calls, CHANNEL)[0])).toContain('session 1 is in progress');
    expect(callsTo(calls, 'files.getUploadURLExternal')).toHaveLength(0);
    // Not "posted without its chart": nothing was left out.
    expect(JSON.stringify(replies)).not.toContain('chart could not');
  });

  it('tells the organizer how to invite the app when it is not in the channel, and posts nothing', async () => {
    const { h } = await scenario();
    const { replies, calls } = await command(h, ORG, 'summary', NOT_IN);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toBe(en.summaryNotInChannel);
    expect(replies[0]?.text).toContain('/invite @Reverse Mentor');
    // Slack answered not_in_channel: the one attempt left nothing behind.
    expect(callsTo(calls, 'chat.postMessage').map((call) => call.args.channel)).toEqual([NOT_IN]);
    expect(h.fake.messagesIn(NOT_IN)).toEqual([]);
    expect(callsTo(calls, 'files.getUploadURLExternal')).toHaveLength(0);
    expect(JSON.stringify(replies)).not.toContain(M2);
  });

  it('refuses a non-organizer: nothing posted, nothing uploaded, no data shown', async () => {
    const { h } = await scenario();
    const mark = h.fake.calls.length;
    for (const text of ['summary', 'export', 'summary Spring 2026']) {
      const { replies } = await command(h, M1, text);
      expect(replies.map((reply) => reply.text)).toEqual([en.notOrganizer]);
    }
    const calls = h.fake.calls.slice(mark);
    expect(callsTo(calls, 'chat.postMessage')).toHaveLength(0);
    expect(callsTo(calls, 'files.getUploadURLExternal')).toHaveLength(0);
    expect(callsTo(calls, 'files.completeUploadExternal')).toHaveLength(0);
    expect(callsTo(calls, 'conversations.open')).toHaveLength(0);
  });

  it('names the cohort it cannot find', async () => {
    const { h } = await scenario();
    const { replies, calls } = await command(h, ORG, 'summary Autumn <!channel>');
    expect(replies[0]?.text).toContain('Autumn &lt;!channel&gt;');
    expect(callsTo(calls, 'chat.postMessage')).toHaveLength(0);
  });
});
