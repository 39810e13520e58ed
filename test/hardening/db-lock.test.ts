import { findCohort } from '../../src/db/repositories/cohorts';
import { findParticipant } from '../../src/db/repositories/participants';
import { listPromptsOfPair } from '../../src/db/repositories/prompts';
import { en } from '../../src/i18n/en';
import { runTick } from '../../src/scheduler/tick';
import { computeMatchRun } from '../../src/services/match-runs';
import { ACTION, CALLBACK, COHORT_CREATE, REFLECTION, TOPIC_FORM } from '../../src/views/ids';
import { seedCohort, seedPeople, seedPerson } from '../helpers/programme';
import { addCohort, addPair } from '../helpers/prompts';
import { cohortForm, field } from '../helpers/forms';
import { input, type StateValues } from '../support/slack-requests';
import { count, holdWriteLock, holdWriteLockUntilReleased, loggedWithCode, repliesAt, snapshot, startRig, type Rig } from './rig';

/**
 * The database write-locked by another process (a `tick`, a backup tool, an operator's sqlite3 shell) while people
 * use the app. A short lock is waited out and the request succeeds; a lock held past the busy timeout gets the
 * person a short "try again", the log the code, and the database nothing half-written (PRODUCT.md §10).
 * better-sqlite3 waits synchronously, so the lock is held by another process, as it would be in production.
 */

const ORG = 'U0ORG00001';
const ADA = 'U0ADA00001';
const MENTOR = 'U0MEN00001';
const MENTEE = 'U0MEE00001';
const T1 = '2026-03-16T08:00:00.000Z';
const BEFORE_COHORT = '2026-11-20T08:00:00.000Z';


interface Flow {
  name: string;
  now: string;
  setup(rig: Rig): Promise<void> | void;
  /** Sends the request; returns what the person was shown (inline errors, replies or DMs). */
  act(rig: Rig): Promise<string[]>;
  done(rig: Rig): void;
  /** Nothing of the request reached the database. */
  untouched(rig: Rig): void;
}

