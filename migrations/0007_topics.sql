-- Topic suggestions and votes (PRODUCT.md §3 `suggest`, `topics`, `topics review`; §7 Topics).
--
-- A suggestion is a topics row with source 'suggested' and status 'pending', and one topic_texts row in the
-- suggester's language with no questions yet; the organizer who approves it writes 2-3 questions, so every
-- approved topic can carry a weekly prompt. Rejected suggestions stay, so the same id is never reused.

-- Who decided on a suggestion, and when (NULL for the catalogue and for suggestions still pending).
ALTER TABLE topics ADD COLUMN decided_by TEXT;
ALTER TABLE topics ADD COLUMN decided_at TEXT;
CREATE INDEX topics_status ON topics (status, sort_order);

-- One vote per person per topic. Votes break ties in the weekly prompts' topic rotation (PRODUCT.md §6).
-- user_id is any Slack user: people may vote before they join.
CREATE TABLE topic_votes (
  topic_id    TEXT NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
  user_id     TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  PRIMARY KEY (topic_id, user_id)
);
-- forget-me removes a person's votes by user.
CREATE INDEX topic_votes_user ON topic_votes (user_id);
