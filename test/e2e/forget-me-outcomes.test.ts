import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupDatabase } from '../../src/db/backup';
import type { Db } from '../../src/db/open';
import { agreementCounts } from '../../src/db/repositories/agreements';
import { checkinCounts } from '../../src/db/repositories/checkins';
import { enroll } from '../../src/db/repositories/cohorts';
import { finalCounts } from '../../src/db/repositories/final-evaluations';
import type { Pair } from '../../src/db/repositories/pairs';
import { runTick } from '../../src/scheduler/tick';
import { ACTION, CALLBACK, CHECKIN, FINAL, KICKOFF, METADATA_EVENT } from '../../src/views/ids';
import { addCohort, addPair } from '../helpers/prompts';
import type { StoredMessage } from '../support/fake-slack';
import { input, type StateValues } from '../support/slack-requests';
import { startHarness, type Harness } from './harness';

/**
 * Forget-me and the outcomes (issue 18): a mentee who wrote their goals in the kickoff agreement, a note for the
 * organizers in the check-in and their final evaluation asks to be forgotten. Their words leave every table, the
 * database file, its WAL and a backup taken afterwards, and the agreement message in the group message; every count
 * stays, as a former participant's.
 */

const T1 = new Date('2026-03-16T08:00:00.000Z');
const HOUR = 60 * 60 * 1000;
const ORG = 'U0ORG00001';
const MENTOR = 'U0MEN00001';
const FORGOTTEN = 'U0MEE00001';
const GOALS = 'AGREEMENT-GOALS-forgotten-learn-figma';
const HOPES = 'AGREEMENT-HOPES-mentor-stays';
const NOTE = 'CHECKIN-NOTE-forgotten-private-worry';
const CHANGED = 'FINAL-CHANGED-forgotten-named-words';
const PRIVATE_CHANGED = 'FINAL-CHANGED-mentor-private-words';

function bytesHold(path: string, needle: string): boolean {
  return existsSync(path) && readFileSync(path).includes(Buffer.from(needle, 'utf8'));
}

function cellsHolding(db: Db, needle: string): string[] {
  const found: string[] = [];
  for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string }>) {
    for (const row of db.prepare(`SELECT * FROM "${name}"`).all() as Array<Record<string, unknown>>) {
      for (const [column, value] of Object.entries(row)) if (typeof value === 'string' && value.includes(needle)) found.push(`${name}.${column}`);
    }
  }
  return found;
}

