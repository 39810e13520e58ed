import type { Db } from '../open';
import { prepared } from '../statements';

/** Meetings a pair booked in Slack (migrations/0013_meetings.sql). */

export type MeetingStatus = 'booked' | 'cancelled';
export type MeetingOutcome = 'held' | 'not_held';

export interface Meeting {
  id: number;
  pairId: number;
  cohortId: number;
  uid: string;
  bookedBy: string;
  startsAt: string;
  minutes: number;
  place: string | null;
  cycle: number;
  status: MeetingStatus;
  outcome: MeetingOutcome | null;
  answeredBy: string | null;
  sequence: number;
  channelId: string | null;
  messageTs: string | null;
  createdAt: string;
  updatedAt: string;
}

interface MeetingRow {
  id: number;
  pair_id: number;
  cohort_id: number;
  uid: string;
  booked_by: string;
  starts_at: string;
  minutes: number;
  place: string | null;
  cycle: number;
  status: MeetingStatus;
  outcome: MeetingOutcome | null;
  answered_by: string | null;
  sequence: number;
  channel_id: string | null;
  message_ts: string | null;
  created_at: string;
  updated_at: string;
}

function toMeeting(row: MeetingRow): Meeting {
  return {
    id: row.id,
    pairId: row.pair_id,
    cohortId: row.cohort_id,
    uid: row.uid,
    bookedBy: row.booked_by,
    startsAt: row.starts_at,
    minutes: row.minutes,
    place: row.place,
    cycle: row.cycle,
    status: row.status,
    outcome: row.outcome,
    answeredBy: row.answered_by,
    sequence: row.sequence,
    channelId: row.channel_id,
    messageTs: row.message_ts,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface MeetingTime {
  startsAt: Date;
  minutes: number;
  place: string | null;
  cycle: number;
}

export function insertMeeting(db: Db, meeting: MeetingTime & { pairId: number; cohortId: number; bookedBy: string; uid: string }, now: Date): Meeting {
  const at = now.toISOString();
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO meetings (pair_id, cohort_id, uid, booked_by, starts_at, minutes, place, cycle, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(meeting.pairId, meeting.cohortId, meeting.uid, meeting.bookedBy, meeting.startsAt.toISOString(), meeting.minutes, meeting.place, meeting.cycle, at, at);
  return findMeeting(db, Number(lastInsertRowid)) as Meeting;
}

export function findMeeting(db: Db, id: number): Meeting | undefined {
  const row = prepared(db, 'SELECT * FROM meetings WHERE id = ?').get(id) as MeetingRow | undefined;
  return row && toMeeting(row);
}

/** Moves a booked meeting to a new time (and length, place), raising its sequence. */
export function rescheduleMeeting(db: Db, id: number, change: MeetingTime & { bookedBy: string }, now: Date): Meeting | undefined {
  const changed = prepared(
    db,
    `UPDATE meetings SET starts_at = ?, minutes = ?, place = ?, cycle = ?, booked_by = ?, outcome = NULL, answered_by = NULL,
       sequence = sequence + 1, updated_at = ? WHERE id = ? AND status = 'booked'`,
  ).run(change.startsAt.toISOString(), change.minutes, change.place, change.cycle, change.bookedBy, now.toISOString(), id).changes;
  return changed > 0 ? findMeeting(db, id) : undefined;
}

export function cancelMeeting(db: Db, id: number, userId: string, now: Date): Meeting | undefined {
  const changed = prepared(
    db,
    `UPDATE meetings SET status = 'cancelled', answered_by = ?, sequence = sequence + 1, updated_at = ? WHERE id = ? AND status = 'booked'`,
  ).run(userId, now.toISOString(), id).changes;
  return changed > 0 ? findMeeting(db, id) : undefined;
}

export function setMeetingOutcome(db: Db, id: number, outcome: MeetingOutcome, userId: string, now: Date): boolean {
  return (
    prepared(db, `UPDATE meetings SET outcome = ?, answered_by = ?, updated_at = ? WHERE id = ? AND status = 'booked'`).run(
      outcome,
      userId,
      now.toISOString(),
      id,
    ).changes > 0
  );
}

/** Where the rm_meeting message was posted, once. */
export function setMeetingMessage(db: Db, id: number, posted: { channel: string; ts: string }): void {
  prepared(db, 'UPDATE meetings SET channel_id = ?, message_ts = ? WHERE id = ? AND message_ts IS NULL').run(posted.channel, posted.ts, id);
}

/** The pair's meetings still booked that have not ended by `now`, soonest first. */
export function upcomingMeetingsOfPair(db: Db, pairId: number, now: Date): Meeting[] {
  return (
    prepared(
      db,
      `SELECT * FROM meetings WHERE pair_id = ? AND status = 'booked'
         AND julianday(starts_at) + minutes / 1440.0 > julianday(?) ORDER BY starts_at, id`,
    ).all(pairId, now.toISOString()) as MeetingRow[]
  ).map(toMeeting);
}

/**
 * Whether the pair has had, or has planned, a first meeting: either member recorded meeting ("We met", a reflection
 * saying so, or "yes" on a follow-up, which records the same), or a meeting is booked that has not been cancelled nor
 * answered "we did not meet".
 */
export function hasFirstMeeting(db: Db, pairId: number): boolean {
  const row = prepared(
    db,
    `SELECT EXISTS (SELECT 1 FROM meetings WHERE pair_id = @pairId AND status = 'booked' AND (outcome IS NULL OR outcome = 'held'))
         OR EXISTS (SELECT 1 FROM prompt_responses x JOIN prompts pr ON pr.id = x.prompt_id WHERE pr.pair_id = @pairId AND x.kind = 'met')
         OR EXISTS (SELECT 1 FROM reflections r WHERE r.pair_id = @pairId AND r.met = 'yes') AS found`,
  ).get({ pairId }) as { found: number };
  return row.found === 1;
}

/** Whether a meeting stands booked for the pair (held or not yet), or either member pressed "We met" (the silence rule's test). */
export function hasBookedOrMet(db: Db, pairId: number): boolean {
  const row = prepared(
    db,
    `SELECT EXISTS (SELECT 1 FROM meetings WHERE pair_id = @pairId AND status = 'booked')
         OR EXISTS (SELECT 1 FROM prompt_responses x JOIN prompts pr ON pr.id = x.prompt_id WHERE pr.pair_id = @pairId AND x.kind = 'met') AS found`,
  ).get({ pairId }) as { found: number };
  return row.found === 1;
}

/** When the pair's introduction was posted (from the ledger), or null before it was. */
export function introducedAt(db: Db, pairId: number): Date | null {
  const row = prepared(db, "SELECT sent_at FROM deliveries WHERE dedupe_key = ? AND status = 'sent'").get(`intro:pair:${pairId}`) as
    | { sent_at: string | null }
    | undefined;
  return row?.sent_at ? new Date(row.sent_at) : null;
}

/** Active pairs of active cohorts whose introduction was posted, with when (the work meetings and preparation plan from). */
export interface IntroducedPair {
  pairId: number;
  cohortId: number;
  mentorId: string;
  menteeId: string;
  introducedAt: string;
}

export function listIntroducedPairs(db: Db): IntroducedPair[] {
  return (
    prepared(
      db,
      `SELECT p.id AS pair_id, p.cohort_id, p.mentor_id, p.mentee_id, d.sent_at
         FROM pairs p JOIN cohorts c ON c.id = p.cohort_id
         JOIN deliveries d ON d.dedupe_key = 'intro:pair:' || p.id AND d.status = 'sent'
        WHERE p.status = 'active' AND c.status = 'active'
        ORDER BY p.id`,
    ).all() as Array<{ pair_id: number; cohort_id: number; mentor_id: string; mentee_id: string; sent_at: string }>
  ).map((row) => ({ pairId: row.pair_id, cohortId: row.cohort_id, mentorId: row.mentor_id, menteeId: row.mentee_id, introducedAt: row.sent_at }));
}

/** The earliest start of a booked meeting among these pairs, or null. */
export function firstBookedStart(db: Db, pairIds: readonly number[]): Date | null {
  if (pairIds.length === 0) return null;
  const row = db
    .prepare(`SELECT MIN(starts_at) AS at FROM meetings WHERE status = 'booked' AND pair_id IN (${pairIds.map(() => '?').join(',')})`)
    .get(...pairIds) as { at: string | null };
  return row.at ? new Date(row.at) : null;
}

/** Meetings booked (not cancelled) and held, per session of a cohort: what organizers see (counts only). */
export interface MeetingCountsRow {
  cycle: number;
  booked: number;
  held: number;
}

export function meetingCountsByCycle(db: Db, cohortId: number): MeetingCountsRow[] {
  return (
    prepared(
      db,
      `SELECT cycle, SUM(status = 'booked') AS booked, SUM(status = 'booked' AND outcome = 'held') AS held
         FROM meetings WHERE cohort_id = ? GROUP BY cycle ORDER BY cycle`,
    ).all(cohortId) as Array<{ cycle: number; booked: number; held: number }>
  ).map((row) => ({ cycle: row.cycle, booked: row.booked, held: row.held }));
}

/** Per pair and session, for the CSV export. Key: `<pairId>:<cycle>`. */
export function meetingCountsByPairCycle(db: Db, cohortId: number): Map<string, { booked: number; held: number }> {
  const rows = prepared(
    db,
    `SELECT pair_id, cycle, SUM(status = 'booked') AS booked, SUM(status = 'booked' AND outcome = 'held') AS held
       FROM meetings WHERE cohort_id = ? GROUP BY pair_id, cycle`,
  ).all(cohortId) as Array<{ pair_id: number; cycle: number; booked: number; held: number }>;
  return new Map(rows.map((row) => [`${row.pair_id}:${row.cycle}`, { booked: row.booked, held: row.held }]));
}

/** The id of the pair's prompt for `cycle`, if it is planned. */
export function promptIdForCycle(db: Db, pairId: number, cycle: number): number | undefined {
  const row = prepared(db, 'SELECT id FROM prompts WHERE pair_id = ? AND cycle = ?').get(pairId, cycle) as { id: number } | undefined;
  return row?.id;
}

/** The first cycle the pair has a prompt for (a pair made mid-cohort starts later), if any. */
export function firstPromptCycle(db: Db, pairId: number): number | undefined {
  const row = prepared(db, 'SELECT MIN(cycle) AS cycle FROM prompts WHERE pair_id = ?').get(pairId) as { cycle: number | null };
  return row.cycle ?? undefined;
}

/**
 * Forget-me: the person's id becomes their placeholder; in the pairs they were in, the place (a private link,
 * perhaps) and the group DM's message are forgotten with them.
 */
export function anonymizeMeetings(db: Db, userId: string, placeholder: string): void {
  db.prepare(
    `UPDATE meetings SET place = NULL, channel_id = NULL, message_ts = NULL
      WHERE pair_id IN (SELECT id FROM pairs WHERE mentor_id = @userId OR mentee_id = @userId)`,
  ).run({ userId });
  db.prepare('UPDATE meetings SET booked_by = ? WHERE booked_by = ?').run(placeholder, userId);
  db.prepare('UPDATE meetings SET answered_by = ? WHERE answered_by = ?').run(placeholder, userId);
  db.prepare('UPDATE preparation_reads SET user_id = ? WHERE user_id = ?').run(placeholder, userId);
}
