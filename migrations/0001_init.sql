-- Reverse Mentor: the programme's core records. Times are ISO-8601 UTC text; dates are YYYY-MM-DD.

-- One profile per Slack user who opted in (PRODUCT.md §2).
CREATE TABLE participants (
  user_id       TEXT PRIMARY KEY,                                   -- Slack user id
  role          TEXT NOT NULL CHECK (role IN ('mentor', 'mentee')),
  department    TEXT NOT NULL,
  seniority     TEXT NOT NULL CHECK (seniority IN ('0-2', '3-5', '6-10', '11-20', '20+')),
  manager_id    TEXT,                                               -- Slack user id, optional
  goals         TEXT,                                               -- personal text: never logged, never in summaries
  meeting_pref  TEXT CHECK (meeting_pref IN ('video', 'in_person', 'either')),
  display_name  TEXT,                                               -- from users.info, for organizer views and exports
  timezone      TEXT,                                               -- IANA zone from users.info; NULL = unknown
  locale        TEXT,                                               -- Slack locale, e.g. en-US, sv-SE
  status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'left')),
  paused_until  TEXT,                                               -- instant the pause ends (status = paused)
  agreed_at     TEXT NOT NULL,                                      -- when they accepted the confidentiality rule
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);

CREATE TABLE topics (
  id            TEXT PRIMARY KEY,                                   -- stable slug; option value in Slack
  status        TEXT NOT NULL DEFAULT 'approved' CHECK (status IN ('pending', 'approved', 'rejected')),
  source        TEXT NOT NULL DEFAULT 'catalogue' CHECK (source IN ('catalogue', 'suggested')),
  suggested_by  TEXT,                                               -- Slack user id for suggestions
  sort_order    INTEGER NOT NULL DEFAULT 1000,
  created_at    TEXT NOT NULL
);

CREATE TABLE topic_texts (
  topic_id      TEXT NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
  locale        TEXT NOT NULL CHECK (locale IN ('en', 'sv')),
  title         TEXT NOT NULL,
  description   TEXT NOT NULL,
  questions     TEXT NOT NULL,                                      -- JSON array of discussion questions
  PRIMARY KEY (topic_id, locale)
);

CREATE TABLE participant_topics (
  user_id       TEXT NOT NULL REFERENCES participants (user_id) ON DELETE CASCADE,
  topic_id      TEXT NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,                                   -- order chosen in the join modal
  PRIMARY KEY (user_id, topic_id)
);
CREATE INDEX participant_topics_topic ON participant_topics (topic_id);

CREATE TABLE cohorts (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL,
  start_date      TEXT NOT NULL,                                    -- YYYY-MM-DD in the cohort's zone
  weeks           INTEGER NOT NULL DEFAULT 12 CHECK (weeks BETWEEN 1 AND 52),
  cadence         TEXT NOT NULL DEFAULT 'weekly' CHECK (cadence IN ('weekly', 'biweekly')),
  nudge_day       TEXT NOT NULL DEFAULT 'mon' CHECK (nudge_day IN ('mon', 'tue', 'wed', 'thu', 'fri')),
  nudge_time      TEXT NOT NULL DEFAULT '09:00',                    -- HH:MM local
  timezone        TEXT NOT NULL,
  summary_channel TEXT NOT NULL,
  capacity        INTEGER NOT NULL DEFAULT 1 CHECK (capacity BETWEEN 1 AND 3),
  status          TEXT NOT NULL DEFAULT 'enrolling' CHECK (status IN ('enrolling', 'active', 'completed')),
  created_by      TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  completed_at    TEXT
);
-- At most one cohort takes new participants at a time (PRODUCT.md §2, Enrollment).
CREATE UNIQUE INDEX cohorts_one_enrolling ON cohorts (status) WHERE status = 'enrolling';

CREATE TABLE enrollments (
  cohort_id     INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  user_id       TEXT NOT NULL REFERENCES participants (user_id) ON DELETE CASCADE,
  enrolled_at   TEXT NOT NULL,
  PRIMARY KEY (cohort_id, user_id)
);
CREATE INDEX enrollments_user ON enrollments (user_id);

-- Organizers added in Slack, beyond ORGANIZER_USER_IDS.
CREATE TABLE organizers (
  user_id       TEXT PRIMARY KEY,
  added_by      TEXT NOT NULL,
  added_at      TEXT NOT NULL
);
