import { anonymizeMeetings } from '../db/repositories/meetings';
import type { Db } from '../db/open';
import { inTransaction } from '../db/open';
import { findCohort } from '../db/repositories/cohorts';
import { skipPendingForPair } from '../db/repositories/deliveries';
import {
  anonymizeDeliveries,
  anonymizeOrganizerRecords,
  anonymizePairs,
  anonymizeResponses,
  anonymizeTopics,
  deleteProfile,
  insertFormerParticipant,
  moveEnrollmentsToFormer,
  pairsOfPerson,
} from '../db/repositories/forget-me';
import { endPair } from '../db/repositories/pairs';
import { findParticipant } from '../db/repositories/participants';
import { deleteVotesOf } from '../db/repositories/topic-votes';
import { owePersonalDataErasure, settleWalErasure } from './erasure';

/** How long forget-me waits for other connections to let go of the WAL before leaving its truncation to the scheduler. */
export const FORGET_ME_WAL_WAIT_MS = 250;

/**
 * "Forget me" (PRODUCT.md §7): deletes a person's profile, topic choices, goals, votes, reflection texts,
 * rematch reasons, the suggestions still waiting for review (or turned down) and the DM ids stored for them, and replaces their Slack user id everywhere a row must stay
 * for the counts (pairs, meetings, reflections, ratings, enrollments, the delivery ledger) with one placeholder,
 * `former:<n>`. The placeholder is the same in every table, so "how many people", "how many pairs met" and
 * "who never reflected" still add up, and it leads nowhere: no table maps it back to the person.
 */

export const FORMER_PREFIX = 'former:';

export function formerParticipantId(formerId: number): string {
  return `${FORMER_PREFIX}${formerId}`;
}

/** A placeholder where a Slack user id used to be: show "a former participant", never a mention. */
export function isFormerParticipantId(id: string): boolean {
  return id.startsWith(FORMER_PREFIX);
}

export interface ForgetOutcome {
  placeholder: string;
  /** Whether they had a profile (someone who only voted or suggested a topic has none). */
  hadProfile: boolean;
  /** Pairs that were active and are now ended, so each partner can be told kindly. */
  endedPairs: Array<{ pairId: number; cohortName: string; partnerId: string }>;
  /** Messages to them still waiting in the ledger, now skipped. */
  deliveriesSkipped: number;
  /**
   * Whether the WAL was truncated at once (nothing of them left on disk now). When false, another connection was
   * in the way and the truncation is owed (services/erasure.ts): the scheduler's next checkpoint settles it.
   */
  walErased: boolean;
}

/**
 * Everything in one transaction: either all of it is forgotten or nothing changes. Then the WAL, which still
 * holds the pages as they were, is truncated (services/erasure.ts).
 */
export function forgetPerson(db: Db, userId: string, now: Date): ForgetOutcome {
  const outcome = forgetInDatabase(db, userId, now);
  return { ...outcome, walErased: settleWalErasure(db, FORGET_ME_WAL_WAIT_MS) !== 'waiting' };
}

function forgetInDatabase(db: Db, userId: string, now: Date): Omit<ForgetOutcome, 'walErased'> {
  return inTransaction(db, (): Omit<ForgetOutcome, 'walErased'> => {
    const participant = findParticipant(db, userId);
    const formerId = insertFormerParticipant(db, participant?.role ?? null, now);
    const placeholder = formerParticipantId(formerId);

    const endedPairs: ForgetOutcome['endedPairs'] = [];
    for (const pair of pairsOfPerson(db, userId)) {
      if (pair.status !== 'active') continue;
      endPair(db, pair.pairId, now);
      skipPendingForPair(db, pair.pairId, 'forgotten', now);
      if (!isFormerParticipantId(pair.partnerId)) {
        endedPairs.push({ pairId: pair.pairId, cohortName: findCohort(db, pair.cohortId)?.name ?? '', partnerId: pair.partnerId });
      }
    }

    moveEnrollmentsToFormer(db, userId, formerId);
    const deliveriesSkipped = anonymizeDeliveries(db, userId, placeholder, now);
    // Before the pairs: the meetings of their pairs are found by the pairs' member ids.
    anonymizeMeetings(db, userId, placeholder);
    anonymizePairs(db, userId, placeholder);
    anonymizeResponses(db, userId, placeholder, now);
    anonymizeTopics(db, userId, placeholder, now);
    deleteVotesOf(db, userId);
    anonymizeOrganizerRecords(db, userId, placeholder);
    deleteProfile(db, userId);
    owePersonalDataErasure(db, now);
    return { placeholder, hadProfile: participant !== undefined, endedPairs, deliveriesSkipped };
  });
}
