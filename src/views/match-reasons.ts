import type { Messages } from '../i18n';
import type { MatchReason } from '../domain';
import { escapeMrkdwn } from './mrkdwn';

/** Topic titles by id in the reader's language; an id no longer in the catalogue is shown as it is. */
export type TopicTitles = ReadonlyMap<string, string>;

/** One reason code in words, e.g. "3 shared topics: AI at work, …" or "6 h of shared working hours". */
export function reasonPhrase(messages: Messages, reason: MatchReason, titles: TopicTitles): string {
  switch (reason.code) {
    case 'shared_topics':
      return messages.matchReasonSharedTopics({
        count: reason.topics.length,
        topics: reason.topics.map((id) => escapeMrkdwn(titles.get(id) ?? id)).join(', '),
      });
    case 'different_departments':
      return messages.matchReasonDepartments({
        mentor: escapeMrkdwn(reason.mentorDepartment),
        mentee: escapeMrkdwn(reason.menteeDepartment),
      });
    case 'seniority_gap':
      return messages.matchReasonSeniority({ count: reason.bands });
    case 'working_hours_overlap':
      // Half hours at most, so one decimal is exact.
      return messages.matchReasonHours({ hours: Math.round(reason.hours * 10) / 10 });
    case 'meeting_preference':
      return {
        video: messages.matchReasonMeetingVideo,
        in_person: messages.matchReasonMeetingInPerson,
        either: messages.matchReasonMeetingEither,
      }[reason.preference];
  }
}

/** The pair's top reasons in words, strongest first; a pair that only meets the rules gets one general phrase. */
export function reasonPhrases(messages: Messages, reasons: readonly MatchReason[], titles: TopicTitles): string[] {
  if (reasons.length === 0) return [messages.matchReasonBase];
  return reasons.map((reason) => reasonPhrase(messages, reason, titles));
}
