-- The weekly prompts' schedule (PRODUCT.md §6). One row per pair and cycle; the message itself goes through the
-- delivery ledger (kind 'nudge', dedupe key nudge:pair:<pair id>:cycle:<k>), whose row is linked here.
--
-- The scheduler plans a pair's rows as they come: every cycle already due plus the next one, so the next
-- prompt of every pair is always on record (for `status`), a pair made mid-cohort gets the cycles that remain,
-- and an upcoming row is re-timed when a member's time zone changes. The topic is chosen when the prompt is
-- delivered (so a topic swapped with `nudge_new_topic` is never planned again) and kept for retries.
CREATE TABLE prompts (
  id              INTEGER PRIMARY KEY,
  pair_id         INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
  cohort_id       INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  cycle           INTEGER NOT NULL CHECK (cycle >= 1),
  due_at          TEXT NOT NULL,                                   -- the latest of the nudge time in both members' zones
  delivery_id     INTEGER REFERENCES deliveries (id) ON DELETE SET NULL,
  topic_id        TEXT REFERENCES topics (id) ON DELETE SET NULL,  -- NULL until delivered
  locale          TEXT CHECK (locale IN ('en', 'sv')),             -- the pair's language when it was posted
  questions       TEXT NOT NULL DEFAULT '[]',                      -- JSON: the 2-3 questions shown, as shown
  passed_topics   TEXT NOT NULL DEFAULT '[]',                      -- JSON: topics swapped away with nudge_new_topic
  channel_id      TEXT,                                            -- where it was posted (the pair's group DM)
  message_ts      TEXT,
  posted_at       TEXT,
  reminders_planned_at TEXT,                                       -- when the 72-hour reminders were put in the ledger
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  UNIQUE (pair_id, cycle)
);
CREATE INDEX prompts_cohort ON prompts (cohort_id, cycle);
CREATE INDEX prompts_delivery ON prompts (delivery_id);
-- Prompts whose reminders are not planned yet (the upcoming one per pair, and any just posted): every tick looks.
CREATE INDEX prompts_awaiting_reminders ON prompts (id) WHERE reminders_planned_at IS NULL;

-- What each member did about a prompt: pressed "We met" or "Skip this week", or reflected (recorded by the
-- reflection flow). `met` and `skipped` exclude each other per person; `reflected` stands beside either. A
-- member with no row here 72 hours after the prompt gets one reminder.
CREATE TABLE prompt_responses (
  prompt_id   INTEGER NOT NULL REFERENCES prompts (id) ON DELETE CASCADE,
  user_id     TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('met', 'skipped', 'reflected')),
  at          TEXT NOT NULL,
  PRIMARY KEY (prompt_id, user_id, kind)
);
CREATE INDEX prompt_responses_user ON prompt_responses (user_id);
