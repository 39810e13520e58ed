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

/**
 * "Forget me" (PRODUCT.md §7): deletes a person's profile, topic choices, goals, votes, reflection texts,
 * rematch reasons and the DM ids stored for them, and replaces their Slack user id everywhere a row must stay
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
}

/** Everything in one transaction: either all of it is forgotten or nothing changes. */
export function forgetPerson(db: Db, userId: string, now: Date): ForgetOutcome {
  return inTransaction(db, (): ForgetOutcome => {
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
    anonymizeTopics(db, userId, placeholder);
    deleteVotesOf(db, userId);
    anonymizeOrganizerRecords(db, userId, placeholder);
    deleteProfile(db, userId);
    return { placeholder, hadProfile: participant !== undefined, endedPairs, deliveriesSkipped };
  });
}
