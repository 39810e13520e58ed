import type { Locale } from '../../config';
import type { Cadence, CohortStatus, NudgeDay, ParticipantStatus } from '../../domain';
import type { Db } from '../open';
import { prepared } from '../statements';
import type { DeliveryStatus } from './deliveries';

/**
 * The weekly prompts' schedule and what members did about each prompt (migrations/0006_prompts.sql). The
 * statements a dispatch pass runs once per prompt are prepared once per connection (see db/statements.ts).
 */

export type PromptResponseKind = 'met' | 'skipped' | 'reflected';

export interface Prompt {
  id: number;
  pairId: number;
  cohortId: number;
  cycle: number;
  dueAt: string;
  deliveryId: number | null;
  /** The ledger row's status (pending, sent, missed…); null if the row is gone. */
  deliveryStatus: DeliveryStatus | null;
  topicId: string | null;
  locale: Locale | null;
  questions: string[];
  passedTopics: string[];
  /** Where the message is; from the ledger when the post was recorded there only. */
  channelId: string | null;
  messageTs: string | null;
  postedAt: string | null;
  /** Who last picked a new topic (`nudge_new_topic`), and when; null when nobody has. */
  topicChangedBy: string | null;
  topicChangedAt: string | null;
}

interface PromptRow {
  id: number;
  pair_id: number;
  cohort_id: number;
  cycle: number;
  due_at: string;
  delivery_id: number | null;
  delivery_status: DeliveryStatus | null;
  topic_id: string | null;
  locale: Locale | null;
  questions: string;
  passed_topics: string;
  channel_id: string | null;
  message_ts: string | null;
  posted_at: string | null;
  topic_changed_by: string | null;
  topic_changed_at: string | null;
}

