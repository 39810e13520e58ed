import type { Db } from '../db/open';
import type { Cohort } from '../db/repositories/cohorts';
import { lastToldAtRiskCycles, untoldAtRiskFlags, untoldRematchRequests, wasTold, type AtRiskFlag } from '../db/repositories/digests';
import type { AtRiskReason } from './at-risk';
import { summaryChannelFailure, type SummaryChannelFailure } from './summary-channel';

/**
 * The sections of an organizer's digest (./digest.ts). Each source reads what this organizer has not been told
 * about one cohort yet and says whether that alone is worth a message. A new kind of news (the midpoint
 * check-in's notes for organizers, PRODUCT.md §12.3) is one more source here, one more member of
 * `DigestSection` and its renderer in views/digest.ts: the digest itself does not change.
 */

export interface DigestScope {
  db: Db;
  organizerId: string;
  cohort: Cohort;
}

/** A reason a pair is at risk, with the session it was seen in. */
export interface DigestReason {
  reason: AtRiskReason;
  cycle: number;
}

export interface DigestPair {
  pairId: number;
  mentorId: string;
  menteeId: string;
  /** Each reason once, with the latest session it was seen in. */
  reasons: DigestReason[];
}

export interface DigestRematch {
  requestId: number;
  userId: string;
  partnerId: string;
  /** Personal text: organizers only, escaped when shown, never logged. */
  reason: string | null;
  at: Date;
}

export type DigestSection =
  /** Pairs at risk: newly, and those told about before that are still at risk (listed, not re-alarmed). */
  | { kind: 'at_risk'; newly: DigestPair[]; still: DigestPair[] }
  | { kind: 'rematch'; requests: DigestRematch[] }
  /** The cohort's latest summary could not be posted in its channel. */
  | { kind: 'channel'; failure: SummaryChannelFailure };

export interface CollectedSection {
  content: DigestSection;
  /** What the section tells, recorded with the digest so the next one does not tell it again. */
  items: DigestItem[];
  /** Worth a message of its own; false for news that only rides along ("still at risk"). */
  alarm: boolean;
}

export interface DigestItem {
  section: string;
  subjectId: number;
}

export interface DigestSource {
  collect(scope: DigestScope): CollectedSection | undefined;
}

const AT_RISK_REASONS: readonly AtRiskReason[] = ['no_first_meeting', 'not_met', 'low_rating', 'rematch'];

function isReason(reason: string): reason is AtRiskReason {
  return (AT_RISK_REASONS as readonly string[]).includes(reason);
}

/**
 * Whether a pair told about before is *still* at risk: flagged again with no session in between where it was
 * not (its untold flags start at most one session after the last one told, without gaps).
 */
export function stillAtRisk(lastTold: number | undefined, untoldCycles: readonly number[]): boolean {
  if (lastTold === undefined || untoldCycles.length === 0) return false;
  const cycles = [...new Set(untoldCycles)].sort((a, b) => a - b);
  if ((cycles[0] as number) > lastTold + 1) return false;
  return cycles.every((cycle, index) => index === 0 || cycle - (cycles[index - 1] as number) === 1);
}

function pairOf(flags: readonly AtRiskFlag[]): DigestPair {
  const first = flags[0] as AtRiskFlag;
  const latest = new Map<AtRiskReason, number>();
  for (const flag of flags) {
    if (isReason(flag.reason)) latest.set(flag.reason, Math.max(flag.cycle, latest.get(flag.reason) ?? 0));
  }
  return {
    pairId: first.pairId,
    mentorId: first.mentorId,
    menteeId: first.menteeId,
    reasons: AT_RISK_REASONS.filter((reason) => latest.has(reason)).map((reason) => ({ reason, cycle: latest.get(reason) as number })),
  };
}

export const atRiskSource: DigestSource = {
  collect({ db, organizerId, cohort }) {
    const flags = untoldAtRiskFlags(db, cohort.id, organizerId);
    if (flags.length === 0) return undefined;
    const byPair = new Map<number, AtRiskFlag[]>();
    for (const flag of flags) byPair.set(flag.pairId, [...(byPair.get(flag.pairId) ?? []), flag]);
    const told = lastToldAtRiskCycles(db, cohort.id, organizerId);
    const newly: DigestPair[] = [];
    const still: DigestPair[] = [];
    for (const [pairId, pairFlags] of byPair) {
      const pair = pairOf(pairFlags);
      if (pair.reasons.length === 0) continue;
      (stillAtRisk(told.get(pairId), pairFlags.map((flag) => flag.cycle)) ? still : newly).push(pair);
    }
    if (newly.length === 0 && still.length === 0) return undefined;
    return {
      content: { kind: 'at_risk', newly, still },
      items: flags.map((flag) => ({ section: 'at_risk', subjectId: flag.id })),
      alarm: newly.length > 0,
    };
  },
};

export const rematchSource: DigestSource = {
  collect({ db, organizerId, cohort }) {
    const requests = untoldRematchRequests(db, cohort.id, organizerId);
    if (requests.length === 0) return undefined;
    return {
      content: {
        kind: 'rematch',
        requests: requests.map((request) => ({
          requestId: request.id,
          userId: request.userId,
          partnerId: request.partnerId,
          reason: request.reason,
          at: new Date(request.createdAt),
        })),
      },
      items: requests.map((request) => ({ section: 'rematch', subjectId: request.id })),
      alarm: true,
    };
  },
};

export const channelSource: DigestSource = {
  collect({ db, organizerId, cohort }) {
    const failure = summaryChannelFailure(db, cohort);
    if (!failure || wasTold(db, organizerId, 'channel', failure.deliveryId)) return undefined;
    return { content: { kind: 'channel', failure }, items: [{ section: 'channel', subjectId: failure.deliveryId }], alarm: true };
  },
};

/** Every section a digest may have, in the order it shows them. */
export const DIGEST_SOURCES: readonly DigestSource[] = [channelSource, atRiskSource, rematchSource];
