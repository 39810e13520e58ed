import { openDatabase, type Db } from '../../src/db/open';
import { listDeliveries } from '../../src/db/repositories/deliveries';
import { listPairs } from '../../src/db/repositories/pairs';
import { insertPrompt, listPromptsOfPair, recordPromptPosted, setPromptTopic } from '../../src/db/repositories/prompts';
import { computeMatchRun } from '../../src/services/match-runs';
import { ACTION, CALLBACK, REFLECTION } from '../../src/views/ids';
import { freshDatabase } from '../helpers/db';
import { seedCohort, seedPeople } from '../helpers/programme';
import { addCohort, addPair } from '../helpers/prompts';
import { startFakeSlack, type FakeCall, type FakeSlack } from '../support/fake-slack';
import { input, type StateValues } from '../support/slack-requests';
import { BOT_TOKEN, count, runCli, startAppProcess, waitUntil } from './rig';

/**
 * The process SIGKILLed in the middle of work (PRODUCT.md §6, §10): posting weekly prompts, confirming a match
 * (and the introductions it starts), saving a reflection. After a restart nothing is posted twice and nothing
 * half-written is left: every transaction is whole or absent, a post in flight is `unknown`, never repeated.
 */

const LEASE_MS = 5 * 60 * 1000;
/** For tests that start the app's process from source several times: on a loaded machine each start takes seconds. */
const PROCESSES_MS = 60_000;
const ORG = 'U0ORG00001';

const eventType = (call: FakeCall) => (call.args.metadata as { event_type?: string } | undefined)?.event_type;
const payloadOf = (call: FakeCall) => (call.args.metadata as { event_payload: Record<string, number> }).event_payload;

function tickAt(dbPath: string, fake: FakeSlack, now: Date) {
  return runCli(['tick', '--now', now.toISOString()], {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: 'unused-here',
    SLACK_API_URL: fake.apiUrl,
    DATABASE_PATH: dbPath,
    LOG_LEVEL: 'silent',
  });
}

/** Counts posts per subject; every value must be 1 for "never twice". */
function postsPer(calls: FakeCall[], key: string): Map<number, number> {
  const per = new Map<number, number>();
  for (const call of calls) {
    const id = Number(payloadOf(call)[key]);
    per.set(id, (per.get(id) ?? 0) + 1);
  }
  return per;
}

