import type { Db } from '../open';
import type { Role } from '../../domain';

/**
 * The SQL behind "forget me" (PRODUCT.md §7), table by table. Each function replaces a person's Slack user id
 * with their placeholder (`former:<n>`) where a row must stay for the counts, and deletes or empties what is
 * theirs alone. Run them together in one transaction (services/forget-me.ts); a table added later that holds a
 * user id must be added here too (test/e2e/forget-me.test.ts scans every table to catch one that is not).
 */

/** Records a forgotten person and returns the number in their placeholder. */
export function insertFormerParticipant(db: Db, role: Role | null, now: Date): number {
  const result = db.prepare('INSERT INTO former_participants (role, forgotten_on) VALUES (?, ?)').run(role, now.toISOString().slice(0, 10));
  return Number(result.lastInsertRowid);
}

/** Keeps the person's place in each cohort's count, under their placeholder. */
export function moveEnrollmentsToFormer(db: Db, userId: string, formerId: number): number {
  const moved = db
    .prepare('INSERT OR IGNORE INTO former_enrollments (cohort_id, former_id) SELECT cohort_id, ? FROM enrollments WHERE user_id = ?')
    .run(formerId, userId).changes;
  db.prepare('DELETE FROM enrollments WHERE user_id = ?').run(userId);
  return moved;
}

/** The pairs the person is in (any status), with their partner: for ending them and telling the partner. */
export function pairsOfPerson(
  db: Db,
  userId: string,
): Array<{ pairId: number; cohortId: number; status: 'active' | 'ended'; partnerId: string; role: 'mentor' | 'mentee' }> {
  return (
    db
      .prepare(
        `SELECT id, cohort_id, status, CASE WHEN mentor_id = @userId THEN mentee_id ELSE mentor_id END AS partner_id,
                CASE WHEN mentor_id = @userId THEN 'mentor' ELSE 'mentee' END AS role
           FROM pairs WHERE mentor_id = @userId OR mentee_id = @userId ORDER BY id`,
      )
      .all({ userId }) as Array<{ id: number; cohort_id: number; status: 'active' | 'ended'; partner_id: string; role: 'mentor' | 'mentee' }>
  ).map((row) => ({ pairId: row.id, cohortId: row.cohort_id, status: row.status, partnerId: row.partner_id, role: row.role }));
}

/**
 * Pairs stay (they are counted) with the placeholder in the person's seat. The group DM id is forgotten with the
 * person, on the pair, on its prompts and on the ledger rows posted there.
 */
export function anonymizePairs(db: Db, userId: string, placeholder: string): void {
  const pairIds = `SELECT id FROM pairs WHERE mentor_id = @userId OR mentee_id = @userId`;
  db.prepare(
    `UPDATE deliveries SET channel_id = NULL, message_ts = NULL
      WHERE channel_id IN (SELECT channel_id FROM pairs WHERE channel_id IS NOT NULL AND id IN (${pairIds}))`,
  ).run({ userId });
  db.prepare(`UPDATE prompts SET channel_id = NULL, message_ts = NULL WHERE pair_id IN (${pairIds})`).run({ userId });
  db.prepare(`UPDATE pairs SET channel_id = NULL WHERE id IN (${pairIds})`).run({ userId });
  db.prepare('UPDATE pairs SET mentor_id = @placeholder WHERE mentor_id = @userId').run({ userId, placeholder });
  db.prepare('UPDATE pairs SET mentee_id = @placeholder WHERE mentee_id = @userId').run({ userId, placeholder });
  db.prepare('UPDATE pairs SET created_by = @placeholder WHERE created_by = @userId').run({ userId, placeholder });
}

/** Meetings and reflections stay counted; the reflection texts and the rematch reasons go. */
export function anonymizeResponses(db: Db, userId: string, placeholder: string, now: Date): void {
  const at = now.toISOString();
  db.prepare('UPDATE prompt_responses SET user_id = ? WHERE user_id = ?').run(placeholder, userId);
  db.prepare('UPDATE prompts SET topic_changed_by = ? WHERE topic_changed_by = ?').run(placeholder, userId);
  db.prepare(
    `UPDATE reflections SET user_id = ?, learned = NULL, next_step = NULL,
       text_removed_at = CASE WHEN learned IS NOT NULL OR next_step IS NOT NULL THEN ? ELSE text_removed_at END
      WHERE user_id = ?`,
  ).run(placeholder, at, userId);
  db.prepare('UPDATE rematch_requests SET user_id = ?, reason = NULL WHERE user_id = ?').run(placeholder, userId);
}

