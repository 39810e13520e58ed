-- Following the introductions after a match is confirmed (PRODUCT.md §5): the organizer's progress message is
-- updated as introductions go out, in the organizer's language, and only when the counts change.
ALTER TABLE match_runs ADD COLUMN progress_locale TEXT;          -- language of the progress message (en, sv)
ALTER TABLE match_runs ADD COLUMN progress_state TEXT;           -- the counts last shown, so an unchanged message is not re-sent
ALTER TABLE match_runs ADD COLUMN progress_done_at TEXT;         -- when the message showed the final count

-- The latest run of a cohort is looked up on every preview button.
CREATE INDEX match_runs_cohort ON match_runs (cohort_id, status, id);
CREATE INDEX pairs_cohort ON pairs (cohort_id, status);
CREATE INDEX rematch_requests_user ON rematch_requests (user_id, status);
