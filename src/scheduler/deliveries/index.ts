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
import { PARTNER_NOTICE_KIND } from '../../services/partner-notices';
import { partnerNoticeHandler } from './partner-notice';
import { AGREEMENT_KIND } from '../../services/agreements';
import { agreementHandler } from './agreement';
import { CHECKIN_KIND } from '../../services/checkins';
import { checkinHandler } from './checkin';
import { COMMITMENT_FOLLOWUP_KIND, FINAL_EVALUATION_KIND } from '../../services/final-evaluations';
import { commitmentFollowupHandler, finalEvaluationHandler } from './final-evaluation';
import { FINAL_ADDENDUM_KIND } from '../../services/final-report';
import { finalAddendumHandler } from './final-addendum';
import { FINAL_PRIVATE_KIND } from '../../services/final-private';
import { finalPrivateHandler } from './final-private';
import { NEXT_COHORT_KIND } from '../../services/next-cohort';
import { nextCohortHandler } from './next-cohort';

/**
 * Every kind of message that goes through the delivery ledger, by the `kind` stored on its row. Each feature
 * adds its handler here (introductions, prompts, reminders, digests, summaries, final reports and their private
 * parts and addenda, meetings and the preparation series, agreements, check-ins, final evaluations, the 30-day
 * follow-up, the waiting list's notices, partner notices).
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
    [PARTNER_NOTICE_KIND]: partnerNoticeHandler(deps),
    [AGREEMENT_KIND]: agreementHandler(deps),
    [CHECKIN_KIND]: checkinHandler(deps),
    [FINAL_EVALUATION_KIND]: finalEvaluationHandler(deps),
    [COMMITMENT_FOLLOWUP_KIND]: commitmentFollowupHandler(deps),
    [FINAL_ADDENDUM_KIND]: finalAddendumHandler(deps),
    [FINAL_PRIVATE_KIND]: finalPrivateHandler(deps),
    [NEXT_COHORT_KIND]: nextCohortHandler(deps),
  };
}