describe('SIGKILL, then a restart', () => {
  let fake: FakeSlack;
  beforeEach(async () => {
    fake = await startFakeSlack({ latencyMs: 150, botToken: BOT_TOKEN });
  });
  afterEach(() => fake.close());

  it('while posting weekly prompts: every prompt posted at most once; sent ones recorded on the prompt, in-flight ones unknown', async () => {
    const T1 = new Date('2026-03-16T08:00:00.000Z');
    const { db, path } = freshDatabase();
    const cohort = addCohort(db);
    for (let i = 1; i <= 40; i += 1) {
      const id = String(i).padStart(3, '0');
      addPair(db, { cohort, mentor: { userId: `UMR${id}`, role: 'mentor', topics: ['ai-at-work'] }, mentee: { userId: `UME${id}`, role: 'mentee', topics: ['ai-at-work'] } });
    }
    db.close();

    const first = tickAt(path, fake, T1);
    await waitUntil(() => fake.callsTo('chat.postMessage').length >= 20, 20_000, '20 prompts posted');
    first.child.kill('SIGKILL');
    expect((await first.done).signal).toBe('SIGKILL');
    const beforeRestart = fake.callsTo('chat.postMessage').length;
    expect(beforeRestart).toBeLessThan(40);

    fake.setLatency(0);
    // Past the lease, within the 48 hours a prompt may be late.
    const second = await tickAt(path, fake, new Date(T1.getTime() + LEASE_MS + 60_000)).done;
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);

    const check = openDatabase(path);
    // Cycle 1's rows (each pass also plans the next cycle, due a week later).
    const rows = listDeliveries(check, { kind: 'nudge' }).filter((row) => row.dueAt === T1.toISOString());
    const prompts = listPairs(check, cohort.id).map((pair) => listPromptsOfPair(check, pair.id)[0]!);
    check.close();
    const posts = fake.callsTo('chat.postMessage').filter((call) => eventType(call) === 'rm_nudge' && !call.fault);
    const perPrompt = postsPer(posts, 'prompt_id');
    expect([...perPrompt.values()].every((n) => n === 1)).toBe(true);
    expect(rows).toHaveLength(40);
    expect(rows.every((row) => row.status === 'sent' || row.status === 'unknown')).toBe(true);
    expect(rows.filter((row) => row.status === 'unknown').length).toBeGreaterThan(0);
    for (const prompt of prompts) {
      const row = rows.find((candidate) => candidate.subjectId === prompt.id)!;
      if (row.status === 'sent') {
        // Posted once, and the prompt knows its message (the buttons redraw it).
        expect(perPrompt.get(prompt.id)).toBe(1);
        expect(prompt.messageTs).toBe(row.messageTs);
      } else {
        expect(perPrompt.get(prompt.id) ?? 0).toBeLessThanOrEqual(1);
      }
    }
  });

  it('while a confirmed match is being introduced: pairs whole, each introduced at most once, a second confirm changes nothing', async () => {
    const { db, path } = freshDatabase();
    const cohort = seedCohort(db);
    seedPeople(db, cohort.id, 12, 12);
    const outcome = await computeMatchRun(db, cohort, ORG, new Date());
    if (!outcome.ok) throw new Error('no preview');
    const runId = outcome.preview.run.id;
    db.close();
    fake.addUser({ id: ORG, name: 'org' });

    const app = await startAppProcess(path, fake, [ORG]);
    const click = await app.requests.blockAction(ORG, { actionId: ACTION.matchConfirm, value: String(runId), isEphemeral: true });
    expect(click.status).toBe(200);
    await fake.waitFor('chat.postMessage', (_args, call) => eventType(call) === 'rm_intro' && fake.callsTo('chat.postMessage').filter((c) => eventType(c) === 'rm_intro').length >= 3, { timeoutMs: 15_000 });
    app.child.kill('SIGKILL');
    expect((await app.done).signal).toBe('SIGKILL');

    // Whole: the confirm's transaction stored every pair and every introduction row, or nothing.
    const afterKill = openDatabase(path);
    expect(listPairs(afterKill, cohort.id)).toHaveLength(12);
    expect(listDeliveries(afterKill, { kind: 'intro' })).toHaveLength(12);
    expect(count(afterKill, 'match_runs', "status = 'confirmed'")).toBe(1);
    afterKill.close();

    // Restarted: a second confirm (a retry, a double click) is refused and changes nothing.
    const restarted = await startAppProcess(path, fake, [ORG]);
    const again = await restarted.requests.blockAction(ORG, { actionId: ACTION.matchConfirm, value: String(runId), isEphemeral: true });
    expect(again.status).toBe(200);
    const reply = await fake.waitFor('response_url', (args) => args._id === decodeURIComponent((again.payload.response_url as string).split('/').pop() as string));
    expect(String(reply.args.text)).toContain('already confirmed');
    restarted.child.kill('SIGTERM');
    await restarted.done;

    fake.setLatency(0);
    const finish = await tickAt(path, fake, new Date(Date.now() + LEASE_MS + 60_000)).done;
    expect(finish.code).toBe(0);
    const check = openDatabase(path);
    const pairs = listPairs(check, cohort.id);
    const rows = listDeliveries(check, { kind: 'intro' });
    expect(count(check, 'pairs')).toBe(12);
    check.close();
    const intros = fake.callsTo('chat.postMessage').filter((call) => eventType(call) === 'rm_intro' && !call.fault);
    const perPair = postsPer(intros, 'pair_id');
    expect([...perPair.values()].every((n) => n === 1)).toBe(true);
    expect(rows.every((row) => row.status === 'sent' || row.status === 'unknown')).toBe(true);
    for (const pair of pairs) {
      const row = rows.find((candidate) => candidate.subjectId === pair.id)!;
      if (row.status === 'sent') expect(perPair.get(pair.id)).toBe(1);
      if (pair.channelId) expect(fake.messagesIn(pair.channelId).filter((m) => m.metadata?.event_type === 'rm_intro').length).toBeLessThanOrEqual(1);
    }
    // Nobody's group DM was opened twice.
    const opened = fake.callsTo('conversations.open').filter((call) => !call.fault).map((call) => String(call.args.users));
    expect(new Set(opened).size).toBe(opened.length);
  }, PROCESSES_MS);

  describe('while saving a reflection', () => {
    const MENTOR = 'U0MEN00001';
    const MENTEE = 'U0MEE00001';

    /** A one-week cohort whose only prompt went out yesterday or so (the app runs on real time here). */
    function seedOpenPrompt(db: Db): number {
      const day = new Date(Date.now() - 24 * 60 * 60 * 1000);
      while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() - 1);
      const weekday = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][day.getUTCDay()] as 'mon';
      const startDate = day.toISOString().slice(0, 10);
      const cohort = addCohort(db, { startDate, weeks: 1, nudgeDay: weekday, nudgeTime: '00:00', timezone: 'UTC' });
      const pair = addPair(db, { cohort, mentor: { userId: MENTOR, role: 'mentor', topics: ['ai-at-work'] }, mentee: { userId: MENTEE, role: 'mentee', topics: ['ai-at-work'] } });
      const dueAt = new Date(`${startDate}T00:00:00Z`);
      const promptId = insertPrompt(db, { pairId: pair.id, cohortId: cohort.id, cycle: 1, dueAt }, dueAt)!;
      setPromptTopic(db, promptId, { topicId: 'ai-at-work', locale: 'en', questions: ['Q1?', 'Q2?'], passedTopics: [] }, dueAt);
      recordPromptPosted(db, promptId, { channel: pair.channelId!, ts: '1700000000.000100' }, dueAt);
      return promptId;
    }

    const values = (learned: string): StateValues => ({
      [REFLECTION.met]: { [REFLECTION.met]: input.radio('yes') },
      [REFLECTION.rating]: { [REFLECTION.rating]: input.staticSelect('4') },
      [REFLECTION.learned]: { [REFLECTION.learned]: input.plain(learned) },
      [REFLECTION.nextStep]: { [REFLECTION.nextStep]: input.plain('Try it') },
      [REFLECTION.sharing]: { [REFLECTION.sharing]: input.radio('anonymous') },
    });

    it('killed while the thanks are on their way: the reflection is stored whole, once; sent again it is replaced, not doubled', async () => {
      const { db, path } = freshDatabase();
      const promptId = seedOpenPrompt(db);
      db.close();
      fake.addUser({ id: MENTEE, name: 'mentee' });

      const app = await startAppProcess(path, fake);
      const sent = await app.requests.viewSubmission(MENTEE, { callbackId: CALLBACK.reflection, values: values('First take'), privateMetadata: String(promptId), allowMissing: true });
      expect(sent.status).toBe(200);
      expect(sent.body).toBe('');
      // The thanks DM is in flight (the fake answers after 150 ms): the process dies waiting for it.
      await fake.waitFor('chat.postMessage', (args) => args.channel === MENTEE, { timeoutMs: 10_000 });
      app.child.kill('SIGKILL');
      await app.done;

      let check = openDatabase(path);
      expect(check.prepare('SELECT user_id, met, rating, learned, next_step, sharing FROM reflections').all()).toEqual([
        { user_id: MENTEE, met: 'yes', rating: 4, learned: 'First take', next_step: 'Try it', sharing: 'anonymous' },
      ]);
      expect(check.prepare('SELECT user_id, kind FROM prompt_responses').all()).toEqual([{ user_id: MENTEE, kind: 'reflected' }]);
      check.close();

      // Not sure it was saved, the person submits again after the restart.
      const restarted = await startAppProcess(path, fake);
      const again = await restarted.requests.viewSubmission(MENTEE, { callbackId: CALLBACK.reflection, values: values('Second take'), privateMetadata: String(promptId), allowMissing: true });
      expect(again.body).toBe('');
      // The restarted app saw the first take, so it says the reflection is updated rather than thanking anew.
      await fake.waitFor('chat.postMessage', (args) => args.channel === MENTEE && String(args.text).includes('is updated'), { timeoutMs: 10_000 });
      restarted.child.kill('SIGTERM');
      await restarted.done;
      check = openDatabase(path);
      expect(check.prepare('SELECT learned FROM reflections').all()).toEqual([{ learned: 'Second take' }]);
      expect(count(check, 'prompt_responses')).toBe(1);
      check.close();
    }, PROCESSES_MS);

    it('killed at any moment around the save: the reflection and its "reflected" mark are both there or both absent', async () => {
      const { db, path } = freshDatabase();
      const promptId = seedOpenPrompt(db);
      db.close();
      fake.addUser({ id: MENTEE, name: 'mentee' });
      const stored = () => {
        const check = openDatabase(path);
        expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
        const reflections = check.prepare('SELECT learned FROM reflections').all() as Array<{ learned: string }>;
        const marks = count(check, 'prompt_responses', "kind = 'reflected'");
        check.close();
        // The pair invariant: one transaction writes both, so a kill leaves both or neither.
        expect(marks).toBe(reflections.length);
        return reflections.map((row) => row.learned);
      };

      // The process stops right after one of the save's two writes, inside its transaction, and is killed there
      // (`commit: false`) or let go and killed once the thanks show the commit is behind it (`commit: true`).
      const runs = [
        { pauseAfterSql: '^INSERT INTO reflections', commit: false, learned: 'Between the writes', expected: [] },
        { pauseAfterSql: '^INSERT INTO prompt_responses', commit: false, learned: 'Before the commit', expected: [] },
        { pauseAfterSql: '^INSERT INTO prompt_responses', commit: true, learned: 'Committed', expected: ['Committed'] },
        // A replacement killed halfway keeps the saved reflection as it was.
        { pauseAfterSql: '^INSERT INTO reflections', commit: false, learned: 'Replacement', expected: ['Committed'] },
      ];
      for (const run of runs) {
        const app = await startAppProcess(path, fake, [], { pauseAfterSql: run.pauseAfterSql });
        const dmsBefore = fake.callsTo('chat.postMessage').filter((call) => call.args.channel === MENTEE).length;
        const sending = app.requests
          .viewSubmission(MENTEE, { callbackId: CALLBACK.reflection, values: values(run.learned), privateMetadata: String(promptId), allowMissing: true })
          .catch(() => undefined);
        await waitUntil(() => app.output().stdout.includes('paused\n'), 20_000, 'the save to reach its pause');
        if (run.commit) {
          app.child.stdin!.write('\n');
          await waitUntil(() => fake.callsTo('chat.postMessage').filter((call) => call.args.channel === MENTEE).length > dmsBefore, 20_000, 'the thanks');
        }
        app.child.kill('SIGKILL');
        expect((await app.done).signal).toBe('SIGKILL');
        await sending;
        expect(stored()).toEqual(run.expected);
      }
    }, 2 * PROCESSES_MS);
  });
});