/**
 * The agreement, the check-in and the final evaluation (migrations/0014_outcomes.sql) stay counted; their texts go
 * (goals, hopes, the note for the organizers, what will change), and so does what the person said about the next
 * cohort. The partner's own part of the agreement is theirs, and stays.
 */
export function anonymizeOutcomes(db: Db, userId: string, placeholder: string, now: Date): void {
  const at = now.toISOString();
  db.prepare(
    `UPDATE agreement_parts SET user_id = ?, goals = NULL, hopes = NULL,
       text_removed_at = CASE WHEN goals IS NOT NULL OR hopes IS NOT NULL THEN ? ELSE text_removed_at END
      WHERE user_id = ?`,
  ).run(placeholder, at, userId);
  db.prepare(
    `UPDATE checkins SET user_id = ?, note = NULL, text_removed_at = CASE WHEN note IS NOT NULL THEN ? ELSE text_removed_at END
      WHERE user_id = ?`,
  ).run(placeholder, at, userId);
  db.prepare(
    `UPDATE final_evaluations SET user_id = ?, changed = NULL, text_removed_at = CASE WHEN changed IS NOT NULL THEN ? ELSE text_removed_at END
      WHERE user_id = ?`,
  ).run(placeholder, at, userId);
  db.prepare('DELETE FROM next_cohort_choices WHERE user_id = ?').run(userId);
}

/** Agreement messages posted in the person's pairs' group messages (they hold both members' words). */
export function postedAgreementsOf(db: Db, userId: string): Array<{ pairId: number; channel: string; ts: string }> {
  return (
    db
      .prepare(
        `SELECT p.id AS pair_id, d.channel_id, d.message_ts FROM pairs p JOIN deliveries d ON d.dedupe_key = 'agreement:pair:' || p.id
          WHERE (p.mentor_id = @userId OR p.mentee_id = @userId) AND d.status = 'sent' AND d.channel_id IS NOT NULL AND d.message_ts IS NOT NULL`,
      )
      .all({ userId }) as Array<{ pair_id: number; channel_id: string; message_ts: string }>
  ).map((row) => ({ pairId: row.pair_id, channel: row.channel_id, ts: row.message_ts }));
}

/**
 * Topic choices go with the profile (ON DELETE CASCADE); votes are removed by topic-votes.deleteVotesOf.
 * Suggestions: one still waiting for review, or turned down, is the person's words alone, so it is withdrawn
 * (rejected, undecided by anyone) and its text deleted; the id stays taken so it is never given to another
 * suggestion. One already approved is the programme's now (an organizer settled its wording and wrote its
 * questions, and prompts may have used it): it stays, without its author.
 */
export function anonymizeTopics(db: Db, userId: string, placeholder: string, now: Date): void {
  const ownUndecided = `SELECT id FROM topics WHERE source = 'suggested' AND suggested_by = @userId AND status IN ('pending', 'rejected')`;
  db.prepare(`DELETE FROM topic_texts WHERE topic_id IN (${ownUndecided})`).run({ userId });
  db.prepare(`UPDATE topics SET status = 'rejected', decided_at = @at WHERE source = 'suggested' AND suggested_by = @userId AND status = 'pending'`).run({
    userId,
    at: now.toISOString(),
  });
  db.prepare('UPDATE topics SET suggested_by = NULL WHERE suggested_by = ?').run(userId);
  db.prepare('UPDATE topics SET decided_by = ? WHERE decided_by = ?').run(placeholder, userId);
}

/** The profile and its topic choices (cascade); other people's profiles stop naming them as a manager. */
export function deleteProfile(db: Db, userId: string): boolean {
  db.prepare('UPDATE participants SET manager_id = NULL WHERE manager_id = ?').run(userId);
  return db.prepare('DELETE FROM participants WHERE user_id = ?').run(userId).changes > 0;
}

