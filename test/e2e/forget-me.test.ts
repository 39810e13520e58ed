import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupDatabase } from '../../src/db/backup';
import type { Db } from '../../src/db/open';
import { countEnrolled, enroll } from '../../src/db/repositories/cohorts';
import { listDeliveries } from '../../src/db/repositories/deliveries';
import { addOrganizer } from '../../src/db/repositories/organizers';
import { recordPreparationRead } from '../../src/db/repositories/preparation';
import { findPair, listPairs, type Pair } from '../../src/db/repositories/pairs';
import { listPromptsOfPair } from '../../src/db/repositories/prompts';
import { addVote } from '../../src/db/repositories/topic-votes';
import { runTick } from '../../src/scheduler/tick';
import { DIGEST_KIND } from '../../src/services/digest';
import { cohortMembership, cycleActivity, reflectionCountsByMember, reflectionStats, sharedHighlights } from '../../src/services/reflection-insights';
import { ACTION, CALLBACK, MEETING_BOOK, REFLECTION } from '../../src/views/ids';
import { en } from '../../src/i18n/en';
import { addCohort, addPair } from '../helpers/prompts';
import { input } from '../support/slack-requests';
import { startHarness, type Harness } from './harness';

const T1 = '2026-03-16T08:00:00.000Z';
const MINUTE = 60_000;
const ORG = 'U0ORG00001';
const MENTOR = 'U0MEN00001';
const FORGOTTEN = 'U0MEE00001';
const OTHER_MENTOR = 'U0MEN00002';
const OTHER_MENTEE = 'U0MEE00002';

const GOALS = 'GOALS-learn-to-delegate-quietly';
const SECRET = 'REFLECTION-private-words';
const SHARED = 'REFLECTION-named-and-shared';
const REASON = 'REMATCH-reason-personal';
const DEPARTMENT = 'DEPT-quiet-strategy-unit';
const DISPLAY_NAME = 'NAME-Forgotten-Person';
const SUGGESTION = 'SUGGESTION gaming culture at work';
const PLACE = 'PLACE-https://meet.example/quiet-room-4711';

/** Whether the file's bytes hold `needle` (UTF-8, as SQLite stores this database's text); a missing file holds nothing. */
function bytesHold(path: string, needle: string): boolean {
  return existsSync(path) && readFileSync(path).includes(Buffer.from(needle, 'utf8'));
}

/** Every cell of every table that holds `needle` (case-insensitive), as table.column. */
function cellsHolding(db: Db, needle: string): string[] {
  const found: string[] = [];
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string }>;
  expect(tables.length).toBeGreaterThan(10);
  for (const { name } of tables) {
    for (const row of db.prepare(`SELECT * FROM "${name}"`).all() as Array<Record<string, unknown>>) {
      for (const [column, value] of Object.entries(row)) {
        if (typeof value === 'string' && value.toLowerCase().includes(needle.toLowerCase())) found.push(`${name}.${column}`);
      }
    }
  }
  return found;
}

