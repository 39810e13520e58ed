-- Pairs and the organizer's match runs (PRODUCT.md §5).

-- A mentor with a mentee in a cohort. A mentor may have up to the cohort's capacity of active pairs.
CREATE TABLE pairs (
  id          INTEGER PRIMARY KEY,
  cohort_id   INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  mentor_id   TEXT NOT NULL,
  mentee_id   TEXT NOT NULL,
  score       REAL NOT NULL DEFAULT 0,
  reasons     TEXT NOT NULL DEFAULT '[]',                         -- JSON: the matching engine's reason codes
  source      TEXT NOT NULL CHECK (source IN ('matched', 'manual')),
  status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ended')),
  channel_id  TEXT,                                               -- the pair's group DM, opened once
  created_by  TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  ended_at    TEXT,
  CHECK (mentor_id <> mentee_id)
);
-- A mentee has one active mentor per cohort; the same two people are never paired twice in a cohort.
CREATE UNIQUE INDEX pairs_active_mentee ON pairs (cohort_id, mentee_id) WHERE status = 'active';
CREATE UNIQUE INDEX pairs_once_per_cohort ON pairs (cohort_id, mentor_id, mentee_id);
CREATE INDEX pairs_mentor ON pairs (mentor_id, status);
CREATE INDEX pairs_mentee ON pairs (mentee_id, status);

-- One `match` run: computed in the background, previewed, then confirmed (at most one confirmed per cohort).
CREATE TABLE match_runs (
  id            INTEGER PRIMARY KEY,
  cohort_id     INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  requested_by  TEXT NOT NULL,
  status        TEXT NOT NULL DEFAULT 'computing'
                  CHECK (status IN ('computing', 'ready', 'confirmed', 'superseded', 'failed')),
  result        TEXT,                                             -- JSON MatchResult (pairs, scores, reasons, unmatched)
  total_score   REAL,
  created_at    TEXT NOT NULL,
  confirmed_by  TEXT,
  confirmed_at  TEXT,
  progress_channel TEXT,                                          -- where the organizer follows the introductions
  progress_ts   TEXT
);
CREATE UNIQUE INDEX match_runs_one_confirmed ON match_runs (cohort_id) WHERE status = 'confirmed';

-- Private requests for a new partner; only organizers see them (PRODUCT.md §3 rematch).
CREATE TABLE rematch_requests (
  id          INTEGER PRIMARY KEY,
  pair_id     INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
  user_id     TEXT NOT NULL,
  reason      TEXT,                                               -- personal text: organizers only, never logged
  status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
  created_at  TEXT NOT NULL,
  resolved_at TEXT
);
CREATE INDEX rematch_requests_pair ON rematch_requests (pair_id);
