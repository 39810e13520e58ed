-- Organizer summaries and the CSV export (PRODUCT.md §8) read a whole cohort at once: for 5,000 people over
-- 12 weeks that is 30,000 prompts and some 50,000 reflections. These indexes let those reads be answered from the
-- indexes alone, without visiting the rows (reflections carry their texts; prompts their questions).

-- Per prompt: who reflected, whether they said they met, and their rating (the meeting rate, the topics of
-- meetings, each member's rating in the export).
CREATE INDEX reflections_prompt_outcome ON reflections (prompt_id, user_id, met, rating);

-- A cohort's prompts by cycle with what a summary needs: whether they were posted (and their ledger row, for
-- prompts whose post was recorded on the ledger only) and their topic. It replaces prompts_cohort, its prefix.
CREATE INDEX prompts_cohort_outcome ON prompts (cohort_id, cycle, posted_at, delivery_id, topic_id);
DROP INDEX prompts_cohort;

-- A cohort's ratings: the average and distribution of a summary.
CREATE INDEX reflections_cohort_rating ON reflections (cohort_id, rating) WHERE rating IS NOT NULL;
