import type { Messages } from '../i18n';
import type { CheckinRefusal } from '../services/checkins';
import type { FinalRefusal } from '../services/final-evaluations';
import type { PairRefusal } from '../services/pair-access';

/** The sentence a person reads when the agreement, the check-in or the final evaluation cannot be opened or saved. */

export function kickoffRefusalText(messages: Messages, reason: PairRefusal): string {
  switch (reason) {
    case 'not_member':
      return messages.kickoffNotYours;
    case 'pair_ended':
      return messages.kickoffPairEnded;
    case 'cohort_ended':
      return messages.kickoffCohortEnded;
    case 'not_found':
      return messages.outcomeGone;
  }
}

export function checkinRefusalText(messages: Messages, reason: CheckinRefusal): string {
  switch (reason) {
    case 'not_member':
      return messages.checkinNotYours;
    case 'pair_ended':
      return messages.checkinPairEnded;
    case 'cohort_ended':
      return messages.checkinCohortEnded;
    case 'not_asked':
      return messages.checkinNotAsked;
    case 'closed':
      return messages.checkinClosed;
    case 'not_found':
      return messages.outcomeGone;
  }
}

export function finalRefusalText(messages: Messages, reason: FinalRefusal): string {
  switch (reason) {
    case 'not_member':
      return messages.finalNotYours;
    case 'pair_ended':
      return messages.finalPairEnded;
    case 'cohort_ended':
    case 'closed':
      return messages.finalClosed;
    case 'not_asked':
      return messages.finalNotAsked;
    case 'not_found':
      return messages.outcomeGone;
  }
}
