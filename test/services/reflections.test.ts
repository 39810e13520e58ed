import type { Db } from '../../src/db/open';
import { completeCohort, type Cohort } from '../../src/db/repositories/cohorts';
import { listDeliveries } from '../../src/db/repositories/deliveries';
import { insertRematchRequest, type Pair } from '../../src/db/repositories/pairs';
import { listPromptResponses, recordPromptResponse } from '../../src/db/repositories/prompts';
import { findOwnReflection } from '../../src/db/repositories/reflections';
import { atRiskReasons, findAtRiskPairs, recordAtRiskFlags } from '../../src/services/at-risk';
import { participantStatus } from '../../src/services/enrollment';
import {
  cohortMembership,
  cycleActivity,
  MIN_RATINGS_FOR_AVERAGE,
  pairCycleReport,
  reflectionCountsByMember,
  reflectionStats,
  sharedHighlights,
} from '../../src/services/reflection-insights';
import {
  checkReflection,
  latestReflectionContext,
  purgeExpiredReflectionTexts,
  reflectionContext,
  saveReflection,
  type ReflectionInput,
} from '../../src/services/reflections';
import { enroll } from '../../src/db/repositories/cohorts';
import { latestPostedCycle } from '../../src/db/repositories/reflections';
import { freshDatabase } from '../helpers/db';
import { addCohort, addPair } from '../helpers/prompts';
import { cycleDue, postPrompt, seedReflection } from '../helpers/reflections';

const MENTOR = 'U0MEN00001';
const MENTEE = 'U0MEE00001';
const OTHER_MENTOR = 'U0MEN00002';
const OTHER_MENTEE = 'U0MEE00002';
const ORG = 'U0ORG00001';
const HOUR = 60 * 60 * 1000;
const after = (date: Date, ms: number) => new Date(date.getTime() + ms);

const blank: ReflectionInput = { met: 'yes', rating: '4', topicId: undefined, learned: '', nextStep: '', sharing: undefined };
const anyTopic = () => true;

describe('checkReflection (the rules of the modal)', () => {
  it('accepts a meeting with a rating, defaults sharing to private and empty texts to null', () => {
    expect(checkReflection(blank, anyTopic)).toEqual({
      ok: true,
      value: { met: 'yes', rating: 4, topicId: null, learned: null, nextStep: null, sharing: 'private' },
    });
  });

  it('requires the meeting answer, and a rating when they met', () => {
    expect(checkReflection({ ...blank, met: undefined, rating: undefined }, anyTopic)).toEqual({ ok: false, errors: { met: 'met_required' } });
    expect(checkReflection({ ...blank, rating: undefined }, anyTopic)).toEqual({ ok: false, errors: { rating: 'rating_required' } });
    expect(checkReflection({ ...blank, rating: '6' }, anyTopic)).toEqual({ ok: false, errors: { rating: 'invalid_choice' } });
    expect(checkReflection({ ...blank, rating: '0' }, anyTopic)).toEqual({ ok: false, errors: { rating: 'invalid_choice' } });
  });

  it('stores no rating for a meeting that did not happen', () => {
    for (const met of ['no', 'rescheduled']) {
      const result = checkReflection({ ...blank, met, rating: '1' }, anyTopic);
      expect(result).toMatchObject({ ok: true, value: { met, rating: null } });
    }
  });

  it('names every problem at once, with limits counted in code points', () => {
    const emoji = '🙂';
    expect(checkReflection({ ...blank, learned: emoji.repeat(2000), nextStep: emoji.repeat(500) }, anyTopic).ok).toBe(true);
    const result = checkReflection(
      { met: 'maybe', rating: undefined, topicId: 'nope', learned: 'x'.repeat(2001), nextStep: 'y'.repeat(501), sharing: 'public' },
      (id) => id !== 'nope',
    );
    expect(result).toEqual({
      ok: false,
      errors: { met: 'invalid_choice', topic: 'topic_unknown', learned: 'too_long', nextStep: 'too_long', sharing: 'invalid_choice' },
    });
  });
});