async function postedPrompt(rig: Rig): Promise<number> {
  const cohort = addCohort(rig.db);
  addPair(rig.db, { cohort, mentor: { userId: MENTOR, role: 'mentor', topics: ['ai-at-work'] }, mentee: { userId: MENTEE, role: 'mentee', topics: ['ai-at-work'] } });
  for (const id of [MENTOR, MENTEE]) rig.fake.addUser({ id, name: id.toLowerCase() });
  await runTick({ ...rig.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, new Date(T1));
  return listPromptsOfPair(rig.db, 1)[0]!.id;
}

const FLOWS: Flow[] = [
  {
    name: 'saving a reflection (stored before the ack: an inline error)',
    now: T1,
    setup: postedPrompt,
    async act(rig) {
      const sent = await rig.slack.viewSubmission(MENTEE, {
        callbackId: CALLBACK.reflection,
        allowMissing: true,
        privateMetadata: '1',
        values: {
          ...field(REFLECTION.met, input.radio('yes')),
          ...field(REFLECTION.rating, input.staticSelect('4')),
          ...field(REFLECTION.learned, input.plain('PRIVATE-TEXT')),
          ...field(REFLECTION.sharing, input.radio('private')),
        },
      });
      const body = sent.json as { errors?: Record<string, string> } | undefined;
      return body?.errors ? Object.values(body.errors) : [];
    },
    done: (rig) => expect(count(rig.db, 'reflections')).toBe(1),
    untouched: (rig) => {
      expect(count(rig.db, 'reflections')).toBe(0);
      expect(count(rig.db, 'prompt_responses')).toBe(0);
    },
  },
  {
    name: "pressing We met on a prompt (an ephemeral reply)",
    now: T1,
    setup: postedPrompt,
    async act(rig) {
      const prompt = listPromptsOfPair(rig.db, 1)[0]!;
      const message = rig.fake.messagesIn(prompt.channelId!)[0]!;
      const sent = await rig.slack.blockAction(MENTOR, { actionId: ACTION.nudgeMet, channelId: prompt.channelId!, messageTs: message.ts });
      await rig.settled();
      return repliesAt(rig, sent.payload.response_url as string).map((reply) => reply.text);
    },
    done: (rig) => expect(count(rig.db, 'prompt_responses', "kind = 'met'")).toBe(1),
    untouched: (rig) => expect(count(rig.db, 'prompt_responses')).toBe(0),
  },
  {
    name: 'confirming a match (pairs and introductions in one transaction)',
    now: BEFORE_COHORT,
    async setup(rig) {
      const cohort = seedCohort(rig.db);
      seedPeople(rig.db, cohort.id, 3, 3);
      const outcome = await computeMatchRun(rig.db, cohort, ORG, new Date(BEFORE_COHORT));
      if (!outcome.ok) throw new Error('no preview');
    },
    async act(rig) {
      const sent = await rig.slack.blockAction(ORG, { actionId: ACTION.matchConfirm, value: '1', isEphemeral: true });
      await rig.settled();
      return repliesAt(rig, sent.payload.response_url as string).map((reply) => reply.text);
    },
    done: (rig) => {
      expect(count(rig.db, 'pairs')).toBe(3);
      expect(count(rig.db, 'deliveries', "kind = 'intro'")).toBe(3);
    },
    untouched: (rig) => {
      expect(count(rig.db, 'pairs')).toBe(0);
      expect(count(rig.db, 'deliveries')).toBe(0);
      expect(count(rig.db, 'match_runs', "status = 'ready'")).toBe(1);
      expect(findCohort(rig.db, 1)?.status).toBe('enrolling');
    },
  },
  {
    name: 'creating a cohort (stored after the ack: told by DM)',
    now: BEFORE_COHORT,
    setup(rig) {
      seedPerson(rig.db, { userId: ADA, role: 'mentor' });
    },
    async act(rig) {
      const values: StateValues = cohortForm();
      const sent = await rig.slack.viewSubmission(ORG, { callbackId: CALLBACK.cohortCreate, values, allowMissing: true });
      expect(sent.body).toBe('');
      await rig.settled();
      return rig.fake.messagesIn(ORG).map((message) => message.text);
    },
    done: (rig) => {
      expect(count(rig.db, 'cohorts')).toBe(1);
      // The waiting participant was enrolled in the same transaction.
      expect(count(rig.db, 'enrollments')).toBe(1);
    },
    untouched: (rig) => {
      expect(count(rig.db, 'cohorts')).toBe(0);
      expect(count(rig.db, 'enrollments')).toBe(0);
    },
  },
  {
    name: 'suggesting a topic (stored before the ack: an inline error)',
    now: BEFORE_COHORT,
    setup: () => undefined,
    async act(rig) {
      const sent = await rig.slack.viewSubmission(ADA, {
        callbackId: CALLBACK.topicSuggest,
        allowMissing: true,
        values: { ...field(TOPIC_FORM.title, input.plain('Gaming and leadership')), ...field(TOPIC_FORM.description, input.plain(null)) },
      });
      const body = sent.json as { errors?: Record<string, string> } | undefined;
      return body?.errors ? Object.values(body.errors) : [];
    },
    done: (rig) => expect(count(rig.db, 'topics', "status = 'pending'")).toBe(1),
    untouched: (rig) => expect(count(rig.db, 'topics', "status = 'pending'")).toBe(0),
  },
  {
    name: 'leaving the programme (an ephemeral reply)',
    now: BEFORE_COHORT,
    setup(rig) {
      seedPerson(rig.db, { userId: ADA, role: 'mentor' });
    },
    async act(rig) {
      const sent = await rig.slack.blockAction(ADA, { actionId: ACTION.leaveConfirm, value: 'leave', isEphemeral: true, allowMissing: true, channelId: 'C0GENERAL' });
      await rig.settled();
      return repliesAt(rig, sent.payload.response_url as string).map((reply) => reply.text);
    },
    done: (rig) => expect(findParticipant(rig.db, ADA)?.status).toBe('left'),
    untouched: (rig) => expect(findParticipant(rig.db, ADA)?.status).toBe('active'),
  },
];

describe.each(FLOWS)('database locked by another process: $name', (flow) => {
  let rig: Rig | undefined;
  afterEach(async () => {
    await rig?.close();
    rig = undefined;
  });

  async function started(busyTimeoutMs: number): Promise<Rig> {
    rig = await startRig({ organizers: [ORG], now: flow.now, busyTimeoutMs });
    for (const id of [ORG, ADA]) rig.fake.addUser({ id, name: id.toLowerCase() });
    await flow.setup(rig);
    rig.fake.clear();
    return rig;
  }

  it('a short lock is waited out and the request succeeds', async () => {
    const r = await started(2000);
    const lock = await holdWriteLock(r.dbPath, 300);
    const shown = await flow.act(r);
    await r.settled();
    await lock.released;
    expect(shown).not.toContain(en.tryAgain);
    flow.done(r);
  });

  it('a long lock: the person is told to try again, the log has SQLITE_BUSY, nothing is half-written', async () => {
    const r = await started(150);
    const before = snapshot(r.db);
    const lock = await holdWriteLock(r.dbPath, 800);
    const shown = await flow.act(r);
    await r.settled();
    await lock.released;
    expect(shown).toEqual([en.tryAgain]);
    expect(loggedWithCode(r, 'SQLITE_BUSY').length).toBeGreaterThan(0);
    flow.untouched(r);
    // Nothing else changed either (App Home refreshes and the like only read).
    expect(snapshot(r.db)).toEqual(before);
  });
});

describe('/healthz while another process holds the write lock', () => {
  it('answers 200 at once: under WAL a read never waits for a writer', async () => {
    const rig = await startRig({ busyTimeoutMs: 2000 });
    try {
      const lock = await holdWriteLockUntilReleased(rig.dbPath);
      try {
        // Answered while the lock is held (it is let go only below): a check that waited for the writer would
        // wait out the busy timeout and answer 503.
        const health = await fetch(`http://127.0.0.1:${rig.app.port}/healthz`);
        expect(health.status).toBe(200);
        expect(lock.held()).toBe(true);
      } finally {
        await lock.release();
      }
    } finally {
      await rig.close();
    }
  });
});
