import type { DeliveryHandlers } from '../../services/delivery';
import type { DeliveryDeps } from './deps';
import { INTRO_KIND, UNMATCHED_KIND } from '../../services/match-runs';
import { introHandler } from './intro';
import { createIntroductionProgress } from './introduction-progress';
import { unmatchedHandler } from './unmatched';
import { NUDGE_KIND, REMINDER_KIND } from '../../services/prompts';
import { nudgeHandler } from './nudge';
import { reminderHandler } from './reminder';
import { DIGEST_KIND } from '../../services/digest';
import { digestHandler } from './digest';
import { SUMMARY_KIND } from '../../services/summaries';
import { summaryHandler } from './summary';
import { FIRST_MEETING_NUDGE_KIND, MEETING_FOLLOWUP_KIND, MEETING_NOTICE_KIND, MEETING_REMINDER_KIND } from '../../services/meetings';
import { firstMeetingNudgeHandler, meetingFollowupHandler, meetingNoticeHandler, meetingReminderHandler } from './meetings';
import { MENTEE_PREP_KIND, MENTOR_PREP_KIND } from '../../services/preparation';
import { preparationHandler } from './preparation';
import { FINAL_REPORT_KIND } from '../../services/final-report';
import { finalReportHandler } from './final-report';

/**
 * Every kind of message that goes through the delivery ledger, by the `kind` stored on its row. Each feature
 * adds its handler here (introductions, prompts, reminders, digests, summaries, closing summaries,
 * meetings and the preparation series).
 */
export function createDeliveryHandlers(deps: DeliveryDeps): DeliveryHandlers {
  // One progress tracker per pass, shared by the two kinds a confirmed match sends.
  const introductionProgress = createIntroductionProgress(deps);
  return {
    [INTRO_KIND]: introHandler(deps, introductionProgress),
    [UNMATCHED_KIND]: unmatchedHandler(deps, introductionProgress),
    [NUDGE_KIND]: nudgeHandler(deps),
    [REMINDER_KIND]: reminderHandler(deps),
    [DIGEST_KIND]: digestHandler(deps),
    [SUMMARY_KIND]: summaryHandler(deps),
    [MEETING_NOTICE_KIND]: meetingNoticeHandler(deps),
    [MEETING_REMINDER_KIND]: meetingReminderHandler(deps),
    [MEETING_FOLLOWUP_KIND]: meetingFollowupHandler(deps),
    [FIRST_MEETING_NUDGE_KIND]: firstMeetingNudgeHandler(deps),
    [MENTOR_PREP_KIND]: preparationHandler(deps),
    [MENTEE_PREP_KIND]: preparationHandler(deps),
    [FINAL_REPORT_KIND]: finalReportHandler(deps),
  };
}