describe('forget-me', () => {
  let h: Harness;
  let pair: Pair;
  const tick = (offsetMs: number) => runTick({ ...h.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, new Date(new Date(T1).getTime() + offsetMs));
  const urlId = (url: string) => decodeURIComponent(url.split('/').pop() as string);

  /** Everything counted about the cohort: what must come out the same after someone is forgotten. */
  function counts() {
    const membership = cohortMembership(h.db, pair.cohortId);
    return {
      enrolled: membership.total,
      cohortList: countEnrolled(h.db, pair.cohortId),
      pairs: listPairs(h.db, pair.cohortId).length,
      activity: cycleActivity(h.db, pair.cohortId),
      stats: reflectionStats(h.db, pair.cohortId),
      members: reflectionCountsByMember(h.db, pair.cohortId).length,
      responses: (h.db.prepare('SELECT COUNT(*) AS n FROM prompt_responses').get() as { n: number }).n,
      rematches: (h.db.prepare('SELECT COUNT(*) AS n FROM rematch_requests').get() as { n: number }).n,
    };
  }

  beforeEach(async () => {
    h = await startHarness({ now: T1, organizers: [ORG] });
    for (const id of [ORG, MENTOR, FORGOTTEN, OTHER_MENTOR, OTHER_MENTEE]) h.fake.addUser({ id, name: id.toLowerCase() });
    const cohort = addCohort(h.db, { createdBy: ORG });
    pair = addPair(h.db, {
      cohort,
      mentor: { userId: MENTOR, role: 'mentor', topics: ['ai-at-work'] },
      mentee: { userId: FORGOTTEN, role: 'mentee', topics: ['ai-at-work', 'hybrid-work'] },
    });
    addPair(h.db, { cohort, mentor: { userId: OTHER_MENTOR, role: 'mentor' }, mentee: { userId: OTHER_MENTEE, role: 'mentee' } });
    for (const id of [MENTOR, FORGOTTEN, OTHER_MENTOR, OTHER_MENTEE]) enroll(h.db, cohort.id, id, new Date(T1));
    h.db.prepare('UPDATE participants SET goals = ?, department = ?, display_name = ? WHERE user_id = ?').run(GOALS, DEPARTMENT, DISPLAY_NAME, FORGOTTEN);
    // Someone named them as their manager.
    h.db.prepare('UPDATE participants SET manager_id = ? WHERE user_id = ?').run(FORGOTTEN, OTHER_MENTEE);
    addVote(h.db, 'ai-at-work', FORGOTTEN, new Date(T1));

    // The real flows: prompts posted by the scheduler, a suggestion, a reflection, a rematch request, "We met".
    await tick(0);
    await h.slack.command(FORGOTTEN, `suggest ${SUGGESTION}`);
    const message = h.fake.messagesIn(pair.channelId!)[0]!;
    await h.slack.blockAction(MENTOR, { actionId: ACTION.nudgeMet, channelId: pair.channelId!, messageTs: message.ts });
    await h.slack.blockAction(FORGOTTEN, { actionId: ACTION.nudgeReflect, channelId: pair.channelId!, messageTs: message.ts });
    await h.settled();
    await h.slack.viewSubmission(FORGOTTEN, {
      callbackId: CALLBACK.reflection,
      values: {
        [REFLECTION.met]: { [REFLECTION.met]: input.radio('yes') },
        [REFLECTION.rating]: { [REFLECTION.rating]: input.staticSelect('2') },
        [REFLECTION.learned]: { [REFLECTION.learned]: input.plain(SHARED) },
        [REFLECTION.nextStep]: { [REFLECTION.nextStep]: input.plain(SECRET) },
        [REFLECTION.sharing]: { [REFLECTION.sharing]: input.radio('named') },
      },
    });
    await h.slack.command(FORGOTTEN, `rematch ${REASON}`);
    await h.settled();
    // They book a meeting with a private link from the prompt's Book button, and read their preparation.
    await h.slack.blockAction(FORGOTTEN, { actionId: ACTION.meetingBook, channelId: pair.channelId!, messageTs: message.ts });
    await h.settled();
    await h.slack.viewSubmission(FORGOTTEN, {
      callbackId: CALLBACK.meetingBook,
      values: {
        [MEETING_BOOK.when]: { [MEETING_BOOK.when]: input.datetimepicker(Date.parse('2026-03-17T13:00:00Z') / 1000) },
        [MEETING_BOOK.length]: { [MEETING_BOOK.length]: input.staticSelect('30') },
        [MEETING_BOOK.where]: { [MEETING_BOOK.where]: input.plain(PLACE) },
      },
    });
    recordPreparationRead(h.db, { cohortId: pair.cohortId, userId: FORGOTTEN, part: 'mentee' }, new Date(T1));
    await h.settled();
    await tick(MINUTE);
    expect(h.db.prepare('SELECT place, booked_by, channel_id IS NOT NULL AS posted FROM meetings').all()).toEqual([{ place: PLACE, booked_by: FORGOTTEN, posted: 1 }]);
    expect(sharedHighlights(h.db, pair.cohortId)).toHaveLength(1);
    expect(cellsHolding(h.db, FORGOTTEN).length).toBeGreaterThan(10);
  });
  afterEach(() => h.close());

  async function forget(userId: string): Promise<Array<Record<string, unknown>>> {
    const asked = await h.slack.command(userId, 'forget-me');
    await h.settled();
    const [question] = h.fake.responsesAt(urlId(asked.responseUrl));
    expect(JSON.stringify(question)).toContain(ACTION.forgetMeConfirm);
    expect(JSON.stringify(question)).toContain(ACTION.forgetMeCancel);
    h.fake.clear();
    const confirmed = await h.slack.blockAction(userId, { actionId: ACTION.forgetMeConfirm, value: 'forget', isEphemeral: true });
    await h.settled();
    return h.fake.responsesAt(urlId(confirmed.payload.response_url as string));
  }

  it("leaves no row with the person's user id or text, and every count comes out the same", async () => {
    const before = counts();
    const membershipBefore = cohortMembership(h.db, pair.cohortId);
    const replies = await forget(FORGOTTEN);
    expect(replies).toEqual([expect.objectContaining({ replace_original: true, text: expect.stringContaining('Your personal data is deleted') })]);

    for (const needle of [FORGOTTEN, GOALS, SECRET, SHARED, REASON, DEPARTMENT, DISPLAY_NAME, SUGGESTION, PLACE]) {
      expect({ needle, cells: cellsHolding(h.db, needle) }).toEqual({ needle, cells: [] });
    }
    // The meeting stays for the counts, without its place or its message, booked by the placeholder; so does
    // what they read of their preparation.
    const placeholder = findPair(h.db, pair.id)!.menteeId;
    expect(h.db.prepare('SELECT place, booked_by, channel_id, message_ts FROM meetings').all()).toEqual([
      { place: null, booked_by: placeholder, channel_id: null, message_ts: null },
    ]);
    expect(h.db.prepare('SELECT user_id, part FROM preparation_reads').all()).toEqual([{ user_id: placeholder, part: 'mentee' }]);

    expect(counts()).toEqual(before);
    expect(cohortMembership(h.db, pair.cohortId)).toEqual({
      mentors: membershipBefore.mentors,
      mentees: membershipBefore.mentees - 1,
      former: { mentors: 0, mentees: 1, total: 1 },
      total: membershipBefore.total,
    });
    expect(reflectionStats(h.db, pair.cohortId)).toMatchObject({ reflections: 1, ratings: { count: 1 } });
    expect(sharedHighlights(h.db, pair.cohortId)).toEqual([]);
    // The pair stays for the counts, ended, with the same placeholder in every place they were.
    const ended = findPair(h.db, pair.id)!;
    expect(ended).toMatchObject({ status: 'ended', mentorId: MENTOR, channelId: null });
    expect(ended.menteeId).toMatch(/^former:\d+$/);
    expect(reflectionCountsByMember(h.db, pair.cohortId)).toContainEqual({ userId: ended.menteeId, former: true, reflections: 1 });
    expect(h.db.prepare('SELECT DISTINCT user_id FROM prompt_responses WHERE user_id LIKE ?').all('former:%')).toEqual([{ user_id: ended.menteeId }]);
    // Their suggestion was still waiting for review: it is withdrawn, its words deleted, its id kept taken.
    expect(h.db.prepare("SELECT id, status, suggested_by FROM topics WHERE source = 'suggested'").all()).toEqual([
      { id: 's-1', status: 'rejected', suggested_by: null },
    ]);
    expect(h.db.prepare("SELECT COUNT(*) AS n FROM topic_texts WHERE topic_id = 's-1'").get()).toEqual({ n: 0 });
    expect(h.db.prepare('SELECT manager_id FROM participants WHERE user_id = ?').get(OTHER_MENTEE)).toEqual({ manager_id: null });

    // The partner is told kindly; organizers hear whose pairing ended, never the forgotten person's name.
    expect(h.fake.messagesIn(MENTOR).at(-1)?.text).toContain('has left Reverse Mentor');
    const organizerDm = h.fake.messagesIn(ORG).at(-1)!;
    expect(organizerDm.text).toContain(`<@${MENTOR}>`);
    expect(JSON.stringify(h.fake.callsTo('chat.postMessage'))).not.toContain(FORGOTTEN);

    // Messages still waiting for them are skipped: the 72-hour reminder never comes.
    expect(listDeliveries(h.db, { kind: 'reminder' }).filter((row) => row.userId === ended.menteeId)).toEqual([
      expect.objectContaining({ status: 'skipped', error: 'forgotten', channelId: null }),
    ]);
    h.fake.clear();
    await tick(72 * 60 * MINUTE + MINUTE);
    // The partner's pairing has ended, so theirs is skipped too; the other pair is reminded as usual.
    const reminded = h.fake.callsTo('chat.postMessage').map((call) => call.args.channel);
    expect(reminded.sort()).toEqual([OTHER_MENTEE, OTHER_MENTOR]);
    // The ended pair's next prompt is skipped as well.
    expect(listPromptsOfPair(h.db, pair.id).map((prompt) => prompt.deliveryStatus)).toEqual(['sent', 'skipped']);

    // To the app they are nobody now.
    const status = await h.slack.command(FORGOTTEN, 'status');
    await h.settled();
    expect(JSON.stringify(h.fake.responsesAt(urlId(status.responseUrl)))).toContain("You haven't joined yet");
  });

  it('leaves nothing of them on disk: not in the database file, not in its WAL, not in a backup taken afterwards', async () => {
    const needles = [FORGOTTEN, FORGOTTEN.toLowerCase(), GOALS, SECRET, SHARED, REASON, DEPARTMENT, DISPLAY_NAME, SUGGESTION, PLACE];
    const files = { database: h.dbPath, wal: `${h.dbPath}-wal` };
    // Before: the search finds every one of them in the file or its WAL (it can see what it looks for).
    expect(needles.filter((needle) => !Object.values(files).some((file) => bytesHold(file, needle)))).toEqual([]);

    await forget(FORGOTTEN);
    const backup = join(mkdtempSync(join(tmpdir(), 'rm-forgotten-')), 'after.db');
    await backupDatabase(h.db, backup);
    const found = Object.entries({ ...files, backup }).flatMap(([file, path]) =>
      needles.filter((needle) => bytesHold(path, needle)).map((needle) => `${needle} in the ${file}`),
    );
    expect(found).toEqual([]);
    // The WAL was truncated, not just checkpointed: no page as it was before is left at its end either.
    expect(statSync(files.wal).size).toBe(0);
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM wal_erasure_owed').get()).toEqual({ n: 0 });
    expect(h.logs.some((line) => line.includes('"walErased":true'))).toBe(true);
  });

  it('a forget-me that fails halfway leaves everything as it was, and the person is told to try again', async () => {
    // The profile's deletion comes after every anonymizing statement: refused there, everything before it has run
    // inside the transaction and must be undone (PRODUCT.md §10: nothing half-written).
    h.db.exec("CREATE TRIGGER refuse_profile_deletion BEFORE DELETE ON participants BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
    const tables = (h.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>).map((row) => row.name);
    const everything = () => Object.fromEntries(tables.map((name) => [name, h.db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
    const before = everything();

    const replies = await forget(FORGOTTEN);
    expect(replies).toEqual([expect.objectContaining({ replace_original: true, text: en.tryAgain })]);
    expect(everything()).toEqual(before);
    // Nobody was told of a pairing that did not end, no agreement was withdrawn (`forget` clears the calls before
    // the confirmation).
    expect(h.fake.calls.filter((call) => /^(chat|views)\./.test(call.method))).toEqual([]);

    // Tried again once the fault is gone, it forgets them.
    h.db.exec('DROP TRIGGER refuse_profile_deletion');
    expect((await forget(FORGOTTEN))[0]?.text).toContain('Your personal data is deleted');
    expect(cellsHolding(h.db, FORGOTTEN)).toEqual([]);
  });

  it('an organizer can be forgotten too: what they did stays, under the placeholder', async () => {
    addOrganizer(h.db, 'U0ORG00009', ORG, new Date(T1));
    expect(listDeliveries(h.db, { kind: DIGEST_KIND }).some((row) => row.userId === ORG)).toBe(true);
    const replies = await forget(ORG);
    expect(replies[0]?.text).toContain('Your personal data is deleted');
    expect(cellsHolding(h.db, ORG)).toEqual([]);
    expect(h.db.prepare('SELECT added_by FROM organizers').all()).toEqual([{ added_by: expect.stringMatching(/^former:\d+$/) }]);
    expect(listDeliveries(h.db, { kind: DIGEST_KIND }).every((row) => row.dedupeKey.endsWith(`organizer:${row.userId}`))).toBe(true);
  });

  it('keeping the data changes nothing', async () => {
    const asked = await h.slack.command(FORGOTTEN, 'forget-me');
    await h.settled();
    expect(h.fake.responsesAt(urlId(asked.responseUrl))).toHaveLength(1);
    const kept = await h.slack.blockAction(FORGOTTEN, { actionId: ACTION.forgetMeCancel, value: 'keep', isEphemeral: true });
    await h.settled();
    expect(h.fake.responsesAt(urlId(kept.payload.response_url as string))).toEqual([
      expect.objectContaining({ replace_original: true, text: expect.stringContaining('Nothing was deleted') }),
    ]);
    expect(h.db.prepare('SELECT goals FROM participants WHERE user_id = ?').get(FORGOTTEN)).toEqual({ goals: GOALS });
  });
});
