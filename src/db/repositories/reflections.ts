import type { Db } from '../open';
import { prepared } from '../statements';
import type { Role } from '../../domain';

/**
 * Reflections (migrations/0008_reflections.sql). Privacy lives in the SQL as well as in the service: the only
 * function that returns a row with its text is `findOwnReflection` (for the author's own modal); every query
 * meant for organizers selects no text at all, or only shared text (`listSharedTexts`), and anonymous text
 * there never travels with a user id, a pair id or a role.
 */

export type MetAnswer = 'yes' | 'no' | 'rescheduled';
export type SharingLevel = 'private' | 'anonymous' | 'named';

/** A reflection as its author sees it. */
export interface Reflection {
  id: number;
  promptId: number;
  pairId: number;
  cohortId: number;
  cycle: number;
  userId: string;
  role: Role;
  met: MetAnswer;
  rating: number | null;
  topicId: string | null;
  learned: string | null;
  nextStep: string | null;
  sharing: SharingLevel;
  textRemovedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

interface ReflectionRow {
  id: number;
  prompt_id: number;
  pair_id: number;
  cohort_id: number;
  cycle: number;
  user_id: string;
  role: Role;
  met: MetAnswer;
  rating: number | null;
  topic_id: string | null;
  learned: string | null;
  next_step: string | null;
  sharing: SharingLevel;
  text_removed_at: string | null;
  created_at: string;
  updated_at: string;
}

function toReflection(row: ReflectionRow): Reflection {
  return {
    id: row.id,
    promptId: row.prompt_id,
    pairId: row.pair_id,
    cohortId: row.cohort_id,
    cycle: row.cycle,
    userId: row.user_id,
    role: row.role,
    met: row.met,
    rating: row.rating,
    topicId: row.topic_id,
    learned: row.learned,
    nextStep: row.next_step,
    sharing: row.sharing,
    textRemovedAt: row.text_removed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The author's own reflection on a prompt, text included: for their modal only. */
export function findOwnReflection(db: Db, promptId: number, userId: string): Reflection | undefined {
  const row = prepared(db, 'SELECT * FROM reflections WHERE prompt_id = ? AND user_id = ?').get(promptId, userId) as ReflectionRow | undefined;
  return row && toReflection(row);
}

/** What saving a reflection stores; the id and timestamps are the database's. */
export type ReflectionWrite = Omit<Reflection, 'id' | 'textRemovedAt' | 'createdAt' | 'updatedAt'>;

/** Stores the person's reflection on the prompt, replacing the one they saved before. True when it is new. */
export function upsertReflection(db: Db, write: ReflectionWrite, now: Date): { created: boolean } {
  const at = now.toISOString();
  const existed = prepared(db, 'SELECT 1 FROM reflections WHERE prompt_id = ? AND user_id = ?').get(write.promptId, write.userId) !== undefined;
  prepared(
    db,
    `INSERT INTO reflections (prompt_id, pair_id, cohort_id, cycle, user_id, role, met, rating, topic_id, learned, next_step,
       sharing, created_at, updated_at)
     VALUES (@promptId, @pairId, @cohortId, @cycle, @userId, @role, @met, @rating, @topicId, @learned, @nextStep, @sharing, @at, @at)
     ON CONFLICT (prompt_id, user_id) DO UPDATE SET
       met = excluded.met, rating = excluded.rating, topic_id = excluded.topic_id, learned = excluded.learned,
       next_step = excluded.next_step, sharing = excluded.sharing, text_removed_at = NULL, updated_at = excluded.updated_at`,
  ).run({ ...write, at });
  return { created: !existed };
}

/** How many reflections the person has written in the cohort (their own count, for `status` and App Home). */
export function countReflectionsOf(db: Db, userId: string, cohortId: number): number {
  return (prepared(db, 'SELECT COUNT(*) AS n FROM reflections WHERE user_id = ? AND cohort_id = ?').get(userId, cohortId) as { n: number }).n;
}

/**
 * Retention: empties learned/next_step written before `before`; rating, met, sharing and the row stay for the
 * counts. Returns how many reflections lost their text.
 */
export function purgeReflectionTextsBefore(db: Db, before: Date, now: Date): number {
  return db
    .prepare(
      `UPDATE reflections SET learned = NULL, next_step = NULL, text_removed_at = ?
        WHERE (learned IS NOT NULL OR next_step IS NOT NULL) AND updated_at < ?`,
    )
    .run(now.toISOString(), before.toISOString()).changes;
}

// ---------------------------------------------------------------------------------------------------------------
// For organizers: shared text only, and counts
// ---------------------------------------------------------------------------------------------------------------

/** Shared text as stored: anonymous rows come back with no author, pair or role, whatever the caller asks. */
export type SharedTextRow =
  | { sharing: 'anonymous'; cycle: number; learned: string | null; nextStep: string | null; updatedAt: string }
  | {
      sharing: 'named';
      cycle: number;
      userId: string;
      role: Role;
      topicId: string | null;
      learned: string | null;
      nextStep: string | null;
      updatedAt: string;
    };

/**
 * Reflections whose author chose to share them, newest first. Private rows are excluded in the WHERE clause, and
 * the anonymous branch selects no identifying column at all (so nothing downstream can leak one by accident).
 * Rows without text (purged, forgotten, or never written) are left out. `cycle` limits to one cycle.
 */
export function listSharedTexts(db: Db, cohortId: number, cycle: number | undefined, limit: number): SharedTextRow[] {
  const rows = db
    .prepare(
      `SELECT sharing, cycle, updated_at,
              CASE WHEN sharing = 'named' THEN user_id END AS user_id,
              CASE WHEN sharing = 'named' THEN role END AS role,
              CASE WHEN sharing = 'named' THEN topic_id END AS topic_id,
              learned, next_step
         FROM reflections
        WHERE cohort_id = @cohortId AND (@cycle IS NULL OR cycle = @cycle)
          AND sharing IN ('anonymous', 'named')
          AND (learned IS NOT NULL OR next_step IS NOT NULL)
        ORDER BY updated_at DESC, id DESC
        LIMIT @limit`,
    )
    .all({ cohortId, cycle: cycle ?? null, limit }) as Array<{
    sharing: 'anonymous' | 'named';
    cycle: number;
    updated_at: string;
    user_id: string | null;
    role: Role | null;
    topic_id: string | null;
    learned: string | null;
    next_step: string | null;
  }>;
  return rows.map((row): SharedTextRow =>
    row.sharing === 'named'
      ? {
          sharing: 'named',
          cycle: row.cycle,
          userId: row.user_id as string,
          role: row.role as Role,
          topicId: row.topic_id,
          learned: row.learned,
          nextStep: row.next_step,
          updatedAt: row.updated_at,
        }
      : { sharing: 'anonymous', cycle: row.cycle, learned: row.learned, nextStep: row.next_step, updatedAt: row.updated_at },
  );
}

/** Counts over a cohort's reflections (optionally one cycle); no text column is read. */
export interface ReflectionCountsRow {
  reflections: number;
  authors: number;
  pairs: number;
  met: Record<MetAnswer, number>;
  sharing: Record<SharingLevel, number>;
  /** How many reflections gave each rating 1–5. */
  ratings: Record<1 | 2 | 3 | 4 | 5, number>;
  ratingSum: number;
}

export function reflectionCounts(db: Db, cohortId: number, cycle?: number): ReflectionCountsRow {
  const row = db
    .prepare(
      `SELECT COUNT(*) AS reflections, COUNT(DISTINCT user_id) AS authors, COUNT(DISTINCT pair_id) AS pairs,
              SUM(met = 'yes') AS met_yes, SUM(met = 'no') AS met_no, SUM(met = 'rescheduled') AS met_rescheduled,
              SUM(sharing = 'private') AS s_private, SUM(sharing = 'anonymous') AS s_anonymous, SUM(sharing = 'named') AS s_named,
              SUM(rating = 1) AS r1, SUM(rating = 2) AS r2, SUM(rating = 3) AS r3, SUM(rating = 4) AS r4, SUM(rating = 5) AS r5,
              COALESCE(SUM(rating), 0) AS rating_sum
         FROM reflections WHERE cohort_id = @cohortId AND (@cycle IS NULL OR cycle = @cycle)`,
    )
    .get({ cohortId, cycle: cycle ?? null }) as Record<string, number | null>;
  const n = (key: string) => Number(row[key] ?? 0);
  return {
    reflections: n('reflections'),
    authors: n('authors'),
    pairs: n('pairs'),
    met: { yes: n('met_yes'), no: n('met_no'), rescheduled: n('met_rescheduled') },
    sharing: { private: n('s_private'), anonymous: n('s_anonymous'), named: n('s_named') },
    ratings: { 1: n('r1'), 2: n('r2'), 3: n('r3'), 4: n('r4'), 5: n('r5') },
    ratingSum: n('rating_sum'),
  };
}

/** How many reflections of a cohort gave each rating 1–5 (from an index: no reflection row is read). */
export function ratingCounts(db: Db, cohortId: number): { ratings: Record<1 | 2 | 3 | 4 | 5, number>; ratingSum: number } {
  const ratings: Record<1 | 2 | 3 | 4 | 5, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  let ratingSum = 0;
  const rows = db
    .prepare('SELECT rating, COUNT(*) AS n FROM reflections WHERE cohort_id = ? AND rating IS NOT NULL GROUP BY rating')
    .all(cohortId) as Array<{ rating: number; n: number }>;
  for (const row of rows) {
    if (row.rating >= 1 && row.rating <= 5) ratings[row.rating as 1 | 2 | 3 | 4 | 5] = row.n;
    ratingSum += row.rating * row.n;
  }
  return { ratings, ratingSum };
}

/** How many reflections of each cycle of a cohort gave each rating 1–5 (from an index: no reflection row is read). */
export function ratingCountsByCycle(db: Db, cohortId: number): Map<number, { ratings: Record<1 | 2 | 3 | 4 | 5, number>; ratingSum: number }> {
  const rows = prepared(db, 'SELECT cycle, rating, COUNT(*) AS n FROM reflections WHERE cohort_id = ? AND rating IS NOT NULL GROUP BY cycle, rating').all(
    cohortId,
  ) as Array<{ cycle: number; rating: number; n: number }>;
  const byCycle = new Map<number, { ratings: Record<1 | 2 | 3 | 4 | 5, number>; ratingSum: number }>();
  for (const row of rows) {
    let entry = byCycle.get(row.cycle);
    if (!entry) {
      entry = { ratings: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }, ratingSum: 0 };
      byCycle.set(row.cycle, entry);
    }
    if (row.rating >= 1 && row.rating <= 5) entry.ratings[row.rating as 1 | 2 | 3 | 4 | 5] = row.n;
    entry.ratingSum += row.rating * row.n;
  }
  return byCycle;
}

/** Per cycle of a cohort: prompts posted, pairs that met (a "We met" press or a reflection saying so), reflections. */
export interface CycleActivityRow {
  cycle: number;
  promptsPosted: number;
  pairsMet: number;
  reflections: number;
  pairsReflected: number;
}

export function cycleActivity(db: Db, cohortId: number): CycleActivityRow[] {
  return (
    db
      .prepare(
        `SELECT pr.cycle AS cycle,
                COUNT(*) AS prompts_posted,
                SUM(EXISTS (SELECT 1 FROM prompt_responses x WHERE x.prompt_id = pr.id AND x.kind = 'met')
                    OR EXISTS (SELECT 1 FROM reflections r WHERE r.prompt_id = pr.id AND r.met = 'yes')) AS pairs_met,
                (SELECT COUNT(*) FROM reflections r WHERE r.cohort_id = pr.cohort_id AND r.cycle = pr.cycle) AS reflections,
                SUM(EXISTS (SELECT 1 FROM reflections r WHERE r.prompt_id = pr.id)) AS pairs_reflected
           FROM prompts pr
          WHERE pr.cohort_id = ?
            -- Posted: recorded on the prompt, or (if that write failed after the post) on its ledger row only. The
            -- ledger is read only when the prompt does not say, so a cohort's prompts come from an index alone.
            AND (pr.posted_at IS NOT NULL OR EXISTS (SELECT 1 FROM deliveries d WHERE d.id = pr.delivery_id AND d.sent_at IS NOT NULL))
          GROUP BY pr.cycle ORDER BY pr.cycle`,
      )
      .all(cohortId) as Array<{ cycle: number; prompts_posted: number; pairs_met: number; reflections: number; pairs_reflected: number }>
  ).map((row) => ({
    cycle: row.cycle,
    promptsPosted: row.prompts_posted,
    pairsMet: row.pairs_met,
    reflections: row.reflections,
    pairsReflected: row.pairs_reflected,
  }));
}

/**
 * Every member of the cohort's pairs with how many reflections they wrote (0 for none): that a reflection exists
 * is what organizers may know. Former participants appear under their placeholder.
 */
export function reflectionCountsByMember(db: Db, cohortId: number): Array<{ userId: string; reflections: number }> {
  return (
    db
      .prepare(
        `WITH members AS (
           SELECT mentor_id AS user_id FROM pairs WHERE cohort_id = @cohortId
           UNION SELECT mentee_id FROM pairs WHERE cohort_id = @cohortId)
         SELECT m.user_id, (SELECT COUNT(*) FROM reflections r WHERE r.cohort_id = @cohortId AND r.user_id = m.user_id) AS n
           FROM members m ORDER BY m.user_id`,
      )
      .all({ cohortId }) as Array<{ user_id: string; n: number }>
  ).map((row) => ({ userId: row.user_id, reflections: row.n }));
}

/** One row per pair per posted prompt, with no free text: what the organizer's CSV export is made of (PRODUCT.md §8). */
export type MeetingOutcome = 'met' | 'rescheduled' | 'skipped' | 'not_met';

export interface PairCycleRow {
  pairId: number;
  cycle: number;
  mentorId: string;
  menteeId: string;
  promptStatus: string | null;
  met: boolean;
  /**
   * What the pair recorded about meeting, as they recorded it: met ("We met", or a reflection saying so), moved to
   * another day, skipped ("Skip"), did not meet (a reflection saying so); null when nobody recorded anything.
   */
  outcome: MeetingOutcome | null;
  mentorRating: number | null;
  menteeRating: number | null;
  reflections: number;
}

export function pairCycleRows(db: Db, cohortId: number): PairCycleRow[] {
  return (
    db
      .prepare(
        `SELECT pr.pair_id, pr.cycle, p.mentor_id, p.mentee_id, d.status AS prompt_status,
                CASE
                  WHEN EXISTS (SELECT 1 FROM prompt_responses x WHERE x.prompt_id = pr.id AND x.kind = 'met')
                    OR EXISTS (SELECT 1 FROM reflections r WHERE r.prompt_id = pr.id AND r.met = 'yes') THEN 'met'
                  WHEN EXISTS (SELECT 1 FROM reflections r WHERE r.prompt_id = pr.id AND r.met = 'rescheduled') THEN 'rescheduled'
                  WHEN EXISTS (SELECT 1 FROM prompt_responses x WHERE x.prompt_id = pr.id AND x.kind = 'skipped') THEN 'skipped'
                  WHEN EXISTS (SELECT 1 FROM reflections r WHERE r.prompt_id = pr.id AND r.met = 'no') THEN 'not_met'
                END AS outcome,
                (SELECT rating FROM reflections r WHERE r.prompt_id = pr.id AND r.user_id = p.mentor_id) AS mentor_rating,
                (SELECT rating FROM reflections r WHERE r.prompt_id = pr.id AND r.user_id = p.mentee_id) AS mentee_rating,
                (SELECT COUNT(*) FROM reflections r WHERE r.prompt_id = pr.id) AS reflections
           FROM pairs p JOIN prompts pr ON pr.pair_id = p.id LEFT JOIN deliveries d ON d.id = pr.delivery_id
          -- From the cohort's pairs to each pair's prompts (a prompt's cohort is its pair's): for 30,000 prompts this
          -- walks the prompts in pair order, about twice as fast as starting from the cohort's prompts.
          WHERE p.cohort_id = ? ORDER BY pr.pair_id, pr.cycle`,
      )
      .all(cohortId) as Array<{
      pair_id: number;
      cycle: number;
      mentor_id: string;
      mentee_id: string;
      prompt_status: string | null;
      outcome: MeetingOutcome | null;
      mentor_rating: number | null;
      mentee_rating: number | null;
      reflections: number;
    }>
  ).map((row) => ({
    pairId: row.pair_id,
    cycle: row.cycle,
    mentorId: row.mentor_id,
    menteeId: row.mentee_id,
    promptStatus: row.prompt_status,
    met: row.outcome === 'met',
    outcome: row.outcome,
    mentorRating: row.mentor_rating,
    menteeRating: row.mentee_rating,
    reflections: row.reflections,
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// At risk
// ---------------------------------------------------------------------------------------------------------------

/**
 * The highest cycle of the pair's prompts that has been posted (0 before the first), with when that cycle began
 * (the prompt's due time: a late post does not move the start of the cycle).
 */
export function latestPostedCycle(db: Db, pairId: number): { cycle: number; startedAt: string | null } {
  // Run for every active pair on every tick (at-risk checks): prepared once, and the ledger row read only when
  // the prompt itself does not record its post.
  const row = prepared(
    db,
    `SELECT pr.cycle, pr.due_at FROM prompts pr
      WHERE pr.pair_id = ?
        AND (pr.posted_at IS NOT NULL OR EXISTS (SELECT 1 FROM deliveries d WHERE d.id = pr.delivery_id AND d.sent_at IS NOT NULL))
      ORDER BY pr.cycle DESC LIMIT 1`,
  ).get(pairId) as { cycle: number; due_at: string } | undefined;
  return row ? { cycle: row.cycle, startedAt: row.due_at } : { cycle: 0, startedAt: null };
}

/** For the pair's `count` latest posted prompts before `beforeCycle`: whether either member recorded meeting. */
export function meetingsBefore(db: Db, pairId: number, beforeCycle: number, count: number): Array<{ cycle: number; met: boolean }> {
  return (
    prepared(
      db,
      `SELECT pr.cycle,
              (EXISTS (SELECT 1 FROM prompt_responses x WHERE x.prompt_id = pr.id AND x.kind = 'met')
               OR EXISTS (SELECT 1 FROM reflections r WHERE r.prompt_id = pr.id AND r.met = 'yes')) AS met
         FROM prompts pr
        WHERE pr.pair_id = ? AND pr.cycle < ?
          AND (pr.posted_at IS NOT NULL OR EXISTS (SELECT 1 FROM deliveries d WHERE d.id = pr.delivery_id AND d.sent_at IS NOT NULL))
        ORDER BY pr.cycle DESC LIMIT ?`,
    ).all(pairId, beforeCycle, count) as Array<{ cycle: number; met: number }>
  ).map((row) => ({ cycle: row.cycle, met: row.met === 1 }));
}

/** The lowest rating given on the pair's prompt of `cycle`, or null. */
export function lowestRating(db: Db, pairId: number, cycle: number): number | null {
  const row = prepared(db, 'SELECT MIN(rating) AS rating FROM reflections WHERE pair_id = ? AND cycle = ?').get(pairId, cycle) as {
    rating: number | null;
  };
  return row.rating;
}

/** Whether a member has an open rematch request on the pair made at or after `since` (any time when null). */
export function hasOpenRematchSince(db: Db, pairId: number, since: string | null): boolean {
  return (
    prepared(db, "SELECT 1 FROM rematch_requests WHERE pair_id = ? AND status = 'open' AND created_at >= ? LIMIT 1").get(pairId, since ?? '') !==
    undefined
  );
}

/** Active pairs of active cohorts: the ones whose risk the scheduler checks. */
export function listActivePairIds(db: Db): number[] {
  return (
    db
      .prepare("SELECT p.id FROM pairs p JOIN cohorts c ON c.id = p.cohort_id WHERE p.status = 'active' AND c.status = 'active' ORDER BY p.id")
      .all() as Array<{ id: number }>
  ).map((row) => row.id);
}
