import type { Config } from '../../config';
import type { Db } from '../../db/open';
import type { Logger } from '../../logger';
import type { DeliveryHandlers } from '../../services/delivery';
import type { SlackGateway } from '../../slack/gateway';
import { INTRO_KIND, UNMATCHED_KIND } from '../../services/match-runs';
import { introHandler } from './intro';
import { createIntroductionProgress } from './introduction-progress';
import { unmatchedHandler } from './unmatched';
import { NUDGE_KIND, REMINDER_KIND } from '../../services/prompts';
import { nudgeHandler } from './nudge';
import { reminderHandler } from './reminder';
import { AT_RISK_KIND } from '../../services/at-risk';
import { atRiskHandler } from './at-risk';
import { SUMMARY_KIND } from '../../services/summaries';
import { summaryHandler } from './summary';
import { FIRST_MEETING_NUDGE_KIND, MEETING_FOLLOWUP_KIND, MEETING_NOTICE_KIND, MEETING_REMINDER_KIND } from '../../services/meetings';
import { firstMeetingNudgeHandler, meetingFollowupHandler, meetingNoticeHandler, meetingReminderHandler } from './meetings';
import { MENTEE_PREP_KIND, MENTOR_PREP_KIND } from '../../services/preparation';
import { preparationHandler } from './preparation';

/** What a delivery handler needs to build and post its message. */
export interface DeliveryDeps {
  config: Config;
  db: Db;
  logger: Logger;
  /** A gateway whose client does not retry by itself: the ledger retries (PRODUCT.md §6). */
  slack: SlackGateway;
}

/**
 * Every kind of message that goes through the delivery ledger, by the `kind` stored on its row. Each feature
 * adds its handler here (introductions, prompts, reminders, summaries).
 */
export function createDeliveryHandlers(deps: DeliveryDeps): DeliveryHandlers {
  // One progress tracker per pass, shared by the two kinds a confirmed match sends.
  const introductionProgress = createIntroductionProgress(deps);
  return {
    [INTRO_KIND]: introHandler(deps, introductionProgress),
    [UNMATCHED_KIND]: unmatchedHandler(deps, introductionProgress),
    [NUDGE_KIND]: nudgeHandler(deps),
    [REMINDER_KIND]: reminderHandler(deps),
    [AT_RISK_KIND]: atRiskHandler(deps),
    [SUMMARY_KIND]: summaryHandler(deps),
    [MEETING_NOTICE_KIND]: meetingNoticeHandler(deps),
    [MEETING_REMINDER_KIND]: meetingReminderHandler(deps),
    [MEETING_FOLLOWUP_KIND]: meetingFollowupHandler(deps),
    [FIRST_MEETING_NUDGE_KIND]: firstMeetingNudgeHandler(deps),
    [MENTOR_PREP_KIND]: preparationHandler(deps),
    [MENTEE_PREP_KIND]: preparationHandler(deps),
  };
}
