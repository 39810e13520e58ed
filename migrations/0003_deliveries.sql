-- The delivery ledger: every message the app must post exactly once (introductions, weekly prompts,
-- reminders, summaries, …) is a row here before it is posted (PRODUCT.md §5, §6, §8).
--
-- pending  → claimed (in a transaction, with a lease) → sent (with the message ts)
--          ↘ pending again after a 429 or a transient error (attempts < max), or failed with the reason
-- claimed past its lease (the process died mid-post) → unknown, never posted again: a duplicate is worse
-- than a rare miss. missed: too late to be useful. skipped: no longer needed (e.g. the pair paused).
CREATE TABLE deliveries (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL,                                   -- intro, unmatched, nudge, reminder, summary, …
  dedupe_key      TEXT NOT NULL UNIQUE,                            -- e.g. nudge:pair:12:cycle:3 — one row per message
  cohort_id       INTEGER REFERENCES cohorts (id) ON DELETE CASCADE,
  subject_id      INTEGER,                                         -- the record the message is about (pair, prompt…)
  user_id         TEXT,                                            -- the recipient when the message is a DM
  due_at          TEXT NOT NULL,
  status          TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'claimed', 'sent', 'failed', 'unknown', 'missed', 'skipped')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  claimed_by      TEXT,
  lease_until     TEXT,
  channel_id      TEXT,
  message_ts      TEXT,
  error           TEXT,                                            -- Slack's error code, or why it was skipped
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  sent_at         TEXT
);
CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at);
CREATE INDEX deliveries_cohort ON deliveries (cohort_id, kind, status);
CREATE INDEX deliveries_subject ON deliveries (kind, subject_id);
