import type { Db } from '../open';
import type { MeetingPreference, ParticipantStatus, Role, SeniorityBand } from '../../domain';
import { prepared } from '../statements';

export interface Participant {
  userId: string;
  role: Role;
  department: string;
  seniority: SeniorityBand;
  managerId: string | null;
  goals: string | null;
  meetingPref: MeetingPreference | null;
  displayName: string | null;
  timezone: string | null;
  locale: string | null;
  status: ParticipantStatus;
  pausedUntil: string | null;
  topics: string[];
  createdAt: string;
  updatedAt: string;
}

interface ParticipantRow {
  user_id: string;
  role: Role;
  department: string;
  seniority: SeniorityBand;
  manager_id: string | null;
  goals: string | null;
  meeting_pref: MeetingPreference | null;
  display_name: string | null;
  timezone: string | null;
  locale: string | null;
  status: ParticipantStatus;
  paused_until: string | null;
  created_at: string;
  updated_at: string;
}

function topicsOf(db: Db, userId: string): string[] {
  return (
    prepared(db, 'SELECT topic_id FROM participant_topics WHERE user_id = ? ORDER BY position').all(userId) as Array<{
      topic_id: string;
    }>
  ).map((row) => row.topic_id);
}

function toParticipant(row: ParticipantRow, topics: string[]): Participant {
  return {
    userId: row.user_id,
    role: row.role,
    department: row.department,
    seniority: row.seniority,
    managerId: row.manager_id,
    goals: row.goals,
    meetingPref: row.meeting_pref,
    displayName: row.display_name,
    timezone: row.timezone,
    locale: row.locale,
    status: row.status,
    pausedUntil: row.paused_until,
    topics,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function findParticipant(db: Db, userId: string): Participant | undefined {
  const row = prepared(db, 'SELECT * FROM participants WHERE user_id = ?').get(userId) as ParticipantRow | undefined;
  return row && toParticipant(row, topicsOf(db, userId));
}

/**
 * Everyone enrolled in the cohort, by user id, in two queries whatever their number (one per person made reading
 * a 5,000-person cohort for matching take ~200 ms of the listener thread).
 */
export function listEnrolledParticipants(db: Db, cohortId: number): Participant[] {
  const rows = prepared(
    db,
    'SELECT p.* FROM enrollments e JOIN participants p ON p.user_id = e.user_id WHERE e.cohort_id = ? ORDER BY e.user_id',
  ).all(cohortId) as ParticipantRow[];
  const topics = new Map<string, string[]>();
  const topicRows = prepared(
    db,
    `SELECT t.user_id, t.topic_id FROM enrollments e JOIN participant_topics t ON t.user_id = e.user_id
      WHERE e.cohort_id = ? ORDER BY t.user_id, t.position`,
  ).all(cohortId) as Array<{ user_id: string; topic_id: string }>;
  for (const row of topicRows) {
    const list = topics.get(row.user_id);
    if (list) list.push(row.topic_id);
    else topics.set(row.user_id, [row.topic_id]);
  }
  return rows.map((row) => toParticipant(row, topics.get(row.user_id) ?? []));
}

export interface ProfileWrite {
  userId: string;
  role: Role;
  department: string;
  seniority: SeniorityBand;
  managerId: string | null;
  goals: string | null;
  meetingPref: MeetingPreference | null;
  topics: readonly string[];
  displayName: string | null;
  timezone: string | null;
  locale: string | null;
}

/** Inserts or replaces a profile and its topics; status returns to active. Run inside a transaction. */
export function upsertProfile(db: Db, profile: ProfileWrite, now: Date): { created: boolean } {
  const at = now.toISOString();
  const existed = prepared(db, 'SELECT 1 FROM participants WHERE user_id = ?').get(profile.userId) !== undefined;
  prepared(
    db,
    `INSERT INTO participants (user_id, role, department, seniority, manager_id, goals, meeting_pref, display_name,
       timezone, locale, status, paused_until, agreed_at, created_at, updated_at)
     VALUES (@userId, @role, @department, @seniority, @managerId, @goals, @meetingPref, @displayName,
       @timezone, @locale, 'active', NULL, @at, @at, @at)
     ON CONFLICT (user_id) DO UPDATE SET
       role = excluded.role, department = excluded.department, seniority = excluded.seniority,
       manager_id = excluded.manager_id, goals = excluded.goals, meeting_pref = excluded.meeting_pref,
       display_name = COALESCE(excluded.display_name, participants.display_name),
       timezone = COALESCE(excluded.timezone, participants.timezone),
       locale = COALESCE(excluded.locale, participants.locale),
       status = CASE WHEN participants.status = 'left' THEN 'active' ELSE participants.status END,
       paused_until = CASE WHEN participants.status = 'left' THEN NULL ELSE participants.paused_until END,
       agreed_at = excluded.agreed_at, updated_at = excluded.updated_at`,
  ).run({ ...profile, at });
  prepared(db, 'DELETE FROM participant_topics WHERE user_id = ?').run(profile.userId);
  const insertTopic = prepared(db, 'INSERT INTO participant_topics (user_id, topic_id, position) VALUES (?, ?, ?)');
  profile.topics.forEach((topicId, position) => insertTopic.run(profile.userId, topicId, position));
  return { created: !existed };
}

export function setParticipantStatus(
  db: Db,
  userId: string,
  status: ParticipantStatus,
  pausedUntil: Date | null,
  now: Date,
): boolean {
  const result = prepared(db, 'UPDATE participants SET status = ?, paused_until = ?, updated_at = ? WHERE user_id = ?')
    .run(status, pausedUntil?.toISOString() ?? null, now.toISOString(), userId);
  return result.changes > 0;
}

/** Participants whose pause has run out by `now`; they resume by themselves. */
export function resumeExpiredPauses(db: Db, now: Date): string[] {
  const at = now.toISOString();
  const rows = prepared(db, "SELECT user_id FROM participants WHERE status = 'paused' AND paused_until IS NOT NULL AND paused_until <= ?")
    .all(at) as Array<{ user_id: string }>;
  prepared(
    db,
    "UPDATE participants SET status = 'active', paused_until = NULL, updated_at = ? WHERE status = 'paused' AND paused_until IS NOT NULL AND paused_until <= ?",
  ).run(at, at);
  return rows.map((row) => row.user_id);
}
