import type { Db } from '../../src/db/open';
import { completeCohort, type Cohort } from '../../src/db/repositories/cohorts';
import { findDeliveryByKey, listDeliveries, scheduleDelivery } from '../../src/db/repositories/deliveries';
import { insertRematchRequest, type Pair } from '../../src/db/repositories/pairs';
import { insertPrompt, linkPromptDelivery, recordPromptPosted } from '../../src/db/repositories/prompts';
import { recordAtRiskFlags } from '../../src/services/at-risk';
import { collectDigest, DIGEST_KIND, digestGate, digestKey, planDigests, prepareDigest, type Digest } from '../../src/services/digest';
import { stillAtRisk } from '../../src/services/digest-sections';
import { freshDatabase } from '../helpers/db';
import { addCohort, addPair, addPerson } from '../helpers/prompts';
import { cycleDue, postPrompt, seedReflection } from '../helpers/reflections';

const ORG = 'U0ORG00001';
const NY_ORG = 'U0ORG00002';
const HOUR = 60 * 60 * 1000;
const ZONE = 'Europe/Stockholm';
const after = (date: Date, ms: number) => new Date(date.getTime() + ms);

/** Marks the digest row as it ends: sent (told), failed (not told). */
function settle(db: Db, key: string, status: 'sent' | 'failed' | 'unknown'): void {
  db.prepare('UPDATE deliveries SET status = ? WHERE dedupe_key = ?').run(status, key);
}

function prepared(db: Db, key: string, organizers: string[] = [ORG, NY_ORG]): Digest {
  const row = findDeliveryByKey(db, key)!;
  const gate = digestGate(db, row, organizers);
  if ('skipped' in gate) throw new Error(gate.skipped);
  const result = prepareDigest(db, row.id, gate);
  if ('skipped' in result) throw new Error(result.skipped);
  return result.digest;
}

