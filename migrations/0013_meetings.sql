-- Meetings booked in Slack, and the mentors' preparation series (PRODUCT.md §12.2, §12.6).

-- A meeting one member of a pair booked for both. Rescheduling changes the time in place and raises `sequence`
-- (the invitation's SEQUENCE: calendars replace the event with the same UID); cancelling sets `status` and raises
-- it once more. What is posted about it goes through the delivery ledger, keyed by meeting and sequence:
--   meeting_notice:pair:<p>:meeting:<m>:seq:<s>    the rm_meeting message (posted, then updated) and its .ics
--   meeting_reminder:pair:<p>:meeting:<m>:seq:<s>  60 minutes before the start
--   meeting_followup:pair:<p>:meeting:<m>:seq:<s>  "Did you meet?" after the end
-- so a moved meeting gets the reminder and follow-up of its new time only (the old ones are skipped).
CREATE TABLE meetings (
  id            INTEGER PRIMARY KEY,
  pair_id       INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
  cohort_id     INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  uid           TEXT NOT NULL UNIQUE,                             -- the invitation's UID, the same for every change
  booked_by     TEXT NOT NULL,                                    -- who booked (or last moved) it; former:<n> after forget-me
  starts_at     TEXT NOT NULL,                                    -- UTC instant
  minutes       INTEGER NOT NULL CHECK (minutes IN (30, 45, 60)),
  place         TEXT,                                             -- a video link or a place, at most 200 characters
  cycle         INTEGER NOT NULL CHECK (cycle >= 1),              -- the session the start falls in (its counts)
  status        TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled')),
  outcome       TEXT CHECK (outcome IN ('held', 'not_held')),     -- the answer to "Did you meet?"
  answered_by   TEXT,
  sequence      INTEGER NOT NULL DEFAULT 0,
  channel_id    TEXT,                                             -- the pair's group DM, where the rm_meeting message is
  message_ts    TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX meetings_pair ON meetings (pair_id, starts_at);
CREATE INDEX meetings_cohort ON meetings (cohort_id, cycle);

-- "Got it" on a preparation message: who read which part, in which cohort. Organizers see counts only.
CREATE TABLE preparation_reads (
  cohort_id   INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  user_id     TEXT NOT NULL,
  part        TEXT NOT NULL CHECK (part IN ('session', 'feedback', 'confidentiality', 'mentee')),
  at          TEXT NOT NULL,
  PRIMARY KEY (cohort_id, user_id, part)
);
CREATE INDEX preparation_reads_user ON preparation_reads (user_id);
