import type { Db } from '../open';
import { prepared } from '../statements';

/** "Got it" on the preparation messages (migrations/0013_meetings.sql): who read which part. */

export type PreparationPart = 'session' | 'feedback' | 'confidentiality' | 'mentee';

/** Records that the person read the part; true the first time. */
export function recordPreparationRead(db: Db, read: { cohortId: number; userId: string; part: PreparationPart }, now: Date): boolean {
  return (
    prepared(db, 'INSERT INTO preparation_reads (cohort_id, user_id, part, at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING').run(
      read.cohortId,
      read.userId,
      read.part,
      now.toISOString(),
    ).changes > 0
  );
}

export function hasReadPreparation(db: Db, read: { cohortId: number; userId: string; part: PreparationPart }): boolean {
  return prepared(db, 'SELECT 1 FROM preparation_reads WHERE cohort_id = ? AND user_id = ? AND part = ?').get(read.cohortId, read.userId, read.part) !== undefined;
}

/** How many people read each part in a cohort: all organizers see. */
export function preparationReadCounts(db: Db, cohortId: number): Record<PreparationPart, number> {
  const counts: Record<PreparationPart, number> = { session: 0, feedback: 0, confidentiality: 0, mentee: 0 };
  const rows = prepared(db, 'SELECT part, COUNT(*) AS n FROM preparation_reads WHERE cohort_id = ? GROUP BY part').all(cohortId) as Array<{
    part: PreparationPart;
    n: number;
  }>;
  for (const row of rows) counts[row.part] = row.n;
  return counts;
}
