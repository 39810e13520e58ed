import { approvedTopicIds, listApprovedTopics } from '../../db/repositories/topics';
import { LIMITS, MEETING_PREFERENCES, ROLES, SENIORITY_BANDS, type MeetingPreference, type Role, type SeniorityBand } from '../../domain';
import { messagesFor, resolveLocale, type Messages } from '../../i18n';
import { programmeOutline, saveProfile, type JoinSubmission, type SlackProfile } from '../../services/enrollment';
import { activePartnerIds } from '../../services/pairs';
import { slackErrorCode } from '../../slack/errors';
import { CALLBACK, CONFIDENTIALITY_AGREE, JOIN } from '../../views/ids';
import { joinConfirmation, textMessage } from '../../views/participant-messages';
import { failureMessage, messagesOf, type AppContext } from '../context';
import type { ListenerRoutes } from '../router';
import { refreshHome } from '../events/app-home-opened';
import { cleanText, selectedUser, selectedValue, selectedValues, stateValues, textLength, textValue, type StateValues } from './state';

export type JoinFormResult = { ok: true; submission: JoinSubmission } | { ok: false; errors: Record<string, string> };

function oneOf<T extends string>(choices: readonly T[], value: string | undefined): T | undefined {
  return choices.find((choice) => choice === value);
}

/** Validates the join modal: every problem is reported at once, against its block, in the person's language. */
export function readJoinForm(values: StateValues, userId: string, messages: Messages, validTopics: (ids: string[]) => Set<string>): JoinFormResult {
  const errors: Record<string, string> = {};

  const role = oneOf<Role>(ROLES, selectedValue(values, JOIN.role));
  if (!role) errors[JOIN.role] = messages.errorRoleRequired;

  const department = cleanText(textValue(values, JOIN.department));
  if (department === '') errors[JOIN.department] = messages.errorDepartmentRequired;
  else if (textLength(department) > LIMITS.departmentChars) errors[JOIN.department] = messages.errorTooLong({ max: LIMITS.departmentChars });

  const seniority = oneOf<SeniorityBand>(SENIORITY_BANDS, selectedValue(values, JOIN.seniority));
  if (!seniority) errors[JOIN.seniority] = messages.errorSeniorityRequired;

  const topics = [...new Set(selectedValues(values, JOIN.topics))];
  if (topics.length < LIMITS.topicsMin || topics.length > LIMITS.topicsMax) {
    errors[JOIN.topics] = messages.errorTopicsCount({ min: LIMITS.topicsMin, max: LIMITS.topicsMax });
  } else if (validTopics(topics).size !== topics.length) {
    errors[JOIN.topics] = messages.errorTopicUnknown;
  }

  const managerId = selectedUser(values, JOIN.manager) ?? null;
  if (managerId === userId) errors[JOIN.manager] = messages.errorManagerSelf;

  const goals = cleanText(textValue(values, JOIN.goals), true);
  if (textLength(goals) > LIMITS.goalsChars) errors[JOIN.goals] = messages.errorTooLong({ max: LIMITS.goalsChars });

  const meetingRaw = selectedValue(values, JOIN.meeting);
  const meetingPref = meetingRaw === undefined ? null : (oneOf<MeetingPreference>(MEETING_PREFERENCES, meetingRaw) ?? null);
  if (meetingRaw !== undefined && meetingPref === null) errors[JOIN.meeting] = messages.errorInvalidChoice;

  if (!selectedValues(values, JOIN.confidentiality).includes(CONFIDENTIALITY_AGREE)) {
    errors[JOIN.confidentiality] = messages.errorConfidentiality;
  }

  if (Object.keys(errors).length > 0 || !role || !seniority) return { ok: false, errors };
  return { ok: true, submission: { role, department, seniority, topics, managerId, goals: goals === '' ? null : goals, meetingPref } };
}

/** The join modal's submission: inline errors, or close the modal, store the profile and confirm by DM. */
export function registerJoinView(routes: ListenerRoutes, ctx: AppContext): void {
  routes.view(CALLBACK.join, async ({ ack, body, view }) => {
    const userId = body.user.id;
    const parsedValues = stateValues.safeParse(view.state?.values ?? {});
    const messages = await messagesOf(ctx, userId);
    if (!parsedValues.success) {
      await ack({ response_action: 'errors', errors: { [JOIN.role]: messages.tryAgain } });
      return;
    }
    const form = readJoinForm(parsedValues.data, userId, messages, (ids) => approvedTopicIds(ctx.db, ids));
    if (!form.ok) {
      await ack({ response_action: 'errors', errors: form.errors });
      return;
    }
    await ack();
    ctx.work.run(() => completeJoin(ctx, userId, form.submission));
  });
}

async function completeJoin(ctx: AppContext, userId: string, submission: JoinSubmission): Promise<void> {
  let profile: SlackProfile = { displayName: null, timezone: null, locale: null };
  try {
    const user = await ctx.slack.userInfo(userId);
    profile = { displayName: user.displayName, timezone: user.timezone, locale: user.locale };
  } catch (error) {
    // Time zone and locale are refreshed on the next join; the cohort's zone stands in until then.
    ctx.logger.warn({ slackError: slackErrorCode(error) }, 'users.info failed while joining');
  }
  const locale = resolveLocale(profile.locale, ctx.config.defaultLocale);
  const messages = messagesFor(locale);
  let result;
  try {
    result = saveProfile(ctx.db, userId, submission, profile, ctx.now());
  } catch (error) {
    await ctx.slack.sendDirectMessage(userId, textMessage(failureMessage(ctx, messages, error, 'view:join'))).catch(() => undefined);
    return;
  }
  ctx.logger.info({ created: result.created, enrolled: result.cohort?.id ?? null }, 'profile saved');
  const topics = listApprovedTopics(ctx.db, locale);
  try {
    const matched = result.cohort ? activePartnerIds(ctx.db, userId, result.cohort.id).length > 0 : false;
    const outline = programmeOutline(ctx.db, result.cohort, matched);
    await ctx.slack.sendDirectMessage(userId, joinConfirmation(messages, result.participant, topics, result.created, result.cohort, outline));
  } catch (error) {
    ctx.logger.warn({ slackError: slackErrorCode(error) }, 'join confirmation DM failed');
  }
  await refreshHome(ctx, userId);
}