describe('forget-me removes goals, hopes, check-in notes and final answers, and the counts stay', () => {
  let h: Harness;
  let pair: Pair;
  const urlId = (url: string) => decodeURIComponent(url.split('/').pop() as string);

  async function fill(userId: string, actionId: string, channelId: string, message: StoredMessage, callbackId: string, values: StateValues) {
    await h.slack.blockAction(userId, { actionId, channelId, messageTs: message.ts });
    await h.settled();
    const sent = await h.slack.viewSubmission(userId, { callbackId, values });
    await h.settled();
    expect(sent.body).toBe('');
  }
  const withAction = (channel: string, actionId: string) =>
    h.fake.messagesIn(channel).filter((message) => JSON.stringify(message.blocks ?? []).includes(`"action_id":"${actionId}"`)).at(-1)!;

  beforeEach(async () => {
    h = await startHarness({ now: T1.toISOString(), organizers: [ORG] });
    for (const id of [ORG, MENTOR, FORGOTTEN]) h.fake.addUser({ id, name: id.toLowerCase() });
    // One session: the check-in and the final evaluation both come with it.
    const cohort = addCohort(h.db, { weeks: 1, createdBy: ORG });
    pair = addPair(h.db, { cohort, mentor: { userId: MENTOR, role: 'mentor' }, mentee: { userId: FORGOTTEN, role: 'mentee' } });
    for (const id of [MENTOR, FORGOTTEN]) enroll(h.db, cohort.id, id, T1);
    h.setNow(later(T1, HOUR).toISOString());
    await runTick({ ...h.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, T1);
    await h.settled();
    const prompt = withAction(pair.channelId!, ACTION.kickoffOpen);
    const norms = { [KICKOFF.cadence]: { [KICKOFF.cadence]: input.radio('weekly') }, [KICKOFF.norms]: { [KICKOFF.norms]: input.checkboxes(['confidential']) } };
    await fill(FORGOTTEN, ACTION.kickoffOpen, pair.channelId!, prompt, CALLBACK.kickoff, { ...norms, [KICKOFF.goals]: { [KICKOFF.goals]: input.plain(GOALS) } });
    await fill(MENTOR, ACTION.kickoffOpen, pair.channelId!, prompt, CALLBACK.kickoff, { ...norms, [KICKOFF.hopes]: { [KICKOFF.hopes]: input.plain(HOPES) } });
    await h.settled();
    expect(h.fake.messagesIn(pair.channelId!).filter((message) => message.metadata?.event_type === METADATA_EVENT.agreement)).toHaveLength(1);
    for (const [userId, note] of [
      [FORGOTTEN, NOTE],
      [MENTOR, ''],
    ] as const) {
      const values: StateValues = {
        [CHECKIN.relationship]: { [CHECKIN.relationship]: input.radio('4') },
        [CHECKIN.progress]: { [CHECKIN.progress]: input.radio('some') },
      };
      if (note) values[CHECKIN.organizers] = { [CHECKIN.organizers]: input.plain(note) };
      await fill(userId, ACTION.checkinOpen, h.fake.dmOf(userId)!, withAction(userId, ACTION.checkinOpen), CALLBACK.checkin, values);
    }
    for (const [userId, changed, sharing] of [
      [FORGOTTEN, CHANGED, 'named'],
      [MENTOR, PRIVATE_CHANGED, 'private'],
    ] as const) {
      await fill(userId, ACTION.finalOpen, h.fake.dmOf(userId)!, withAction(userId, ACTION.finalOpen), CALLBACK.final, {
        [FINAL.goalsMet]: { [FINAL.goalsMet]: input.radio('4') },
        [FINAL.changed]: { [FINAL.changed]: input.plain(changed) },
        [FINAL.sharing]: { [FINAL.sharing]: input.radio(sharing) },
        [FINAL.recommend]: { [FINAL.recommend]: input.staticSelect('9') },
        [FINAL.again]: { [FINAL.again]: input.radio('mentee') },
      });
    }
  });
  afterEach(() => h.close());

  it('leaves none of their words in any table, the database file, its WAL or a backup; the agreement message is withdrawn; the counts stay', async () => {
    const counts = () => ({ agreements: agreementCounts(h.db, pair.cohortId), checkins: checkinCounts(h.db, pair.cohortId), finals: finalCounts(h.db, pair.cohortId) });
    const before = counts();
    expect(before.agreements.agreements).toBe(1);
    expect(before.checkins.answers).toBe(2);
    expect(before.finals.answers).toBe(2);
    const needles = [GOALS, NOTE, CHANGED];
    // The search sees them before.
    for (const needle of needles) expect(cellsHolding(h.db, needle).length).toBeGreaterThan(0);
    expect(cellsHolding(h.db, FORGOTTEN)).toEqual(expect.arrayContaining(['next_cohort_choices.user_id', 'final_evaluations.user_id', 'checkins.user_id', 'agreement_parts.user_id']));

    const asked = await h.slack.command(FORGOTTEN, 'forget-me');
    await h.settled();
    expect(JSON.stringify(h.fake.responsesAt(urlId(asked.responseUrl)))).toContain(ACTION.forgetMeConfirm);
    await h.slack.blockAction(FORGOTTEN, { actionId: ACTION.forgetMeConfirm, value: 'forget', isEphemeral: true });
    await h.settled();

    for (const needle of [...needles, FORGOTTEN]) expect({ needle, cells: cellsHolding(h.db, needle) }).toEqual({ needle, cells: [] });
    const backup = join(mkdtempSync(join(tmpdir(), 'rm-forgotten-outcomes-')), 'after.db');
    await backupDatabase(h.db, backup);
    const found = Object.entries({ database: h.dbPath, wal: `${h.dbPath}-wal`, backup }).flatMap(([file, path]) =>
      needles.filter((needle) => bytesHold(path, needle)).map((needle) => `${needle} in the ${file}`),
    );
    expect(found).toEqual([]);

    // What stays is counted, under the placeholder; the partner's own words are theirs and stay.
    const after = counts();
    expect(after.checkins).toEqual(before.checkins);
    expect(after.finals).toEqual(before.finals);
    expect(after.agreements.pairs).toBe(before.agreements.pairs);
    expect(h.db.prepare('SELECT user_id, role FROM checkins ORDER BY role DESC').all()).toEqual([
      { user_id: MENTOR, role: 'mentor' },
      { user_id: expect.stringMatching(/^former:\d+$/), role: 'mentee' },
    ]);
    expect(cellsHolding(h.db, HOPES)).toEqual(['agreement_parts.hopes']);
    expect(cellsHolding(h.db, PRIVATE_CHANGED)).toEqual(['final_evaluations.changed']);

    // The agreement in the group message quoted their goals: it now says it was withdrawn.
    const agreement = h.fake.messagesIn(pair.channelId!).find((message) => message.metadata?.event_type === METADATA_EVENT.agreement)!;
    const shown = JSON.stringify(h.fake.message(pair.channelId!, agreement.ts));
    expect(shown).not.toContain(GOALS);
    expect(shown).toContain('This agreement was withdrawn');
  });
});

function later(date: Date, ms: number): Date {
  return new Date(date.getTime() + ms);
}
