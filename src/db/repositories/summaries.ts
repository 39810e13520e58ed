import type { Db } from '../open';

/**
 * The SQL behind organizer summaries and the CSV export (PRODUCT.md §8) that is not about reflections (those
 * queries live in reflections.ts, behind services/reflection-insights.ts). Nothing here reads a text column:
 * no goals, no reflection text, no rematch reason.
 */

/** Where the people enrolled in a cohort stand now; people who asked to be forgotten are not in these counts. */
export interface CohortStatusRow {
  paused: number;
  left: number;
  /** Enrolled, not gone, and in no active pair of the cohort. */
  unmatched: number;
  activePairs: number;
}

export function cohortStatusCounts(db: Db, cohortId: number): CohortStatusRow {
  const row = db
    .prepare(
      `SELECT
         SUM(p.status = 'paused') AS paused,
         SUM(p.status = 'left') AS left_count,
         SUM(p.status != 'left'
             AND NOT EXISTS (SELECT 1 FROM pairs pm WHERE pm.mentor_id = e.user_id AND pm.status = 'active' AND pm.cohort_id = e.cohort_id)
             AND NOT EXISTS (SELECT 1 FROM pairs pe WHERE pe.mentee_id = e.user_id AND pe.status = 'active' AND pe.cohort_id = e.cohort_id)) AS unmatched,
         (SELECT COUNT(*) FROM pairs WHERE cohort_id = @cohortId AND status = 'active') AS active_pairs
       FROM enrollments e JOIN participants p ON p.user_id = e.user_id
      WHERE e.cohort_id = @cohortId`,
    )
    .get({ cohortId }) as { paused: number | null; left_count: number | null; unmatched: number | null; active_pairs: number };
  return { paused: row.paused ?? 0, left: row.left_count ?? 0, unmatched: row.unmatched ?? 0, activePairs: row.active_pairs };
}

/**
 * How often each prompt topic was the topic of a meeting (a posted prompt of cycle ≤ `throughCycle` whose pair
 * pressed "We met" or reflected that they met), most first. The prompt's topic is the app's own choice (or the
 * pair's swap), so no reflection field is read: what someone wrote, or picked, in a private reflection stays out.
 */
export function meetingTopicCounts(db: Db, cohortId: number, throughCycle: number, limit: number): Array<{ topicId: string; meetings: number }> {
  return (
    db
      .prepare(
        `SELECT pr.topic_id AS topic_id, COUNT(*) AS meetings
           FROM prompts pr
          WHERE pr.cohort_id = @cohortId AND pr.cycle <= @throughCycle AND pr.topic_id IS NOT NULL
            AND (EXISTS (SELECT 1 FROM prompt_responses x WHERE x.prompt_id = pr.id AND x.kind = 'met')
                 OR EXISTS (SELECT 1 FROM reflections r WHERE r.prompt_id = pr.id AND r.met = 'yes'))
          GROUP BY pr.topic_id
          ORDER BY meetings DESC, pr.topic_id
          LIMIT @limit`,
      )
      .all({ cohortId, throughCycle, limit }) as Array<{ topic_id: string; meetings: number }>
  ).map((row) => ({ topicId: row.topic_id, meetings: row.meetings }));
}

/** A prompt the ledger could not post (`failed`, with Slack's code) or could not be sure it posted (`unknown`). */
export interface UndeliveredPromptRow {
  cycle: number;
  mentorId: string;
  menteeId: string;
  status: 'failed' | 'unknown';
  error: string | null;
}

export function undeliveredPrompts(db: Db, cohortId: number): UndeliveredPromptRow[] {
  return (
    db
      .prepare(
        `SELECT pr.cycle, p.mentor_id, p.mentee_id, d.status, d.error
           FROM deliveries d JOIN prompts pr ON pr.delivery_id = d.id JOIN pairs p ON p.id = pr.pair_id
          WHERE d.cohort_id = ? AND d.kind = 'nudge' AND d.status IN ('failed', 'unknown')
          ORDER BY pr.cycle, pr.pair_id`,
      )
      .all(cohortId) as Array<{ cycle: number; mentor_id: string; mentee_id: string; status: 'failed' | 'unknown'; error: string | null }>
  ).map((row) => ({ cycle: row.cycle, mentorId: row.mentor_id, menteeId: row.mentee_id, status: row.status, error: row.error }));
}

/** Display names (from users.info, kept on the profile) of everyone in the cohort's pairs who still has a profile. */
export function pairMemberNames(db: Db, cohortId: number): Map<string, string | null> {
  const rows = db
    .prepare(
      `SELECT user_id, display_name FROM participants
        WHERE user_id IN (SELECT mentor_id FROM pairs WHERE cohort_id = @cohortId UNION SELECT mentee_id FROM pairs WHERE cohort_id = @cohortId)`,
    )
    .all({ cohortId }) as Array<{ user_id: string; display_name: string | null }>;
  return new Map(rows.map((row) => [row.user_id, row.display_name]));
}

/** Display names of a few people (named highlights). */
export function displayNamesOf(db: Db, userIds: readonly string[]): Map<string, string | null> {
  if (userIds.length === 0) return new Map();
  const rows = db
    .prepare(`SELECT user_id, display_name FROM participants WHERE user_id IN (${userIds.map(() => '?').join(',')})`)
    .all(...userIds) as Array<{ user_id: string; display_name: string | null }>;
  return new Map(rows.map((row) => [row.user_id, row.display_name]));
}
