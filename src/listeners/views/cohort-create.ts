import { COHORT_LIMITS } from '../../domain';
import type { Messages } from '../../i18n';
import {
  createCohort,
  enrollingCohort,
  validateCohortInput,
  type CohortDraft,
  type CohortField,
  type CohortFormInput,
  type CohortInputError,
} from '../../services/cohorts';
import { messagesFor } from '../../i18n';
import { NEXT_COHORT_KIND } from '../../services/next-cohort';
import { slackErrorCode } from '../../slack/errors';
import { channelCheckError, summaryChannelHello, withChannelWarning } from '../../views/summary-channel';
import { CALLBACK, COHORT_CREATE } from '../../views/ids';
import { cohortCreatedMessage, cohortEnrollingExistsText } from '../../views/organizer-messages';
import { textMessage } from '../../views/participant-messages';
import { failureMessage, messagesOf, organizer, type AppContext } from '../context';
import type { ListenerRoutes } from '../router';
import { refreshHome } from '../events/app-home-opened';
import { postWithin, SUBMISSION_POST_DEADLINE_MS, type ChannelPostOutcome, type TimedChannelPost } from '../channel-post';
import { cleanText, selectedConversation, selectedDate, selectedTime, selectedValue, stateValues, textValue, type StateValues } from './state';

/** The modal's values as text, the way the service validates them. */
export function readCohortForm(values: StateValues): CohortFormInput {
  const text = (id: string) => {
    const cleaned = cleanText(textValue(values, id));
    return cleaned === '' ? undefined : cleaned;
  };
  return {
    name: text(COHORT_CREATE.name),
    startDate: selectedDate(values, COHORT_CREATE.startDate),
    weeks: text(COHORT_CREATE.weeks),
    cadence: selectedValue(values, COHORT_CREATE.cadence),
    nudgeDay: selectedValue(values, COHORT_CREATE.nudgeDay),
    nudgeTime: selectedTime(values, COHORT_CREATE.nudgeTime),
    timezone: selectedValue(values, COHORT_CREATE.timezone),
    summaryChannel: selectedConversation(values, COHORT_CREATE.summaryChannel),
    capacity: selectedValue(values, COHORT_CREATE.capacity),
  };
}

/** Each refusal as the organizer reads it. */
export function cohortErrorText(messages: Messages, error: CohortInputError): string {
  switch (error) {
    case 'name_required':
      return messages.errorCohortNameRequired;
    case 'name_too_long':
      return messages.errorTooLong({ max: COHORT_LIMITS.nameChars });
    case 'start_date_required':
      return messages.errorCohortStartRequired;
    case 'start_date_invalid':
      return messages.errorCohortStartInvalid;
    case 'start_date_past':
      return messages.errorCohortStartPast;
    case 'weeks_out_of_range':
      return messages.errorCohortWeeks({ min: COHORT_LIMITS.weeksMin, max: COHORT_LIMITS.weeksMax });
    case 'weeks_too_few_for_biweekly':
      return messages.errorCohortWeeksBiweekly({ min: COHORT_LIMITS.biweeklyWeeksMin });
    case 'nudge_time_invalid':
      return messages.errorCohortTime;
    case 'timezone_invalid':
      return messages.errorCohortTimezone;
    case 'channel_required':
      return messages.errorCohortChannelRequired;
    case 'channel_invalid':
      return messages.errorCohortChannelInvalid;
    case 'capacity_out_of_range':
      return messages.errorCohortCapacity({ min: COHORT_LIMITS.capacityMin, max: COHORT_LIMITS.capacityMax });
    case 'cadence_invalid':
    case 'nudge_day_invalid':
      return messages.errorInvalidChoice;
  }
}

function inlineErrors(messages: Messages, errors: Partial<Record<CohortField, CohortInputError>>): Record<string, string> {
  return Object.fromEntries(
    (Object.entries(errors) as Array<[CohortField, CohortInputError]>).map(([field, error]) => [COHORT_CREATE[field], cohortErrorText(messages, error)]),
  );
}

/**
 * The `cohort_create` submission: organizer rights checked again (the modal could be crafted, or the person
 * removed while it was open), inline errors for anything wrong — including a summary channel the app cannot post
 * in — else close the modal and create the cohort.
 */