describe('reflections in the database', () => {
  let db: Db;
  let cohort: Cohort;
  let pair: Pair;
  let other: Pair;
  let prompt1: number;
  const T1 = cycleDue(1);

  beforeEach(() => {
    ({ db } = freshDatabase());
    cohort = addCohort(db);
    pair = addPair(db, { cohort, mentor: { userId: MENTOR, role: 'mentor' }, mentee: { userId: MENTEE, role: 'mentee' } });
    other = addPair(db, { cohort, mentor: { userId: OTHER_MENTOR, role: 'mentor' }, mentee: { userId: OTHER_MENTEE, role: 'mentee' } });
    for (const id of [MENTOR, MENTEE, OTHER_MENTOR, OTHER_MENTEE]) enroll(db, cohort.id, id, T1);
    prompt1 = postPrompt(db, pair, 1);
    postPrompt(db, other, 1);
  });
  afterEach(() => db.close());

  describe('saving', () => {
    it('stores one reflection per person per cycle: saving again replaces it, and it counts as a response', () => {
      const first = saveReflection(db, prompt1, MENTEE, { ...blank, learned: 'First draft', sharing: 'anonymous' }, after(T1, HOUR));
      expect(first).toMatchObject({ ok: true, created: true, lowRating: false });
      const second = saveReflection(db, prompt1, MENTEE, { ...blank, met: 'no', rating: undefined, learned: 'Second', sharing: 'named' }, after(T1, 2 * HOUR));
      expect(second).toMatchObject({ ok: true, created: false });
      expect(db.prepare('SELECT COUNT(*) AS n FROM reflections').get()).toEqual({ n: 1 });
      expect(findOwnReflection(db, prompt1, MENTEE)).toMatchObject({
        role: 'mentee',
        met: 'no',
        rating: null,
        learned: 'Second',
        sharing: 'named',
        topicId: 'ai-at-work',
        cycle: 1,
      });
      expect(listPromptResponses(db, prompt1).map((r) => [r.userId, r.kind])).toEqual([[MENTEE, 'reflected']]);
      expect(participantStatus(db, MENTEE, after(T1, HOUR))?.reflectionCount).toBe(1);
      expect(participantStatus(db, MENTOR, after(T1, HOUR))?.reflectionCount).toBe(0);
    });

    it('flags a low rating', () => {
      expect(saveReflection(db, prompt1, MENTOR, { ...blank, rating: '2' }, T1)).toMatchObject({ ok: true, lowRating: true });
      expect(saveReflection(db, prompt1, MENTOR, { ...blank, rating: '3' }, T1)).toMatchObject({ ok: true, lowRating: false });
    });

    it('refuses a prompt of another pair, an unknown one and one not posted, storing nothing', () => {
      expect(saveReflection(db, prompt1, OTHER_MENTOR, blank, T1)).toEqual({ ok: false, reason: 'not_member' });
      expect(saveReflection(db, 99999, MENTEE, blank, T1)).toEqual({ ok: false, reason: 'not_found' });
      db.prepare('INSERT INTO prompts (pair_id, cohort_id, cycle, due_at, created_at, updated_at) VALUES (?, ?, 2, ?, ?, ?)').run(
        pair.id,
        cohort.id,
        cycleDue(2).toISOString(),
        T1.toISOString(),
        T1.toISOString(),
      );
      const unposted = (db.prepare('SELECT id FROM prompts WHERE pair_id = ? AND cycle = 2').get(pair.id) as { id: number }).id;
      expect(saveReflection(db, unposted, MENTEE, blank, T1)).toEqual({ ok: false, reason: 'not_posted' });
      expect(db.prepare('SELECT COUNT(*) AS n FROM reflections').get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT COUNT(*) AS n FROM prompt_responses').get()).toEqual({ n: 0 });
    });

    it('refuses invalid input without storing anything', () => {
      expect(saveReflection(db, prompt1, MENTEE, { ...blank, rating: undefined }, T1)).toEqual({
        ok: false,
        reason: 'invalid',
        errors: { rating: 'rating_required' },
      });
      expect(saveReflection(db, prompt1, MENTEE, { ...blank, topicId: 'not-a-topic' }, T1)).toMatchObject({ ok: false, reason: 'invalid' });
      expect(db.prepare('SELECT COUNT(*) AS n FROM reflections').get()).toEqual({ n: 0 });
    });

    it('is editable until the next cycle is due; the last cycle until the cohort completes', () => {
      expect(reflectionContext(db, prompt1, MENTEE, after(cycleDue(2), -1000)).ok).toBe(true);
      expect(reflectionContext(db, prompt1, MENTEE, cycleDue(2))).toEqual({ ok: false, reason: 'closed', cycle: 1, final: false });
      expect(saveReflection(db, prompt1, MENTEE, blank, cycleDue(2))).toMatchObject({ ok: false, reason: 'closed' });

      const last = postPrompt(db, pair, 3);
      expect(reflectionContext(db, last, MENTEE, after(cycleDue(3), 6 * 24 * HOUR))).toMatchObject({ ok: true, context: { closing: true } });
      expect(reflectionContext(db, last, MENTEE, after(cycleDue(3), 7 * 24 * HOUR))).toMatchObject({ ok: false, reason: 'closed', final: true });
      completeCohort(db, cohort.id, after(cycleDue(3), HOUR));
      expect(reflectionContext(db, last, MENTEE, after(cycleDue(3), HOUR))).toMatchObject({ ok: false, reason: 'closed', final: true });
    });

    it("`reflect` opens the person's latest posted prompt", () => {
      const second = postPrompt(db, pair, 2);
      expect(latestReflectionContext(db, MENTOR, after(cycleDue(2), HOUR))).toMatchObject({ ok: true, context: { prompt: { id: second }, role: 'mentor' } });
      expect(latestReflectionContext(db, 'U0NOBODY01', T1)).toEqual({ ok: false, reason: 'no_prompt' });
    });
  });

  describe('what organizers may read', () => {
    const SECRET = 'PRIVATE-TEXT-only-the-author-reads';
    const ANON = 'anonymous insight about tools';
    const NAMED = 'named insight about feedback';

    beforeEach(() => {
      const p2 = postPrompt(db, other, 2);
      const promptOther1 = (db.prepare('SELECT id FROM prompts WHERE pair_id = ? AND cycle = 1').get(other.id) as { id: number }).id;
      seedReflection(db, pair, 1, { promptId: prompt1, userId: MENTEE, learned: SECRET, nextStep: `${SECRET} next`, rating: 5 }, T1);
      seedReflection(db, pair, 1, { promptId: prompt1, userId: MENTOR, learned: ANON, sharing: 'anonymous', rating: 2 }, after(T1, HOUR));
      seedReflection(db, other, 1, { promptId: promptOther1, userId: OTHER_MENTEE, learned: NAMED, sharing: 'named', rating: 4 }, after(T1, 2 * HOUR));
      seedReflection(db, other, 2, { promptId: p2, userId: OTHER_MENTOR, met: 'no', rating: null, sharing: 'anonymous' }, after(T1, 3 * HOUR));
    });

    it('sharedHighlights returns shared text only; anonymous ones carry no name, id, pair or role', () => {
      const highlights = sharedHighlights(db, cohort.id);
      expect(highlights).toEqual([
        { sharing: 'named', cycle: 1, userId: OTHER_MENTEE, role: 'mentee', topicId: 'ai-at-work', learned: NAMED, nextStep: null },
        { sharing: 'anonymous', cycle: 1, learned: ANON, nextStep: null },
      ]);
      const anonymous = highlights.find((highlight) => highlight.sharing === 'anonymous');
      expect(Object.keys(anonymous ?? {}).sort()).toEqual(['cycle', 'learned', 'nextStep', 'sharing']);
      expect(JSON.stringify(anonymous)).not.toContain(MENTOR);
      expect(JSON.stringify(highlights)).not.toContain(SECRET);
      // The reflection without text (the other mentor's, cycle 2) is not a highlight.
      expect(sharedHighlights(db, cohort.id, 2)).toEqual([]);
      expect(sharedHighlights(db, cohort.id, 1, 1)).toHaveLength(1);
      expect(sharedHighlights(db, cohort.id, undefined, 0)).toEqual([]);
    });

    it('counts every reflection, private ones too, and shows ratings only behind at least three', () => {
      const all = reflectionStats(db, cohort.id);
      expect(all).toEqual({
        reflections: 4,
        authors: 4,
        pairs: 2,
        met: { yes: 3, no: 1, rescheduled: 0 },
        sharing: { private: 1, anonymous: 2, named: 1 },
        ratings: { count: 3, average: 3.7, distribution: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 1 } },
      });
      expect(MIN_RATINGS_FOR_AVERAGE).toBe(3);
      const cycle2 = reflectionStats(db, cohort.id, 2);
      expect(cycle2.ratings).toEqual({ count: 0, average: null, distribution: null });
      // Two ratings: an average would give them away.
      db.prepare('DELETE FROM reflections WHERE user_id = ?').run(OTHER_MENTEE);
      expect(reflectionStats(db, cohort.id, 1).ratings).toEqual({ count: 2, average: null, distribution: null });
      expect(JSON.stringify(reflectionStats(db, cohort.id))).not.toContain(SECRET);
    });

    it('per-cycle activity, per-member counts and the export rows hold no text', () => {
      recordPromptResponse(db, { promptId: prompt1, userId: MENTOR, kind: 'met' }, T1);
      expect(cycleActivity(db, cohort.id)).toEqual([
        { cycle: 1, promptsPosted: 2, pairsMet: 2, reflections: 3, pairsReflected: 2 },
        { cycle: 2, promptsPosted: 1, pairsMet: 0, reflections: 1, pairsReflected: 1 },
      ]);
      expect(reflectionCountsByMember(db, cohort.id)).toEqual([
        { userId: MENTEE, former: false, reflections: 1 },
        { userId: OTHER_MENTEE, former: false, reflections: 1 },
        { userId: MENTOR, former: false, reflections: 1 },
        { userId: OTHER_MENTOR, former: false, reflections: 1 },
      ]);
      const report = pairCycleReport(db, cohort.id);
      expect(report[0]).toEqual({
        pairId: pair.id,
        cycle: 1,
        mentorId: MENTOR,
        menteeId: MENTEE,
        promptStatus: null,
        met: true,
        mentorRating: 2,
        menteeRating: 5,
        reflections: 2,
      });
      const everything = JSON.stringify([cycleActivity(db, cohort.id), reflectionCountsByMember(db, cohort.id), report, cohortMembership(db, cohort.id)]);
      for (const text of [SECRET, ANON, NAMED]) expect(everything).not.toContain(text);
      expect(cohortMembership(db, cohort.id)).toEqual({ mentors: 2, mentees: 2, former: { mentors: 0, mentees: 0, total: 0 }, total: 4 });
    });
  });

  describe('retention', () => {
    it('empties texts older than the retention period and keeps the rest of the row', () => {
      const p2 = postPrompt(db, pair, 2);
      seedReflection(db, pair, 1, { promptId: prompt1, userId: MENTEE, learned: 'old', nextStep: 'old step', rating: 5, sharing: 'named' }, T1);
      seedReflection(db, pair, 2, { promptId: p2, userId: MENTEE, learned: 'recent', rating: 3 }, cycleDue(2));
      const now = after(T1, 30 * 24 * HOUR + HOUR);
      expect(purgeExpiredReflectionTexts(db, now, 31)).toBe(0);
      expect(purgeExpiredReflectionTexts(db, now, 30)).toBe(1);
      expect(findOwnReflection(db, prompt1, MENTEE)).toMatchObject({
        learned: null,
        nextStep: null,
        rating: 5,
        met: 'yes',
        sharing: 'named',
        textRemovedAt: now.toISOString(),
      });
      expect(findOwnReflection(db, p2, MENTEE)).toMatchObject({ learned: 'recent', textRemovedAt: null });
      expect(purgeExpiredReflectionTexts(db, now, 30)).toBe(0);
    });
  });

  describe('at risk', () => {
    it('is not met only after two ended cycles without a meeting', () => {
      expect(atRiskReasons(db, pair.id, latestPostedCycle(db, pair.id), T1)).toEqual([]);
      postPrompt(db, pair, 2);
      // Cycle 2 has only begun: one ended cycle without a meeting is not yet "two".
      expect(atRiskReasons(db, pair.id, latestPostedCycle(db, pair.id), T1)).toEqual([]);
      const p3 = postPrompt(db, pair, 3);
      expect(atRiskReasons(db, pair.id, latestPostedCycle(db, pair.id), T1)).toEqual(['not_met']);

      // A reflection saying they met in cycle 2 (or a "We met" press) takes it away; one saying they did not does not.
      const p2 = (db.prepare('SELECT id FROM prompts WHERE pair_id = ? AND cycle = 2').get(pair.id) as { id: number }).id;
      seedReflection(db, pair, 2, { promptId: p2, userId: MENTEE, met: 'no', rating: null }, cycleDue(2));
      expect(atRiskReasons(db, pair.id, latestPostedCycle(db, pair.id), T1)).toEqual(['not_met']);
      seedReflection(db, pair, 2, { promptId: p2, userId: MENTOR, met: 'yes', rating: 4 }, cycleDue(2));
      expect(atRiskReasons(db, pair.id, latestPostedCycle(db, pair.id), T1)).toEqual([]);
      expect(p3).toBeGreaterThan(0);
    });

    it('is a low rating in the current cycle, or a rematch asked for during it', () => {
      seedReflection(db, pair, 1, { promptId: prompt1, userId: MENTOR, rating: 1 }, T1);
      expect(atRiskReasons(db, pair.id, latestPostedCycle(db, pair.id), T1)).toEqual(['low_rating']);
      insertRematchRequest(db, { pairId: pair.id, userId: MENTEE, reason: 'private reason' }, after(T1, HOUR));
      expect(atRiskReasons(db, pair.id, latestPostedCycle(db, pair.id), T1)).toEqual(['low_rating', 'rematch']);
      // The next cycle starts afresh: the rating and the request belong to cycle 1.
      postPrompt(db, pair, 2);
      expect(atRiskReasons(db, pair.id, latestPostedCycle(db, pair.id), T1)).toEqual([]);
      expect(findAtRiskPairs(db, T1)).toEqual([]);
    });

    it('records each pair at risk once per session and reason, for the organizers\' digests', () => {
      seedReflection(db, pair, 1, { promptId: prompt1, userId: MENTOR, rating: 2 }, T1);
      expect(recordAtRiskFlags(db, T1)).toBe(1);
      expect(recordAtRiskFlags(db, after(T1, 60_000))).toBe(0);
      insertRematchRequest(db, { pairId: pair.id, userId: MENTEE, reason: 'private reason' }, after(T1, HOUR));
      expect(recordAtRiskFlags(db, after(T1, 2 * HOUR))).toBe(1);
      const flags = db.prepare('SELECT pair_id, cycle, reason FROM at_risk_flags ORDER BY id').all();
      expect(flags).toEqual([
        { pair_id: pair.id, cycle: 1, reason: 'low_rating' },
        { pair_id: pair.id, cycle: 1, reason: 'rematch' },
      ]);
      expect(JSON.stringify(db.prepare('SELECT * FROM at_risk_flags').all())).not.toContain('private reason');
    });
  });
});
