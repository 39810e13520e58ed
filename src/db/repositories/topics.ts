import type { Db } from '../open';
import type { Locale } from '../../config';
import { prepared } from '../statements';

export interface Topic {
  id: string;
  title: string;
  description: string;
  questions: string[];
}

interface TopicRow {
  id: string;
  title: string;
  description: string;
  questions: string;
}

/**
 * Approved topics in catalogue order, in `locale` where translated and in another language otherwise
 * (a suggestion exists only in the language it was written in).
 */
export function listApprovedTopics(db: Db, locale: Locale): Topic[] {
  const rows = prepared(
      db,
      `SELECT t.id, tx.title, tx.description, tx.questions
         FROM topics t
         JOIN topic_texts tx ON tx.topic_id = t.id
          AND tx.locale = COALESCE(
            (SELECT locale FROM topic_texts WHERE topic_id = t.id AND locale = @locale),
            (SELECT MIN(locale) FROM topic_texts WHERE topic_id = t.id))
        WHERE t.status = 'approved'
        ORDER BY t.sort_order, t.id`,
    )
    .all({ locale }) as TopicRow[];
  return rows.map((row) => ({ ...row, questions: JSON.parse(row.questions) as string[] }));
}

/** The subset of `ids` that are approved topics: what a join submission may choose. */
export function approvedTopicIds(db: Db, ids: readonly string[]): Set<string> {
  if (ids.length === 0) return new Set();
  const rows = prepared(db, `SELECT id FROM topics WHERE status = 'approved' AND id IN (${ids.map(() => '?').join(',')})`)
    .all(...ids) as Array<{ id: string }>;
  return new Set(rows.map((row) => row.id));
}