describe("the organizer's digest: one message per organizer, cohort and session, with what is new", () => {
  let db: Db;
  let cohort: Cohort;
  let pair: Pair;
  let other: Pair;
  const T1 = cycleDue(1);

  beforeEach(() => {
    ({ db } = freshDatabase());
    cohort = addCohort(db, { weeks: 8 });
    pair = addPair(db, { cohort, mentor: { userId: 'U0MEN00001', role: 'mentor' }, mentee: { userId: 'U0MEE00001', role: 'mentee' } });
    other = addPair(db, { cohort, mentor: { userId: 'U0MEN00002', role: 'mentor' }, mentee: { userId: 'U0MEE00002', role: 'mentee' } });
    addPerson(db, { userId: NY_ORG, role: 'mentor', timezone: 'America/New_York' });
    postPrompt(db, pair, 1);
    postPrompt(db, other, 1);
  });

  function lowRating(target: Pair, cycle: number, promptId: number, at: Date): void {
    seedReflection(db, target, cycle, { promptId, userId: target.menteeId, rating: 2 }, at);
    recordAtRiskFlags(db, at);
  }

  it('plans nothing without news, then one per organizer and session, due at their next working hour', () => {
    recordAtRiskFlags(db, T1);
    expect(planDigests(db, [ORG, NY_ORG], ZONE, T1)).toBe(0);

    const prompt = (db.prepare('SELECT id FROM prompts WHERE pair_id = ? AND cycle = 1').get(pair.id) as { id: number }).id;
    // Monday 23:00 in Stockholm, 18:00 in New York: the news waits for each organizer's morning.
    const evening = after(T1, 14 * HOUR);
    lowRating(pair, 1, prompt, evening);
    expect(planDigests(db, [ORG, NY_ORG], ZONE, evening)).toBe(2);
    expect(planDigests(db, [ORG, NY_ORG], ZONE, after(evening, HOUR))).toBe(0);
    const rows = listDeliveries(db, { kind: DIGEST_KIND });
    expect(rows.map((row) => [row.dedupeKey, row.dueAt])).toEqual([
      // Tuesday 09:00 in Stockholm (the default zone: this organizer has no profile)…
      [digestKey(cohort.id, 1, ORG), '2026-03-17T08:00:00.000Z'],
      // …and 09:00 in New York for the organizer whose profile says so (summer time there from 8 March).
      [digestKey(cohort.id, 1, NY_ORG), '2026-03-17T13:00:00.000Z'],
    ]);
  });

  it('tells a pair newly at risk once; found at risk again next session it is "still at risk", not news', () => {
    const p1 = (db.prepare('SELECT id FROM prompts WHERE pair_id = ? AND cycle = 1').get(pair.id) as { id: number }).id;
    lowRating(pair, 1, p1, after(T1, HOUR));
    expect(planDigests(db, [ORG], ZONE, after(T1, HOUR))).toBe(1);
    const first = prepared(db, digestKey(cohort.id, 1, ORG));
    expect(first.sections).toEqual([
      { kind: 'at_risk', newly: [{ pairId: pair.id, mentorId: pair.mentorId, menteeId: pair.menteeId, reasons: [{ reason: 'low_rating', cycle: 1 }] }], still: [] },
    ]);
    settle(db, digestKey(cohort.id, 1, ORG), 'sent');

    // Session 2: the same pair rates low again. Still at risk, which alone is no reason to write.
    const p2 = postPrompt(db, pair, 2);
    postPrompt(db, other, 2);
    lowRating(pair, 2, p2, after(cycleDue(2), HOUR));
    expect(planDigests(db, [ORG], ZONE, after(cycleDue(2), HOUR))).toBe(0);

    // The other pair asks for a new partner: news. The digest tells it, and lists the first pair as still at risk.
    insertRematchRequest(db, { pairId: other.id, userId: other.menteeId, reason: 'we never <!channel> meet' }, after(cycleDue(2), 2 * HOUR));
    recordAtRiskFlags(db, after(cycleDue(2), 2 * HOUR));
    expect(planDigests(db, [ORG], ZONE, after(cycleDue(2), 2 * HOUR))).toBe(1);
    const second = prepared(db, digestKey(cohort.id, 2, ORG));
    expect(second.cycle).toBe(2);
    expect(second.sections).toEqual([
      {
        kind: 'at_risk',
        newly: [{ pairId: other.id, mentorId: other.mentorId, menteeId: other.menteeId, reasons: [{ reason: 'rematch', cycle: 2 }] }],
        still: [{ pairId: pair.id, mentorId: pair.mentorId, menteeId: pair.menteeId, reasons: [{ reason: 'low_rating', cycle: 2 }] }],
      },
      {
        kind: 'rematch',
        requests: [expect.objectContaining({ userId: other.menteeId, partnerId: other.mentorId, reason: 'we never <!channel> meet' })],
      },
    ]);
    settle(db, digestKey(cohort.id, 2, ORG), 'unknown');
    // Once told (even if it is unknown whether it arrived), nothing is left to tell.
    expect(collectDigest(db, ORG, cohort)).toEqual([]);
  });

  it('tells again what a failed digest could not', () => {
    const p1 = (db.prepare('SELECT id FROM prompts WHERE pair_id = ? AND cycle = 1').get(pair.id) as { id: number }).id;
    lowRating(pair, 1, p1, after(T1, HOUR));
    planDigests(db, [ORG], ZONE, after(T1, HOUR));
    prepared(db, digestKey(cohort.id, 1, ORG));
    settle(db, digestKey(cohort.id, 1, ORG), 'failed');
    expect(collectDigest(db, ORG, cohort).map((section) => section.content)).toEqual([
      expect.objectContaining({ kind: 'at_risk', newly: [expect.objectContaining({ pairId: pair.id })] }),
    ]);
  });

  it('plans no second digest while one is still waiting: the waiting one carries the later news', () => {
    const p1 = (db.prepare('SELECT id FROM prompts WHERE pair_id = ? AND cycle = 1').get(pair.id) as { id: number }).id;
    lowRating(pair, 1, p1, after(T1, HOUR));
    expect(planDigests(db, [ORG], ZONE, after(T1, HOUR))).toBe(1);
    postPrompt(db, pair, 2);
    insertRematchRequest(db, { pairId: other.id, userId: other.mentorId, reason: null }, cycleDue(2));
    expect(planDigests(db, [ORG], ZONE, after(cycleDue(2), HOUR))).toBe(0);
    const digest = prepared(db, digestKey(cohort.id, 1, ORG));
    expect(digest.sections.map((section) => section.kind)).toEqual(['at_risk', 'rematch']);
  });

  it("takes its session from the prompts: a pair east of the cohort's zone starts a session early, and the digest waits for every pair", () => {
    // Session 2: the first pair (in Sydney) got its prompt on Sunday 22:00 UTC, Monday 09:00 there; the other
    // pair's is due at 09:00 in Stockholm, Monday 08:00 UTC.
    const sunday = new Date('2026-03-22T22:00:00.000Z');
    const early = insertPrompt(db, { pairId: pair.id, cohortId: cohort.id, cycle: 2, dueAt: sunday }, sunday)!;
    recordPromptPosted(db, early, { channel: pair.channelId!, ts: '1.2' }, sunday);
    const waiting = insertPrompt(db, { pairId: other.id, cohortId: cohort.id, cycle: 2, dueAt: cycleDue(2) }, sunday)!;
    scheduleDelivery(db, { kind: 'nudge', dedupeKey: `nudge:pair:${other.id}:cycle:2`, cohortId: cohort.id, subjectId: waiting, dueAt: cycleDue(2) }, sunday);
    linkPromptDelivery(db, waiting, findDeliveryByKey(db, `nudge:pair:${other.id}:cycle:2`)!.id);
    insertRematchRequest(db, { pairId: pair.id, userId: pair.menteeId, reason: null }, after(sunday, HOUR));
    recordAtRiskFlags(db, after(sunday, HOUR));
    expect(planDigests(db, [ORG], ZONE, after(sunday, HOUR))).toBe(0);
    // The other pair's prompt goes out on Monday morning: now the session has begun for everyone.
    const monday = cycleDue(2);
    db.prepare("UPDATE deliveries SET status = 'sent', sent_at = ? WHERE kind = 'nudge' AND status = 'pending'").run(monday.toISOString());
    expect(planDigests(db, [ORG], ZONE, after(monday, 2 * 60_000))).toBe(1);
    const [row] = listDeliveries(db, { kind: DIGEST_KIND });
    expect(row).toMatchObject({ dedupeKey: digestKey(cohort.id, 2, ORG), dueAt: after(monday, 2 * 60_000).toISOString() });
  });

  it('never tells an organizer about their own pair', () => {
    const p1 = (db.prepare('SELECT id FROM prompts WHERE pair_id = ? AND cycle = 1').get(pair.id) as { id: number }).id;
    lowRating(pair, 1, p1, after(T1, HOUR));
    expect(planDigests(db, [pair.mentorId], ZONE, after(T1, HOUR))).toBe(0);
    expect(collectDigest(db, pair.mentorId, cohort)).toEqual([]);
  });

  it('tells once about a summary that could not be posted in its channel, until a later one goes out', () => {
    const failed = { kind: 'summary', dedupeKey: `summary:cohort:${cohort.id}:cycle:1`, cohortId: cohort.id, subjectId: cohort.id, dueAt: T1 };
    scheduleDelivery(db, failed, T1);
    db.prepare("UPDATE deliveries SET status = 'failed', error = 'not_in_channel' WHERE dedupe_key = ?").run(failed.dedupeKey);
    expect(planDigests(db, [ORG], ZONE, T1)).toBe(1);
    const digest = prepared(db, digestKey(cohort.id, 1, ORG));
    expect(digest.sections).toEqual([{ kind: 'channel', failure: expect.objectContaining({ channelId: cohort.summaryChannel, problem: 'not_in_channel' }) }]);
    settle(db, digestKey(cohort.id, 1, ORG), 'sent');
    expect(collectDigest(db, ORG, cohort)).toEqual([]);

    // Another organizer has not been told yet; once a summary goes out, there is nothing to tell.
    expect(collectDigest(db, NY_ORG, cohort).map((section) => section.content.kind)).toEqual(['channel']);
    scheduleDelivery(db, { ...failed, dedupeKey: `summary:cohort:${cohort.id}:cycle:2` }, T1);
    db.prepare("UPDATE deliveries SET status = 'sent' WHERE dedupe_key = ?").run(`summary:cohort:${cohort.id}:cycle:2`);
    expect(collectDigest(db, NY_ORG, cohort)).toEqual([]);
  });

  it('is decided again when it goes out: no longer an organizer, or the cohort over, and it is skipped', () => {
    const p1 = (db.prepare('SELECT id FROM prompts WHERE pair_id = ? AND cycle = 1').get(pair.id) as { id: number }).id;
    lowRating(pair, 1, p1, after(T1, HOUR));
    planDigests(db, [ORG], ZONE, after(T1, HOUR));
    const row = findDeliveryByKey(db, digestKey(cohort.id, 1, ORG))!;
    expect(digestGate(db, row, [])).toEqual({ skipped: 'not_organizer' });
    completeCohort(db, cohort.id, after(T1, HOUR));
    expect(digestGate(db, row, [ORG])).toEqual({ skipped: 'cohort_not_active' });
  });
});

describe('stillAtRisk', () => {
  it('is a pair told about before, flagged again with no session in between', () => {
    expect(stillAtRisk(undefined, [3])).toBe(false);
    expect(stillAtRisk(3, [3])).toBe(true);
    expect(stillAtRisk(3, [4])).toBe(true);
    expect(stillAtRisk(3, [4, 5])).toBe(true);
    // It recovered in session 4 and is at risk again in 5: that is news.
    expect(stillAtRisk(3, [5])).toBe(false);
    expect(stillAtRisk(3, [4, 6])).toBe(false);
  });
});
