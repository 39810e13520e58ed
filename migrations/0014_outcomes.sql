-- From goals to outcomes (PRODUCT.md §12.1, §12.3–§12.5; issue 18): the kickoff agreement, the midpoint
-- check-in, the final evaluation with its 30-day follow-up, and who wants to come back in the next cohort.
--
-- Texts here are personal (goals, hopes, notes for the organizers, what will change): never logged; read only as
-- the services allow (services/agreements.ts, checkins.ts, final-evaluations.ts); emptied by forget-me at once and
-- by the retention step once older than REFLECTION_RETENTION_DAYS. The rows stay for the counts, under the
-- forgotten person's `former:<n>` placeholder.

-- Each member's own part of the pair's kickoff agreement: the mentee's goals, the mentor's hopes, how often each
-- means to meet and which ground rules they agree to. Goals and hopes are the pair's alone: organizers learn only
-- how many pairs have an agreement.
CREATE TABLE agreement_parts (
  pair_id         INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
  role            TEXT NOT NULL CHECK (role IN ('mentor', 'mentee')),
  user_id         TEXT NOT NULL,                                   -- the author; former:<n> after forget-me
  goals           TEXT,                                            -- the mentee's 1–3 learning goals, one a line
  hopes           TEXT,                                            -- what the mentor hopes to get out of it
  cadence         TEXT NOT NULL CHECK (cadence IN ('weekly', 'biweekly', 'monthly')),
  norms           TEXT NOT NULL DEFAULT '[]',                      -- JSON: confidential, notice, candour
  text_removed_at TEXT,                                            -- when goals/hopes were purged or forgotten
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  PRIMARY KEY (pair_id, role)
);
CREATE INDEX agreement_parts_user ON agreement_parts (user_id);
CREATE INDEX agreement_parts_text_age ON agreement_parts (updated_at) WHERE goals IS NOT NULL OR hopes IS NOT NULL;

-- The midpoint check-in, one per member of a pair, asked with the prompt of session ceil(N/2).
CREATE TABLE checkins (
  id              INTEGER PRIMARY KEY,
  pair_id         INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
  cohort_id       INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  cycle           INTEGER NOT NULL CHECK (cycle >= 1),             -- the session it was asked with
  user_id         TEXT NOT NULL,
  role            TEXT NOT NULL CHECK (role IN ('mentor', 'mentee')),
  relationship    INTEGER NOT NULL CHECK (relationship BETWEEN 1 AND 5),
  progress        TEXT NOT NULL CHECK (progress IN ('not_started', 'some', 'on_track', 'achieved')),
  note            TEXT,                                            -- for the organizers, with the author's name
  text_removed_at TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  UNIQUE (pair_id, user_id)
);
CREATE INDEX checkins_cohort ON checkins (cohort_id, relationship, progress);
CREATE INDEX checkins_user ON checkins (user_id);
CREATE INDEX checkins_text_age ON checkins (updated_at) WHERE note IS NOT NULL;

-- The final evaluation, one per member of a pair, asked with the last session's prompt; and the mentee's answer to
-- the 30-day follow-up on what they said they would do differently.
CREATE TABLE final_evaluations (
  id              INTEGER PRIMARY KEY,
  pair_id         INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
  cohort_id       INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  user_id         TEXT NOT NULL,
  role            TEXT NOT NULL CHECK (role IN ('mentor', 'mentee')),
  goals_met       INTEGER NOT NULL CHECK (goals_met BETWEEN 1 AND 5),
  changed         TEXT,                                            -- required when saved; NULL once purged or forgotten
  sharing         TEXT NOT NULL DEFAULT 'private' CHECK (sharing IN ('private', 'anonymous', 'named')),
  recommend       INTEGER NOT NULL CHECK (recommend BETWEEN 0 AND 10),
  again           TEXT CHECK (again IN ('mentor', 'mentee', 'no')),
  followup        TEXT CHECK (followup IN ('done', 'partly', 'not_yet')),
  followup_at     TEXT,
  text_removed_at TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  UNIQUE (pair_id, user_id)
);
CREATE INDEX final_evaluations_cohort ON final_evaluations (cohort_id, role, goals_met, recommend, again, followup);
CREATE INDEX final_evaluations_user ON final_evaluations (user_id);
CREATE INDEX final_evaluations_text_age ON final_evaluations (updated_at) WHERE changed IS NOT NULL;

-- What someone said about the next cohort in their final evaluation: `mentor` or `mentee` puts them on the waiting
-- list (enrolled in that role when an organizer creates the next cohort, and told so); `no` keeps them out of it.
-- `leave`, forget-me, or joining again (the join modal is their newest word) takes them off.
CREATE TABLE next_cohort_choices (
  user_id         TEXT PRIMARY KEY,
  choice          TEXT NOT NULL CHECK (choice IN ('mentor', 'mentee', 'no')),
  from_cohort_id  INTEGER REFERENCES cohorts (id) ON DELETE SET NULL,
  created_at      TEXT NOT NULL
);

-- A cohort's ratings by session: the published rating figures are built from closed sessions, session by session
-- (services/anonymity.ts).
CREATE INDEX reflections_cohort_cycle_rating ON reflections (cohort_id, cycle, rating) WHERE rating IS NOT NULL;
