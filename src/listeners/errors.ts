import type { Messages } from '../i18n';
import type { AppError } from '../errors';

/** The sentence a person reads for an expected error. */
export function appErrorMessage(messages: Messages, error: AppError): string {
  switch (error.code) {
    case 'not_participant':
      return messages.notParticipant;
    case 'already_left':
      return messages.alreadyLeft;
    case 'not_organizer':
      return messages.notOrganizer;
    case 'not_paused':
      return messages.notPaused;
    case 'invalid_weeks':
      return messages.pauseInvalidWeeks({ max: Number(error.details.max) });
    case 'slack_failed':
    case 'database_busy':
      return messages.tryAgain;
  }
}
