-- The organizer's digest (PRODUCT.md §7, issue 16): at-risk news goes out as one direct message per organizer,
-- cohort and session, at the organizer's working hours, instead of one message per pair.

-- Every time the scheduler finds a pair at risk it records why, once per pair, session and reason. A digest
-- reports each row once; a pair reported before and found at risk again is "still at risk", not news.
CREATE TABLE at_risk_flags (
  id         INTEGER PRIMARY KEY,
  pair_id    INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
  cohort_id  INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  cycle      INTEGER NOT NULL,                                    -- the pair's session when it was found at risk
  reason     TEXT NOT NULL,                                       -- not_met, low_rating, rematch, …
  seen_at    TEXT NOT NULL,
  UNIQUE (pair_id, cycle, reason)
);
CREATE INDEX at_risk_flags_cohort ON at_risk_flags (cohort_id, id);

-- What each digest told its organizer: one row per item (an at-risk flag, a rematch request, a summary that could
-- not be posted, …), written with the digest's ledger row. An item counts as told once that row is `sent`, or
-- `unknown` (it may have arrived: a duplicate is worse than a rare miss).
CREATE TABLE digest_items (
  delivery_id INTEGER NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
  section     TEXT NOT NULL,                                      -- at_risk, rematch, channel, …
  subject_id  INTEGER NOT NULL,                                   -- the flag, request or ledger row told about
  PRIMARY KEY (delivery_id, section, subject_id)
);
CREATE INDEX digest_items_subject ON digest_items (section, subject_id);

-- A cohort's deliveries of one kind, newest first (the last summary, whether it could be posted).
CREATE INDEX deliveries_cohort_kind_id ON deliveries (cohort_id, kind, id);

-- The per-pair notices the digest replaces: any still waiting are not sent.
UPDATE deliveries SET status = 'skipped', error = 'replaced_by_digest', updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
 WHERE kind = 'at_risk' AND status = 'pending';
