-- Forget-me leaves nothing of the person on disk (PRODUCT.md §7). Every connection deletes with
-- secure_delete (freed space is overwritten), but the WAL keeps the pages as they were before the delete until
-- it is truncated, and a truncation waits for every other connection to be done with it. This row says one is
-- owed: forget-me (and the retention purge) set it in the same transaction as the delete; whoever truncates the
-- WAL clears it (forget-me itself at once, or the scheduler's next checkpoint), so a truncation that had to wait,
-- or a process that died first, is never forgotten.
CREATE TABLE wal_erasure_owed (
  id     INTEGER PRIMARY KEY CHECK (id = 1),
  since  TEXT NOT NULL                                             -- the first delete still waiting for it
);

-- A suggestion that was still waiting for review (or was turned down) is its author's words alone: when its
-- author is forgotten it is withdrawn and its text deleted (services/forget-me.ts). Suggestions of people forgotten
-- before this rule are withdrawn the same way: such a suggestion is the only kind without an author.
DELETE FROM topic_texts
 WHERE topic_id IN (SELECT id FROM topics WHERE source = 'suggested' AND suggested_by IS NULL AND status IN ('pending', 'rejected'));
UPDATE topics SET status = 'rejected', decided_at = COALESCE(decided_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
 WHERE source = 'suggested' AND suggested_by IS NULL AND status = 'pending';