export function registerCohortCreateView(routes: ListenerRoutes, ctx: AppContext): void {
  routes.view(CALLBACK.cohortCreate, async ({ ack, body, view }) => {
    const startedAt = Date.now();
    const userId = body.user.id;
    const messages = await messagesOf(ctx, userId);
    if (!organizer(ctx, userId)) {
      ctx.logger.info({ callbackId: CALLBACK.cohortCreate }, 'organizer view refused');
      await ack({ response_action: 'errors', errors: { [COHORT_CREATE.name]: messages.notOrganizer } });
      return;
    }
    const parsedValues = stateValues.safeParse(view.state?.values ?? {});
    if (!parsedValues.success) {
      await ack({ response_action: 'errors', errors: { [COHORT_CREATE.name]: messages.tryAgain } });
      return;
    }
    const form = validateCohortInput(readCohortForm(parsedValues.data), ctx.now(), { defaultTimezone: ctx.config.defaultTimezone });
    if (!form.ok) {
      await ack({ response_action: 'errors', errors: inlineErrors(messages, form.errors) });
      return;
    }
    // Checked here so the organizer reads it in the modal; checked again when storing, under the write lock.
    const enrolling = enrollingCohort(ctx.db);
    if (enrolling) {
      await ack({
        response_action: 'errors',
        errors: { [COHORT_CREATE.name]: messages.errorCohortEnrollingExists({ name: enrolling.name, id: enrolling.id }) },
      });
      return;
    }
    const check = await checkSummaryChannel(ctx, form.value, SUBMISSION_POST_DEADLINE_MS - (Date.now() - startedAt));
    if (check.status === 'refused') {
      ctx.logger.info({ slackError: check.problem }, 'cohort refused: the app cannot post in its summary channel');
      await ack({ response_action: 'errors', errors: { [COHORT_CREATE.summaryChannel]: channelCheckError(messages, check.problem, messages.cohortModalSubmit) } });
      return;
    }
    await ack();
    ctx.work.run(() => completeCohortCreation(ctx, userId, messages, form.value, check.status === 'pending' ? check.outcome : undefined));
  });
}

/**
 * Posts "Summaries for <cohort> will appear here" in the chosen channel (issue 16 item 5), so an organizer learns
 * now, in the modal, that the app is not in it, rather than from a summary that never arrives. Any other failure
 * (Slack busy, a network error) does not stop the cohort: a later summary that fails is reported on the Home tab
 * and in the digest. A slower answer than the submission can wait for lets the cohort be created, and the
 * organizer hears the outcome with the confirmation.
 */
async function checkSummaryChannel(ctx: AppContext, draft: CohortDraft, budgetMs: number): Promise<TimedChannelPost> {
  const check = await postWithin(ctx, draft.summaryChannel, summaryChannelHello(messagesFor(ctx.config.defaultLocale), draft.name), budgetMs);
  if (check.status === 'failed') ctx.logger.warn({ slackError: check.code }, 'could not check the summary channel; the cohort is created anyway');
  return check;
}

/**
 * After the ack: store and enroll (one transaction), then tell the organizer by DM — a modal has no response_url.
 * When the channel check was still out at the ack, its outcome comes with the confirmation.
 */
async function completeCohortCreation(
  ctx: AppContext,
  userId: string,
  messages: Messages,
  draft: CohortDraft,
  channelCheck?: Promise<ChannelPostOutcome>,
): Promise<void> {
  let result;
  try {
    result = createCohort(ctx.db, draft, userId, ctx.now());
  } catch (error) {
    await ctx.slack.sendDirectMessage(userId, textMessage(failureMessage(ctx, messages, error, 'view:cohort_create'))).catch(() => undefined);
    return;
  }
  let reply = result.ok ? cohortCreatedMessage(messages, result.cohort) : textMessage(cohortEnrollingExistsText(messages, result.enrolling));
  if (result.ok && channelCheck && (await channelCheck).status === 'refused') reply = withChannelWarning(messages, reply, draft.summaryChannel);
  if (result.ok) {
    ctx.logger.info({ cohort: result.cohort.cohort.id, enrolled: result.cohort.enrolled, fromWaitingList: result.fromWaitingList }, 'cohort created');
    // Those who asked to come back are told now that they are in (their notices are in the ledger).
    if (result.fromWaitingList > 0) ctx.dispatchSoon([NEXT_COHORT_KIND]);
  }
  try {
    await ctx.slack.sendDirectMessage(userId, reply);
  } catch (error) {
    ctx.logger.warn({ slackError: slackErrorCode(error) }, 'cohort confirmation DM failed');
  }
  await refreshHome(ctx, userId);
}