/** Organizer records: their own row goes; what they did (created a cohort, ran a match…) stays under the placeholder. */
export function anonymizeOrganizerRecords(db: Db, userId: string, placeholder: string): void {
  db.prepare('DELETE FROM organizers WHERE user_id = ?').run(userId);
  db.prepare('UPDATE organizers SET added_by = ? WHERE added_by = ?').run(placeholder, userId);
  db.prepare('UPDATE cohorts SET created_by = ? WHERE created_by = ?').run(placeholder, userId);
  // A match run's progress message is in the channel where the organizer ran it: forgotten if that was their DM.
  db.prepare(
    `UPDATE match_runs SET progress_channel = NULL, progress_ts = NULL
      WHERE (requested_by = @userId OR confirmed_by = @userId) AND progress_channel GLOB 'D*'`,
  ).run({ userId });
  db.prepare('UPDATE match_runs SET requested_by = ? WHERE requested_by = ?').run(placeholder, userId);
  db.prepare('UPDATE match_runs SET confirmed_by = ? WHERE confirmed_by = ?').run(placeholder, userId);
  // The stored result is JSON; a Slack user id only ever appears there as a whole string value.
  db.prepare('UPDATE match_runs SET result = REPLACE(result, ?, ?) WHERE INSTR(result, ?) > 0').run(
    JSON.stringify(userId),
    JSON.stringify(placeholder),
    JSON.stringify(userId),
  );
}

/**
 * The ledger: pending messages to the person are skipped; every row addressed to them or keyed by their id keeps
 * its place (and its count) under the placeholder, without the DM channel it was posted in.
 */
export function anonymizeDeliveries(db: Db, userId: string, placeholder: string, now: Date): number {
  const at = now.toISOString();
  const skipped = db
    .prepare("UPDATE deliveries SET status = 'skipped', error = 'forgotten', updated_at = ? WHERE status = 'pending' AND user_id = ?")
    .run(at, userId).changes;
  db.prepare('UPDATE deliveries SET user_id = ?, channel_id = NULL, message_ts = NULL WHERE user_id = ?').run(placeholder, userId);
  // Dedupe keys are `:`-separated segments, one of which may be the id (e.g. reminder:prompt:5:user:U123).
  const keyed = db
    .prepare("SELECT id, dedupe_key FROM deliveries WHERE dedupe_key = ? OR dedupe_key GLOB ? OR dedupe_key GLOB ? OR dedupe_key GLOB ?")
    .all(userId, `${userId}:*`, `*:${userId}`, `*:${userId}:*`) as Array<{ id: number; dedupe_key: string }>;
  const rekey = db.prepare('UPDATE deliveries SET dedupe_key = ? WHERE id = ?');
  for (const row of keyed) {
    rekey.run(
      row.dedupe_key
        .split(':')
        .map((segment) => (segment === userId ? placeholder : segment))
        .join(':'),
      row.id,
    );
  }
  return skipped;
}

/** A cohort's enrolled people by role, counting forgotten people (under their placeholder) among the former. */
export interface EnrollmentCountsRow {
  mentors: number;
  mentees: number;
  formerMentors: number;
  formerMentees: number;
  /** Former participants whose role is unknown (they never had a profile). */
  formerOther: number;
}

export function enrollmentCountsWithFormer(db: Db, cohortId: number): EnrollmentCountsRow {
  const row = db
    .prepare(
      `SELECT
         (SELECT COUNT(*) FROM enrollments e JOIN participants p ON p.user_id = e.user_id WHERE e.cohort_id = @cohortId AND p.role = 'mentor') AS mentors,
         (SELECT COUNT(*) FROM enrollments e JOIN participants p ON p.user_id = e.user_id WHERE e.cohort_id = @cohortId AND p.role = 'mentee') AS mentees,
         (SELECT COUNT(*) FROM former_enrollments fe JOIN former_participants f ON f.id = fe.former_id
           WHERE fe.cohort_id = @cohortId AND f.role = 'mentor') AS former_mentors,
         (SELECT COUNT(*) FROM former_enrollments fe JOIN former_participants f ON f.id = fe.former_id
           WHERE fe.cohort_id = @cohortId AND f.role = 'mentee') AS former_mentees,
         (SELECT COUNT(*) FROM former_enrollments fe JOIN former_participants f ON f.id = fe.former_id
           WHERE fe.cohort_id = @cohortId AND f.role IS NULL) AS former_other`,
    )
    .get({ cohortId }) as { mentors: number; mentees: number; former_mentors: number; former_mentees: number; former_other: number };
  return {
    mentors: row.mentors,
    mentees: row.mentees,
    formerMentors: row.former_mentors,
    formerMentees: row.former_mentees,
    formerOther: row.former_other,
  };
}
