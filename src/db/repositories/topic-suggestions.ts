import type { Db } from '../open';
import type { Locale } from '../../config';

export type TopicStatus = 'pending' | 'approved' | 'rejected';

/** A topic someone suggested (topics.source = 'suggested'), with its one text in the suggester's language. */
export interface TopicSuggestion {
  id: string;
  status: TopicStatus;
  /** NULL once the suggester has asked to be forgotten. */
  suggestedBy: string | null;
  locale: Locale;
  title: string;
  description: string;
  questions: string[];
  createdAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
}

interface SuggestionRow {
  id: string;
  status: TopicStatus;
  suggested_by: string | null;
  locale: Locale;
  title: string;
  description: string;
  questions: string;
  created_at: string;
  decided_by: string | null;
  decided_at: string | null;
}

function toSuggestion(row: SuggestionRow): TopicSuggestion {
  return {
    id: row.id,
    status: row.status,
    suggestedBy: row.suggested_by,
    locale: row.locale,
    title: row.title,
    description: row.description,
    questions: JSON.parse(row.questions) as string[],
    createdAt: row.created_at,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
  };
}

/** A suggestion has one text (its author's language); the earliest locale stands in should there be more. */
const SELECT_SUGGESTION = `
  SELECT t.id, t.status, t.suggested_by, t.created_at, t.decided_by, t.decided_at,
         tx.locale, tx.title, tx.description, tx.questions
    FROM topics t
    JOIN topic_texts tx ON tx.topic_id = t.id
     AND tx.locale = (SELECT MIN(locale) FROM topic_texts WHERE topic_id = t.id)
   WHERE t.source = 'suggested'`;

export interface NewSuggestion {
  userId: string;
  locale: Locale;
  title: string;
  description: string;
}

/**
 * Stores a pending suggestion under the next id `s-<n>` (stable, short, safe as a Slack option value). Call it
 * inside a write transaction so the number and the insert share the lock.
 */
export function insertSuggestion(db: Db, suggestion: NewSuggestion, now: Date): TopicSuggestion {
  const { n } = db
    .prepare(
      `SELECT COALESCE(MAX(CAST(SUBSTR(id, 3) AS INTEGER)), 0) + 1 AS n
         FROM topics WHERE source = 'suggested' AND id GLOB 's-[0-9]*'`,
    )
    .get() as { n: number };
  const id = `s-${n}`;
  const createdAt = now.toISOString();
  db.prepare(
    `INSERT INTO topics (id, status, source, suggested_by, created_at) VALUES (?, 'pending', 'suggested', ?, ?)`,
  ).run(id, suggestion.userId, createdAt);
  db.prepare(`INSERT INTO topic_texts (topic_id, locale, title, description, questions) VALUES (?, ?, ?, ?, '[]')`).run(
    id,
    suggestion.locale,
    suggestion.title,
    suggestion.description,
  );
  return findSuggestion(db, id) as TopicSuggestion;
}

export function findSuggestion(db: Db, id: string): TopicSuggestion | undefined {
  const row = db.prepare(`${SELECT_SUGGESTION} AND t.id = ?`).get(id) as SuggestionRow | undefined;
  return row && toSuggestion(row);
}

/** Pending suggestions, oldest first: the order organizers review them in. */
export function listPendingSuggestions(db: Db, limit: number): TopicSuggestion[] {
  const rows = db
    .prepare(`${SELECT_SUGGESTION} AND t.status = 'pending' ORDER BY t.created_at, t.rowid LIMIT ?`)
    .all(limit) as SuggestionRow[];
  return rows.map(toSuggestion);
}

/** Suggestions waiting for review, in all or from one person. */
export function countPendingSuggestions(db: Db, suggestedBy?: string): number {
  const row =
    suggestedBy === undefined
      ? db.prepare(`SELECT COUNT(*) AS n FROM topics WHERE source = 'suggested' AND status = 'pending'`).get()
      : db.prepare(`SELECT COUNT(*) AS n FROM topics WHERE source = 'suggested' AND status = 'pending' AND suggested_by = ?`).get(suggestedBy);
  return (row as { n: number }).n;
}

/** The titles, in every language, of topics that are approved or waiting for review (other than `exceptId`). */
export function openTopicTitles(db: Db, exceptId?: string): string[] {
  return (
    db
      .prepare(
        `SELECT tx.title FROM topic_texts tx JOIN topics t ON t.id = tx.topic_id
          WHERE t.status IN ('pending', 'approved') AND t.id IS NOT ?`,
      )
      .all(exceptId ?? null) as Array<{ title: string }>
  ).map((row) => row.title);
}

export interface SuggestionText {
  title: string;
  description: string;
  questions: string[];
}

/**
 * Approves a pending suggestion with its final wording, placing it after the topics approved so far. Returns
 * false, changing nothing, when it is not pending (already decided, or not a suggestion).
 */
export function approvePendingSuggestion(db: Db, id: string, locale: Locale, text: SuggestionText, decidedBy: string, now: Date): boolean {
  const { next } = db.prepare(`SELECT COALESCE(MAX(sort_order), 0) + 10 AS next FROM topics WHERE status = 'approved'`).get() as {
    next: number;
  };
  const changed = db
    .prepare(
      `UPDATE topics SET status = 'approved', sort_order = ?, decided_by = ?, decided_at = ?
        WHERE id = ? AND source = 'suggested' AND status = 'pending'`,
    )
    .run(next, decidedBy, now.toISOString(), id).changes;
  if (changed === 0) return false;
  db.prepare('UPDATE topic_texts SET title = ?, description = ?, questions = ? WHERE topic_id = ? AND locale = ?').run(
    text.title,
    text.description,
    JSON.stringify(text.questions),
    id,
    locale,
  );
  return true;
}

/** Rejects a pending suggestion; false, changing nothing, when it is not pending. */
export function rejectPendingSuggestion(db: Db, id: string, decidedBy: string, now: Date): boolean {
  return (
    db
      .prepare(
        `UPDATE topics SET status = 'rejected', decided_by = ?, decided_at = ?
          WHERE id = ? AND source = 'suggested' AND status = 'pending'`,
      )
      .run(decidedBy, now.toISOString(), id).changes > 0
  );
}
