import type { Db } from '../open';
import { prepared } from '../statements';
import { AGREEMENT_NORMS, type AgreementCadence, type AgreementNorm, type Role } from '../../domain';

/**
 * The kickoff agreement (migrations/0014_outcomes.sql): one part per member of a pair. Goals and hopes are the
 * pair's alone: `partsOfPair` (read for the pair's own message, modal and Home tab) is the only function that
 * returns them; what organizers read (`agreementCounts`) selects no text.
 */

export interface AgreementPart {
  pairId: number;
  role: Role;
  userId: string;
  goals: string | null;
  hopes: string | null;
  cadence: AgreementCadence;
  norms: AgreementNorm[];
  textRemovedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

interface PartRow {
  pair_id: number;
  role: Role;
  user_id: string;
  goals: string | null;
  hopes: string | null;
  cadence: AgreementCadence;
  norms: string;
  text_removed_at: string | null;
  created_at: string;
  updated_at: string;
}

function parseNorms(json: string): AgreementNorm[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? AGREEMENT_NORMS.filter((norm) => parsed.includes(norm)) : [];
  } catch {
    return [];
  }
}

function toPart(row: PartRow): AgreementPart {
  return {
    pairId: row.pair_id,
    role: row.role,
    userId: row.user_id,
    goals: row.goals,
    hopes: row.hopes,
    cadence: row.cadence,
    norms: parseNorms(row.norms),
    textRemovedAt: row.text_removed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Both parts of the pair's agreement that exist (mentor first), texts included: for the pair's own eyes. */
export function partsOfPair(db: Db, pairId: number): AgreementPart[] {
  return (prepared(db, "SELECT * FROM agreement_parts WHERE pair_id = ? ORDER BY role = 'mentee'").all(pairId) as PartRow[]).map(toPart);
}

export type AgreementPartWrite = Omit<AgreementPart, 'textRemovedAt' | 'createdAt' | 'updatedAt'>;

/** Stores a member's part, replacing what they wrote before. True when it is new. */
export function upsertAgreementPart(db: Db, part: AgreementPartWrite, now: Date): { created: boolean } {
  const at = now.toISOString();
  const existed = prepared(db, 'SELECT 1 FROM agreement_parts WHERE pair_id = ? AND role = ?').get(part.pairId, part.role) !== undefined;
  prepared(
    db,
    `INSERT INTO agreement_parts (pair_id, role, user_id, goals, hopes, cadence, norms, created_at, updated_at)
     VALUES (@pairId, @role, @userId, @goals, @hopes, @cadence, @norms, @at, @at)
     ON CONFLICT (pair_id, role) DO UPDATE SET
       user_id = excluded.user_id, goals = excluded.goals, hopes = excluded.hopes, cadence = excluded.cadence,
       norms = excluded.norms, text_removed_at = NULL, updated_at = excluded.updated_at`,
  ).run({ ...part, norms: JSON.stringify(part.norms), at });
  return { created: !existed };
}

/** Which members of the pair have written their part (no text): prompts and Home tabs show who is waited for. */
export function answeredRoles(db: Db, pairId: number): Role[] {
  return (prepared(db, 'SELECT role FROM agreement_parts WHERE pair_id = ? ORDER BY role').all(pairId) as Array<{ role: Role }>).map((row) => row.role);
}

/** For organizers: how many of the cohort's pairs have both parts in (an agreement), counted over every pair made. */
export function agreementCounts(db: Db, cohortId: number): { pairs: number; agreements: number; activePairs: number; activeAgreements: number } {
  const row = prepared(
    db,
    `SELECT COUNT(*) AS pairs, SUM(p.status = 'active') AS active_pairs,
            SUM((SELECT COUNT(*) FROM agreement_parts a WHERE a.pair_id = p.id) = 2) AS agreements,
            SUM(p.status = 'active' AND (SELECT COUNT(*) FROM agreement_parts a WHERE a.pair_id = p.id) = 2) AS active_agreements
       FROM pairs p WHERE p.cohort_id = ?`,
  ).get(cohortId) as { pairs: number; active_pairs: number | null; agreements: number | null; active_agreements: number | null };
  return { pairs: row.pairs, agreements: row.agreements ?? 0, activePairs: row.active_pairs ?? 0, activeAgreements: row.active_agreements ?? 0 };
}

/** Retention: empties goals and hopes written before `before`; returns how many parts lost their text. */
export function purgeAgreementTextsBefore(db: Db, before: Date, now: Date): number {
  return db
    .prepare(
      `UPDATE agreement_parts SET goals = NULL, hopes = NULL, text_removed_at = ?
        WHERE (goals IS NOT NULL OR hopes IS NOT NULL) AND updated_at < ?`,
    )
    .run(now.toISOString(), before.toISOString()).changes;
}