function parseList(json: string | null): string[] {
  if (!json) return [];
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

function toPrompt(row: PromptRow): Prompt {
  return {
    id: row.id,
    pairId: row.pair_id,
    cohortId: row.cohort_id,
    cycle: row.cycle,
    dueAt: row.due_at,
    deliveryId: row.delivery_id,
    deliveryStatus: row.delivery_status,
    topicId: row.topic_id,
    locale: row.locale,
    questions: parseList(row.questions),
    passedTopics: parseList(row.passed_topics),
    channelId: row.channel_id,
    messageTs: row.message_ts,
    postedAt: row.posted_at,
    topicChangedBy: row.topic_changed_by,
    topicChangedAt: row.topic_changed_at,
  };
}

// A post is recorded on the ledger row first (in the same pass); the prompt's own copy may lag behind it.
const PROMPT_COLUMNS = `p.id, p.pair_id, p.cohort_id, p.cycle, p.due_at, p.delivery_id, d.status AS delivery_status, p.topic_id,
  p.locale, p.questions, p.passed_topics, COALESCE(p.channel_id, d.channel_id) AS channel_id,
  COALESCE(p.message_ts, d.message_ts) AS message_ts, COALESCE(p.posted_at, d.sent_at) AS posted_at,
  p.topic_changed_by, p.topic_changed_at`;

const FROM_PROMPTS = 'FROM prompts p LEFT JOIN deliveries d ON d.id = p.delivery_id';

export function findPrompt(db: Db, id: number): Prompt | undefined {
  const row = prepared(db, `SELECT ${PROMPT_COLUMNS} ${FROM_PROMPTS} WHERE p.id = ?`).get(id) as PromptRow | undefined;
  return row && toPrompt(row);
}

export function listPromptsOfPair(db: Db, pairId: number): Prompt[] {
  const rows = prepared(db, `SELECT ${PROMPT_COLUMNS} ${FROM_PROMPTS} WHERE p.pair_id = ? ORDER BY p.cycle`).all(pairId) as PromptRow[];
  return rows.map(toPrompt);
}

export function listPromptsOfCohort(db: Db, cohortId: number): Prompt[] {
  const rows = prepared(db, `SELECT ${PROMPT_COLUMNS} ${FROM_PROMPTS} WHERE p.cohort_id = ? ORDER BY p.pair_id, p.cycle`).all(
    cohortId,
  ) as PromptRow[];
  return rows.map(toPrompt);
}

/** A member as a prompt needs them; `status` null when the profile is gone (the person asked to be forgotten). */
export interface PromptMember {
  userId: string;
  status: ParticipantStatus | null;
  pausedUntil: string | null;
  locale: string | null;
  timezone: string | null;
  topics: string[];
}

/** A prompt with its pair, cohort schedule and both members: everything its delivery decides on, in one query. */
export interface PromptContext {
  prompt: Prompt;
  pair: { id: number; mentorId: string; menteeId: string; status: 'active' | 'ended'; channelId: string | null };
  cohort: {
    id: number;
    status: CohortStatus;
    startDate: string;
    weeks: number;
    cadence: Cadence;
    nudgeDay: NudgeDay;
    nudgeTime: string;
    timezone: string;
  };
  mentor: PromptMember;
  mentee: PromptMember;
}

const MEMBER_TOPICS = (side: string) =>
  `(SELECT json_group_array(topic_id) FROM (SELECT topic_id FROM participant_topics WHERE user_id = pr.${side}_id ORDER BY position))`;

export function findPromptContext(db: Db, promptId: number): PromptContext | undefined {
  const row = prepared(
    db,
    `SELECT ${PROMPT_COLUMNS},
            pr.mentor_id, pr.mentee_id, pr.status AS pair_status, pr.channel_id AS pair_channel,
            c.status AS cohort_status, c.start_date, c.weeks, c.cadence, c.nudge_day, c.nudge_time, c.timezone AS cohort_zone,
            m.status AS mentor_status, m.paused_until AS mentor_paused_until, m.locale AS mentor_locale, m.timezone AS mentor_zone,
            ${MEMBER_TOPICS('mentor')} AS mentor_topics,
            e.status AS mentee_status, e.paused_until AS mentee_paused_until, e.locale AS mentee_locale, e.timezone AS mentee_zone,
            ${MEMBER_TOPICS('mentee')} AS mentee_topics
       ${FROM_PROMPTS}
       JOIN pairs pr ON pr.id = p.pair_id
       JOIN cohorts c ON c.id = p.cohort_id
       LEFT JOIN participants m ON m.user_id = pr.mentor_id
       LEFT JOIN participants e ON e.user_id = pr.mentee_id
      WHERE p.id = ?`,
  ).get(promptId) as
    | (PromptRow & {
        mentor_id: string;
        mentee_id: string;
        pair_status: 'active' | 'ended';
        pair_channel: string | null;
        cohort_status: CohortStatus;
        start_date: string;
        weeks: number;
        cadence: Cadence;
        nudge_day: NudgeDay;
        nudge_time: string;
        cohort_zone: string;
        mentor_status: ParticipantStatus | null;
        mentor_paused_until: string | null;
        mentor_locale: string | null;
        mentor_zone: string | null;
        mentor_topics: string | null;
        mentee_status: ParticipantStatus | null;
        mentee_paused_until: string | null;
        mentee_locale: string | null;
        mentee_zone: string | null;
        mentee_topics: string | null;
      })
    | undefined;
  if (!row) return undefined;
  return {
    prompt: toPrompt(row),
    pair: { id: row.pair_id, mentorId: row.mentor_id, menteeId: row.mentee_id, status: row.pair_status, channelId: row.pair_channel },
    cohort: {
      id: row.cohort_id,
      status: row.cohort_status,
      startDate: row.start_date,
      weeks: row.weeks,
      cadence: row.cadence,
      nudgeDay: row.nudge_day,
      nudgeTime: row.nudge_time,
      timezone: row.cohort_zone,
    },
    mentor: {
      userId: row.mentor_id,
      status: row.mentor_status,
      pausedUntil: row.mentor_paused_until,
      locale: row.mentor_locale,
      timezone: row.mentor_zone,
      topics: row.mentor_status === null ? [] : parseList(row.mentor_topics),
    },
    mentee: {
      userId: row.mentee_id,
      status: row.mentee_status,
      pausedUntil: row.mentee_paused_until,
      locale: row.mentee_locale,
      timezone: row.mentee_zone,
      topics: row.mentee_status === null ? [] : parseList(row.mentee_topics),
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Planning
// ---------------------------------------------------------------------------------------------------------------

/** An active pair of an active cohort, with what planning needs to know about it. */
export interface PairToPlan {
  pairId: number;
  cohortId: number;
  createdAt: string;
  mentorZone: string | null;
  menteeZone: string | null;
  /** The highest cycle already planned (0 for none) and the latest due instant planned. */
  plannedThrough: number;
  lastDueAt: string | null;
}

export function listPairsToPlan(db: Db): PairToPlan[] {
  const rows = prepared(
    db,
    `SELECT p.id AS pair_id, p.cohort_id, p.created_at, m.timezone AS mentor_zone, e.timezone AS mentee_zone,
            planned.through AS planned_through, planned.last_due AS last_due_at
       FROM pairs p
       JOIN cohorts c ON c.id = p.cohort_id
       LEFT JOIN participants m ON m.user_id = p.mentor_id
       LEFT JOIN participants e ON e.user_id = p.mentee_id
       LEFT JOIN (SELECT pair_id, MAX(cycle) AS through, MAX(due_at) AS last_due FROM prompts GROUP BY pair_id) planned
              ON planned.pair_id = p.id
      WHERE p.status = 'active' AND c.status = 'active'
      ORDER BY p.cohort_id, p.id`,
  ).all() as Array<{
    pair_id: number;
    cohort_id: number;
    created_at: string;
    mentor_zone: string | null;
    mentee_zone: string | null;
    planned_through: number | null;
    last_due_at: string | null;
  }>;
  return rows.map((row) => ({
    pairId: row.pair_id,
    cohortId: row.cohort_id,
    createdAt: row.created_at,
    mentorZone: row.mentor_zone,
    menteeZone: row.mentee_zone,
    plannedThrough: row.planned_through ?? 0,
    lastDueAt: row.last_due_at,
  }));
}

/** Adds a prompt row unless the pair has one for the cycle. Returns its id when it was added. */
export function insertPrompt(db: Db, prompt: { pairId: number; cohortId: number; cycle: number; dueAt: Date }, now: Date): number | undefined {
  const at = now.toISOString();
  const result = prepared(
    db,
    `INSERT INTO prompts (pair_id, cohort_id, cycle, due_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (pair_id, cycle) DO NOTHING`,
  ).run(prompt.pairId, prompt.cohortId, prompt.cycle, prompt.dueAt.toISOString(), at, at);
  return result.changes > 0 ? Number(result.lastInsertRowid) : undefined;
}

export function linkPromptDelivery(db: Db, promptId: number, deliveryId: number): void {
  prepared(db, 'UPDATE prompts SET delivery_id = ? WHERE id = ?').run(deliveryId, promptId);
}

/** A prompt not yet claimed by any pass, with the zones its due instant is computed from. */
export interface UpcomingPrompt {
  promptId: number;
  deliveryId: number;
  cohortId: number;
  cycle: number;
  dueAt: string;
  mentorZone: string | null;
  menteeZone: string | null;
}

/** Prompts due after `now` that no pass has touched yet: the ones that may still be re-timed. */
export function listUpcomingPrompts(db: Db, now: Date): UpcomingPrompt[] {
  const rows = prepared(
    db,
    `SELECT pr.id AS prompt_id, pr.delivery_id, pr.cohort_id, pr.cycle, pr.due_at, m.timezone AS mentor_zone, e.timezone AS mentee_zone
       FROM prompts pr
       JOIN deliveries d ON d.id = pr.delivery_id AND d.status = 'pending' AND d.attempts = 0
       JOIN pairs p ON p.id = pr.pair_id AND p.status = 'active'
       JOIN cohorts c ON c.id = pr.cohort_id AND c.status = 'active'
       LEFT JOIN participants m ON m.user_id = p.mentor_id
       LEFT JOIN participants e ON e.user_id = p.mentee_id
      WHERE pr.due_at > ?`,
  ).all(now.toISOString()) as Array<{
    prompt_id: number;
    delivery_id: number;
    cohort_id: number;
    cycle: number;
    due_at: string;
    mentor_zone: string | null;
    mentee_zone: string | null;
  }>;
  return rows.map((row) => ({
    promptId: row.prompt_id,
    deliveryId: row.delivery_id,
    cohortId: row.cohort_id,
    cycle: row.cycle,
    dueAt: row.due_at,
    mentorZone: row.mentor_zone,
    menteeZone: row.mentee_zone,
  }));
}

/** Moves a prompt that no pass has touched to a new due instant (prompt and ledger row together). */
export function retimePrompt(db: Db, promptId: number, deliveryId: number, dueAt: Date, now: Date): boolean {
  const due = dueAt.toISOString();
  const at = now.toISOString();
  const moved = prepared(
    db,
    "UPDATE deliveries SET due_at = ?, next_attempt_at = ?, updated_at = ? WHERE id = ? AND status = 'pending' AND attempts = 0",
  ).run(due, due, at, deliveryId).changes;
  if (moved === 0) return false;
  prepared(db, 'UPDATE prompts SET due_at = ?, updated_at = ? WHERE id = ?').run(due, at, promptId);
  return true;
}

// ---------------------------------------------------------------------------------------------------------------
// Topics
// ---------------------------------------------------------------------------------------------------------------

export interface PromptTopicWrite {
  topicId: string;
  locale: Locale;
  questions: readonly string[];
  passedTopics: readonly string[];
}

const SET_TOPIC = 'UPDATE prompts SET topic_id = ?, locale = ?, questions = ?, passed_topics = ?, updated_at = ? WHERE id = ?';

function topicValues(promptId: number, topic: PromptTopicWrite, now: Date): unknown[] {
  return [topic.topicId, topic.locale, JSON.stringify(topic.questions), JSON.stringify(topic.passedTopics), now.toISOString(), promptId];
}

export function setPromptTopic(db: Db, promptId: number, topic: PromptTopicWrite, now: Date): void {
  prepared(db, SET_TOPIC).run(...topicValues(promptId, topic, now));
}

/** A member swapped the topic (`nudge_new_topic`): the new topic, and who did it and when, for the prompt to show. */
export function changePromptTopic(db: Db, promptId: number, topic: PromptTopicWrite, changedBy: string, now: Date): void {
  prepared(db, SET_TOPIC).run(...topicValues(promptId, topic, now));
  prepared(db, 'UPDATE prompts SET topic_changed_by = ?, topic_changed_at = ? WHERE id = ?').run(changedBy, now.toISOString(), promptId);
}

/** Sets the topic only if none is chosen yet; false when one already was (it is kept). */
export function setPromptTopicIfUnset(db: Db, promptId: number, topic: PromptTopicWrite, now: Date): boolean {
  return prepared(db, `${SET_TOPIC} AND topic_id IS NULL`).run(...topicValues(promptId, topic, now)).changes > 0;
}

/** Every topic the pair has had or passed on in its cohort (other than in `exceptPromptId`), with repeats. */
export function topicsUsedByPair(db: Db, pairId: number, exceptPromptId?: number): string[] {
  const rows = prepared(db, 'SELECT topic_id, passed_topics FROM prompts WHERE pair_id = ? AND id != ?').all(pairId, exceptPromptId ?? -1) as Array<{
    topic_id: string | null;
    passed_topics: string;
  }>;
  return rows.flatMap((row) => [...(row.topic_id ? [row.topic_id] : []), ...parseList(row.passed_topics)]);
}

/** Approved topic ids in catalogue order. */
export function approvedTopicOrder(db: Db): string[] {
  const rows = prepared(db, "SELECT id FROM topics WHERE status = 'approved' ORDER BY sort_order, id").all() as Array<{ id: string }>;
  return rows.map((row) => row.id);
}

export interface TopicText {
  title: string;
  description: string;
  questions: string[];
}

/** A topic's text in `locale`, or in the language it exists in (a suggestion is written in one). */
export function topicText(db: Db, topicId: string, locale: Locale): TopicText | undefined {
  const row = prepared(
    db,
    `SELECT title, description, questions FROM topic_texts WHERE topic_id = ?
      ORDER BY CASE WHEN locale = ? THEN 0 ELSE 1 END, locale LIMIT 1`,
  ).get(topicId, locale) as { title: string; description: string; questions: string } | undefined;
  return row && { title: row.title, description: row.description, questions: parseList(row.questions) };
}

// ---------------------------------------------------------------------------------------------------------------
// Delivery, responses and reminders
// ---------------------------------------------------------------------------------------------------------------

export function recordPromptPosted(db: Db, promptId: number, posted: { channel: string; ts: string }, now: Date): void {
  const at = now.toISOString();
  prepared(db, 'UPDATE prompts SET channel_id = ?, message_ts = ?, posted_at = ?, updated_at = ? WHERE id = ?').run(
    posted.channel,
    posted.ts,
    at,
    at,
    promptId,
  );
}

export interface PromptResponse {
  userId: string;
  kind: PromptResponseKind;
  at: string;
}

export function listPromptResponses(db: Db, promptId: number): PromptResponse[] {
  const rows = prepared(db, 'SELECT user_id, kind, at FROM prompt_responses WHERE prompt_id = ? ORDER BY at, user_id').all(promptId) as Array<{
    user_id: string;
    kind: PromptResponseKind;
    at: string;
  }>;
  return rows.map((row) => ({ userId: row.user_id, kind: row.kind, at: row.at }));
}

/**
 * Records what a member did. `met` and `skipped` replace each other (the last press counts); `reflected` is
 * recorded by the reflection flow beside either. Returns false when the same answer was already there.
 */
export function recordPromptResponse(db: Db, response: { promptId: number; userId: string; kind: PromptResponseKind }, now: Date): boolean {
  if (response.kind !== 'reflected') {
    const other = response.kind === 'met' ? 'skipped' : 'met';
    prepared(db, 'DELETE FROM prompt_responses WHERE prompt_id = ? AND user_id = ? AND kind = ?').run(response.promptId, response.userId, other);
  }
  return (
    prepared(db, 'INSERT INTO prompt_responses (prompt_id, user_id, kind, at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING').run(
      response.promptId,
      response.userId,
      response.kind,
      now.toISOString(),
    ).changes > 0
  );
}

export function hasResponded(db: Db, promptId: number, userId: string): boolean {
  return prepared(db, 'SELECT 1 FROM prompt_responses WHERE prompt_id = ? AND user_id = ? LIMIT 1').get(promptId, userId) !== undefined;
}

/** Posted prompts whose reminders are not in the ledger yet, with the pair's members. */
export function listPromptsAwaitingReminders(db: Db): Array<{ promptId: number; cohortId: number; postedAt: string; memberIds: [string, string] }> {
  const rows = prepared(
    db,
    `SELECT pr.id, pr.cohort_id, COALESCE(pr.posted_at, d.sent_at) AS posted_at, p.mentor_id, p.mentee_id
       FROM prompts pr JOIN pairs p ON p.id = pr.pair_id LEFT JOIN deliveries d ON d.id = pr.delivery_id
      WHERE pr.reminders_planned_at IS NULL AND COALESCE(pr.posted_at, d.sent_at) IS NOT NULL ORDER BY pr.id`,
  ).all() as Array<{ id: number; cohort_id: number; posted_at: string; mentor_id: string; mentee_id: string }>;
  return rows.map((row) => ({ promptId: row.id, cohortId: row.cohort_id, postedAt: row.posted_at, memberIds: [row.mentor_id, row.mentee_id] }));
}

export function markRemindersPlanned(db: Db, promptId: number, now: Date): void {
  prepared(db, 'UPDATE prompts SET reminders_planned_at = ? WHERE id = ? AND reminders_planned_at IS NULL').run(now.toISOString(), promptId);
}

// ---------------------------------------------------------------------------------------------------------------
// A person's view
// ---------------------------------------------------------------------------------------------------------------

/**
 * When the person's next prompt is due: the earliest prompt still waiting in the ledger for one of their active
 * pairs, leaving out any that falls inside a pause of either member (prompts are the pair's: it will be skipped).
 */
export function nextPromptDueFor(db: Db, userId: string): Date | null {
  const row = prepared(
    db,
    `SELECT MIN(pr.due_at) AS at
       FROM prompts pr
       JOIN pairs p ON p.id = pr.pair_id AND p.status = 'active' AND (p.mentor_id = @userId OR p.mentee_id = @userId)
       JOIN cohorts c ON c.id = pr.cohort_id AND c.status = 'active'
       JOIN deliveries d ON d.id = pr.delivery_id AND d.status IN ('pending', 'claimed')
       LEFT JOIN participants m ON m.user_id = p.mentor_id
       LEFT JOIN participants e ON e.user_id = p.mentee_id
      WHERE (m.status IS NULL OR m.status != 'paused' OR m.paused_until IS NULL OR pr.due_at >= m.paused_until)
        AND (e.status IS NULL OR e.status != 'paused' OR e.paused_until IS NULL OR pr.due_at >= e.paused_until)`,
  ).get({ userId }) as { at: string | null };
  return row.at ? new Date(row.at) : null;
}

/** The most recent prompt posted to one of the person's pairs (what a reflection is about), or null. */
export function latestPostedPromptIdFor(db: Db, userId: string): number | null {
  const row = prepared(
    db,
    `SELECT pr.id FROM prompts pr
       JOIN pairs p ON p.id = pr.pair_id AND (p.mentor_id = @userId OR p.mentee_id = @userId)
       LEFT JOIN deliveries d ON d.id = pr.delivery_id
      WHERE COALESCE(pr.posted_at, d.sent_at) IS NOT NULL
      ORDER BY COALESCE(pr.posted_at, d.sent_at) DESC, pr.id DESC LIMIT 1`,
  ).get({ userId }) as { id: number } | undefined;
  return row?.id ?? null;
}
