-- Reflections, and what "forget me" leaves behind (PRODUCT.md §7).

-- One reflection per person per prompt (that is, per pair and cycle), editable until the cycle closes. Saving
-- again replaces the row. learned and next_step are personal text: never logged; read by their author, and by
-- organizers only as far as `sharing` allows (services/reflections.ts). The scheduler empties them once they are
-- older than REFLECTION_RETENTION_DAYS; forget-me empties them at once. The row itself stays for the counts.
CREATE TABLE reflections (
  id              INTEGER PRIMARY KEY,
  prompt_id       INTEGER NOT NULL REFERENCES prompts (id) ON DELETE CASCADE,
  pair_id         INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
  cohort_id       INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  cycle           INTEGER NOT NULL CHECK (cycle >= 1),
  user_id         TEXT NOT NULL,                                   -- the author; former:<n> after forget-me
  role            TEXT NOT NULL CHECK (role IN ('mentor', 'mentee')), -- the author's side of the pair
  met             TEXT NOT NULL CHECK (met IN ('yes', 'no', 'rescheduled')),
  rating          INTEGER CHECK (rating BETWEEN 1 AND 5),          -- 1-5 when they met, else NULL
  topic_id        TEXT REFERENCES topics (id) ON DELETE SET NULL,
  learned         TEXT,
  next_step       TEXT,
  sharing         TEXT NOT NULL DEFAULT 'private' CHECK (sharing IN ('private', 'anonymous', 'named')),
  text_removed_at TEXT,                                            -- when learned/next_step were purged or forgotten
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,                                   -- when the text was last written
  UNIQUE (prompt_id, user_id),
  CHECK ((met = 'yes') = (rating IS NOT NULL))
);
CREATE INDEX reflections_cohort ON reflections (cohort_id, cycle);
CREATE INDEX reflections_pair ON reflections (pair_id, cycle);
CREATE INDEX reflections_user ON reflections (user_id);
-- Texts still held: what the retention step looks for on every tick.
CREATE INDEX reflections_text_age ON reflections (updated_at) WHERE learned IS NOT NULL OR next_step IS NOT NULL;

-- Someone who asked to be forgotten. Their Slack user id is replaced everywhere by `former:<id>`, the same
-- placeholder in every table, so counts of people, pairs, meetings and reflections still add up while nothing
-- leads back to them. Nothing here says who they were; the date only (not the instant) limits what it tells.
CREATE TABLE former_participants (
  id              INTEGER PRIMARY KEY,
  role            TEXT CHECK (role IN ('mentor', 'mentee')),       -- for "enrolled mentors and mentees"; NULL if never joined
  forgotten_on    TEXT NOT NULL                                    -- YYYY-MM-DD
);

-- Their enrollments: `enrollments` belongs to a participant's profile (deleted with it), so the cohort's count of
-- people enrolled keeps them here instead (see cohortMembership in services/reflections.ts).
CREATE TABLE former_enrollments (
  cohort_id       INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  former_id       INTEGER NOT NULL REFERENCES former_participants (id) ON DELETE CASCADE,
  PRIMARY KEY (cohort_id, former_id)
);
