import type { Locale } from '../../config';
import { findCohort } from '../../db/repositories/cohorts';
import { findPair, setPairChannel } from '../../db/repositories/pairs';
import { findParticipant } from '../../db/repositories/participants';
import { listApprovedTopics } from '../../db/repositories/topics';
import { messagesFor } from '../../i18n';
import type { DeliveryHandler } from '../../services/delivery';
import { pairLocale } from '../../services/pairs';
import { introductionMessage } from '../../views/introductions';
import { METADATA_EVENT } from '../../views/ids';
import type { TopicTitles } from '../../views/match-reasons';
import type { IntroductionProgress } from './introduction-progress';
import type { DeliveryDeps } from './deps';

/** Topic titles by language, read once per pass rather than once per pair. */
export function topicTitleCache(deps: DeliveryDeps): (locale: Locale) => TopicTitles {
  const cache = new Map<Locale, TopicTitles>();
  return (locale) => {
    let titles = cache.get(locale);
    if (!titles) {
      titles = new Map(listApprovedTopics(deps.db, locale).map((topic) => [topic.id, topic.title]));
      cache.set(locale, titles);
    }
    return titles;
  };
}

/**
 * `intro` rows (subject = the pair): opens the pair's group DM with `conversations.open` — once; the channel id
 * is stored at once and reused by any later attempt — then posts the introduction in the pair's language with
 * `rm_intro` metadata. A pair ended (or a member gone) before its turn is skipped, not introduced.
 */
export function introHandler(deps: DeliveryDeps, progress: IntroductionProgress): DeliveryHandler {
  const titlesFor = topicTitleCache(deps);
  return {
    async deliver(delivery) {
      const pair = delivery.subjectId !== null ? findPair(deps.db, delivery.subjectId) : undefined;
      if (!pair) return { skipped: 'pair_not_found' };
      if (pair.status !== 'active') return { skipped: 'pair_ended' };
      const cohort = findCohort(deps.db, pair.cohortId);
      if (!cohort || cohort.status === 'completed') return { skipped: 'cohort_closed' };
      const mentor = findParticipant(deps.db, pair.mentorId);
      const mentee = findParticipant(deps.db, pair.menteeId);
      if (!mentor || !mentee || mentor.status === 'left' || mentee.status === 'left') return { skipped: 'participant_left' };

      let channel = pair.channelId;
      if (!channel) {
        channel = await deps.slack.openConversation([pair.mentorId, pair.menteeId]);
        setPairChannel(deps.db, pair.id, channel);
      }
      const locale = pairLocale(mentor.locale, mentee.locale, deps.config.defaultLocale);
      const message = introductionMessage(messagesFor(locale), {
        pairId: pair.id,
        cohort,
        mentor: { userId: mentor.userId, department: mentor.department },
        mentee: { userId: mentee.userId, department: mentee.department },
        reasons: pair.reasons,
        titles: titlesFor(locale),
      });
      const posted = await deps.slack.postMessage(channel, {
        ...message,
        metadata: { event_type: METADATA_EVENT.intro, event_payload: { pair_id: pair.id } },
      });
      return { posted };
    },
    afterSettle: progress.afterSettle,
    afterPass: progress.afterPass,
  };
}
