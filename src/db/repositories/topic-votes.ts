import type { Db } from '../open';
import { prepared } from '../statements';

/**
 * Votes on topics: one per person per topic (migrations/0007_topics.sql). Id lists are passed as one JSON
 * parameter, so any number of topics fits in a statement.
 */

/**
 * How many votes each topic has. With `topicIds`, every id asked for is in the map (0 when nobody voted);
 * without, every topic with at least one vote. The weekly prompts' rotation uses it to break ties.
 */
export function voteCounts(db: Db, topicIds?: readonly string[]): Map<string, number> {
  const rows = (
    topicIds === undefined
      ? prepared(db, 'SELECT topic_id, COUNT(*) AS n FROM topic_votes GROUP BY topic_id').all()
      : prepared(db, 'SELECT topic_id, COUNT(*) AS n FROM topic_votes WHERE topic_id IN (SELECT value FROM json_each(?)) GROUP BY topic_id')
          .all(JSON.stringify(topicIds))
  ) as Array<{ topic_id: string; n: number }>;
  const counts = new Map<string, number>((topicIds ?? []).map((id) => [id, 0]));
  for (const row of rows) counts.set(row.topic_id, row.n);
  return counts;
}

/** Which of `topicIds` this person has voted for. */
export function votedTopicIds(db: Db, userId: string, topicIds: readonly string[]): Set<string> {
  const rows = prepared(db, 'SELECT topic_id FROM topic_votes WHERE user_id = ? AND topic_id IN (SELECT value FROM json_each(?))')
    .all(userId, JSON.stringify(topicIds)) as Array<{ topic_id: string }>;
  return new Set(rows.map((row) => row.topic_id));
}

/** False when the person had already voted for the topic. */
export function addVote(db: Db, topicId: string, userId: string, now: Date): boolean {
  return (
    prepared(db, 'INSERT OR IGNORE INTO topic_votes (topic_id, user_id, created_at) VALUES (?, ?, ?)').run(topicId, userId, now.toISOString())
      .changes > 0
  );
}

/** False when there was no vote to remove. */
export function removeVote(db: Db, topicId: string, userId: string): boolean {
  return prepared(db, 'DELETE FROM topic_votes WHERE topic_id = ? AND user_id = ?').run(topicId, userId).changes > 0;
}

/** Every vote a person cast (for forget-me). Returns how many were removed. */
export function deleteVotesOf(db: Db, userId: string): number {
  return prepared(db, 'DELETE FROM topic_votes WHERE user_id = ?').run(userId).changes;
}
