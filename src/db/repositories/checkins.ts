import type { Db } from '../open';
import { prepared } from '../statements';
import type { CheckinProgress, Role } from '../../domain';

/**
 * The midpoint check-in (migrations/0014_outcomes.sql). The note for the organizers is read by its author
 * (`findOwnCheckin`) and by organizers, with the author's name (`checkinNotes`); every query for a channel
 * selects no text at all.
 */

export interface Checkin {
  id: number;
  pairId: number;
  cohortId: number;
  cycle: number;
  userId: string;
  role: Role;
  relationship: number;
  progress: CheckinProgress;
  note: string | null;
  textRemovedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

interface CheckinRow {
  id: number;
  pair_id: number;
  cohort_id: number;
  cycle: number;
  user_id: string;
  role: Role;
  relationship: number;
  progress: CheckinProgress;
  note: string | null;
  text_removed_at: string | null;
  created_at: string;
  updated_at: string;
}

function toCheckin(row: CheckinRow): Checkin {
  return {
    id: row.id,
    pairId: row.pair_id,
    cohortId: row.cohort_id,
    cycle: row.cycle,
    userId: row.user_id,
    role: row.role,
    relationship: row.relationship,
    progress: row.progress,
    note: row.note,
    textRemovedAt: row.text_removed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The author's own check-in on the pair, note included: for their modal only. */
export function findOwnCheckin(db: Db, pairId: number, userId: string): Checkin | undefined {
  const row = prepared(db, 'SELECT * FROM checkins WHERE pair_id = ? AND user_id = ?').get(pairId, userId) as CheckinRow | undefined;
  return row && toCheckin(row);
}

export type CheckinWrite = Pick<Checkin, 'pairId' | 'cohortId' | 'cycle' | 'userId' | 'role' | 'relationship' | 'progress' | 'note'>;

/** Stores the member's check-in, replacing the one they saved before. */
export function upsertCheckin(db: Db, write: CheckinWrite, now: Date): { created: boolean; id: number } {
  const at = now.toISOString();
  const existed = prepared(db, 'SELECT 1 FROM checkins WHERE pair_id = ? AND user_id = ?').get(write.pairId, write.userId) !== undefined;
  const row = prepared(
    db,
    `INSERT INTO checkins (pair_id, cohort_id, cycle, user_id, role, relationship, progress, note, created_at, updated_at)
     VALUES (@pairId, @cohortId, @cycle, @userId, @role, @relationship, @progress, @note, @at, @at)
     ON CONFLICT (pair_id, user_id) DO UPDATE SET
       relationship = excluded.relationship, progress = excluded.progress, note = excluded.note, text_removed_at = NULL,
       updated_at = excluded.updated_at
     RETURNING id`,
  ).get({ ...write, at }) as { id: number };
  return { created: !existed, id: row.id };
}

/** Check-in answers of a cohort, counted (no text): relationship scores 1–5 and progress choices. */
export interface CheckinCounts {
  answers: number;
  relationship: Record<1 | 2 | 3 | 4 | 5, number>;
  relationshipSum: number;
  progress: Record<CheckinProgress, number>;
}

export function checkinCounts(db: Db, cohortId: number): CheckinCounts {
  const rows = prepared(db, 'SELECT relationship, progress, COUNT(*) AS n FROM checkins WHERE cohort_id = ? GROUP BY relationship, progress').all(cohortId) as Array<{
    relationship: number;
    progress: CheckinProgress;
    n: number;
  }>;
  const counts: CheckinCounts = {
    answers: 0,
    relationship: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
    relationshipSum: 0,
    progress: { not_started: 0, some: 0, on_track: 0, achieved: 0 },
  };
  for (const row of rows) {
    counts.answers += row.n;
    counts.relationship[row.relationship as 1 | 2 | 3 | 4 | 5] += row.n;
    counts.relationshipSum += row.relationship * row.n;
    counts.progress[row.progress] += row.n;
  }
  return counts;
}

/** The lowest relationship score the pair's members gave at or after `since` (any time when null), or null. */
export function lowestRelationshipSince(db: Db, pairId: number, since: string | null): number | null {
  const row = prepared(db, 'SELECT MIN(relationship) AS score FROM checkins WHERE pair_id = ? AND updated_at >= ?').get(pairId, since ?? '') as {
    score: number | null;
  };
  return row.score;
}

/** A note for the organizers as they read it: with its author and their pair (never for a channel). */
export interface CheckinNoteRow {
  id: number;
  pairId: number;
  userId: string;
  role: Role;
  mentorId: string;
  menteeId: string;
  relationship: number;
  note: string;
  updatedAt: string;
}

const NOTE_COLUMNS = `c.id, c.pair_id, c.user_id, c.role, p.mentor_id, p.mentee_id, c.relationship, c.note, c.updated_at`;

function toNote(row: {
  id: number;
  pair_id: number;
  user_id: string;
  role: Role;
  mentor_id: string;
  mentee_id: string;
  relationship: number;
  note: string;
  updated_at: string;
}): CheckinNoteRow {
  return {
    id: row.id,
    pairId: row.pair_id,
    userId: row.user_id,
    role: row.role,
    mentorId: row.mentor_id,
    menteeId: row.mentee_id,
    relationship: row.relationship,
    note: row.note,
    updatedAt: row.updated_at,
  };
}

/**
 * Notes for the organizers in the cohort that no digest has told `organizerId` about, oldest first; notes about a
 * pair the organizer is in are left out (nobody reads what their own partner wrote about them).
 */
export function untoldCheckinNotes(db: Db, cohortId: number, organizerId: string): CheckinNoteRow[] {
  return (
    prepared(
      db,
      `SELECT ${NOTE_COLUMNS}
         FROM checkins c JOIN pairs p ON p.id = c.pair_id
        WHERE c.cohort_id = @cohortId AND c.note IS NOT NULL
          AND p.mentor_id != @organizerId AND p.mentee_id != @organizerId
          AND NOT EXISTS (
            SELECT 1 FROM digest_items i JOIN deliveries d ON d.id = i.delivery_id
             WHERE i.section = 'checkin_note' AND i.subject_id = c.id AND d.user_id = @organizerId AND d.status IN ('sent', 'unknown'))
        ORDER BY c.id`,
    ).all({ cohortId, organizerId }) as Array<Parameters<typeof toNote>[0]>
  ).map(toNote);
}

/** Every note for the organizers in the cohort (the final report's private part), but those about `organizerId`'s own pair. */
export function checkinNotes(db: Db, cohortId: number, organizerId: string): CheckinNoteRow[] {
  return (
    prepared(
      db,
      `SELECT ${NOTE_COLUMNS}
         FROM checkins c JOIN pairs p ON p.id = c.pair_id
        WHERE c.cohort_id = @cohortId AND c.note IS NOT NULL AND p.mentor_id != @organizerId AND p.mentee_id != @organizerId
        ORDER BY c.id`,
    ).all({ cohortId, organizerId }) as Array<Parameters<typeof toNote>[0]>
  ).map(toNote);
}

/** The members of the cohort's pairs who answered the check-in (user ids; former:<n> for forgotten people). */
export function checkinAuthors(db: Db, cohortId: number): string[] {
  return (prepared(db, 'SELECT DISTINCT user_id FROM checkins WHERE cohort_id = ? ORDER BY user_id').all(cohortId) as Array<{ user_id: string }>).map(
    (row) => row.user_id,
  );
}

/** Retention: empties notes written before `before`; returns how many lost their text. */
export function purgeCheckinNotesBefore(db: Db, before: Date, now: Date): number {
  return db
    .prepare('UPDATE checkins SET note = NULL, text_removed_at = ? WHERE note IS NOT NULL AND updated_at < ?')
    .run(now.toISOString(), before.toISOString()).changes;
}

/** Per pair and member: relationship and progress (the CSV export; numbers and choices only). */
export function checkinAnswersOfCohort(db: Db, cohortId: number): Map<string, { cycle: number; relationship: number; progress: CheckinProgress }> {
  const rows = prepared(db, 'SELECT pair_id, user_id, cycle, relationship, progress FROM checkins WHERE cohort_id = ?').all(cohortId) as Array<{
    pair_id: number;
    user_id: string;
    cycle: number;
    relationship: number;
    progress: CheckinProgress;
  }>;
  return new Map(rows.map((row) => [`${row.pair_id}:${row.user_id}`, { cycle: row.cycle, relationship: row.relationship, progress: row.progress }]));
}
