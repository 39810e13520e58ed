import { listApprovedTopics } from '../../../db/repositories/topics';
import type { Messages } from '../../../i18n';
import { computeMatchRun, resolveMatchCohort, type MatchRunOutcome, type MatchTarget } from '../../../services/match-runs';
import type { MatchSolver } from '../../../services/matching/thread';
import { matchPreviewMessage } from '../../../views/match-preview';
import type { TopicTitles } from '../../../views/match-reasons';
import { escapeMrkdwn } from '../../../views/mrkdwn';
import type { SlackMessage } from '../../../views/blocks';
import { textMessage } from '../../../views/participant-messages';
import { localeOf, type AppContext } from '../../context';
import type { Subcommand } from '../subcommand';

/** From this many people on, the organizer is told the preview is on its way before it is computed. */
const LARGE_COHORT = 200;

/** Topic titles in this person's language, for the reasons in words. */
export async function topicTitlesFor(ctx: AppContext, userId: string): Promise<TopicTitles> {
  return new Map(listApprovedTopics(ctx.db, await localeOf(ctx, userId)).map((topic) => [topic.id, topic.title]));
}

/** Why `match` (or a preview button) could not go ahead, in the organizer's words. */
export function matchTargetText(messages: Messages, target: Exclude<MatchTarget, { ok: true }>): string {
  switch (target.reason) {
    case 'no_enrolling':
      return messages.matchNoEnrollingCohort;
    case 'not_found':
      return messages.matchCohortNotFound({ input: escapeMrkdwn(target.input.slice(0, 80)) });
    case 'already_matched':
      return messages.matchCohortAlreadyMatched({ name: escapeMrkdwn(target.cohort.name), id: target.cohort.id });
    case 'completed':
      return messages.matchCohortCompleted({ name: escapeMrkdwn(target.cohort.name), id: target.cohort.id });
  }
}

/** The preview of a computed run, or why there is none. */
export async function matchOutcomeMessage(ctx: AppContext, userId: string, messages: Messages, outcome: MatchRunOutcome): Promise<SlackMessage> {
  if (!outcome.ok) return textMessage(messages.matchNobodyToMatch({ name: escapeMrkdwn(outcome.cohort.name) }));
  const { run, cohort, result } = outcome.preview;
  ctx.logger.info(
    { cohort: cohort.id, run: run.id, pairs: result.pairs.length, unmatched: result.unmatchedMentors.length + result.unmatchedMentees.length },
    'match preview computed',
  );
  return matchPreviewMessage(messages, { cohort, runId: run.id, result, titles: await topicTitlesFor(ctx, userId) });
}

/**
 * `match [cohort]` (organizers): the router has acked already; the run is computed here, in the background (by the
 * matching thread under `start`, so the other listeners go on answering), and the preview arrives in the organizer's
 * direct messages with the app, where they can find it again (an ephemeral reply is gone on reload); the command's
 * reply says where it is.
 */
export const matchSubcommand: Subcommand = {
  name: 'match',
  organizerOnly: true,
  helpKey: 'helpMatch',
  async run({ ctx, userId, rest, messages, reply }) {
    const target = resolveMatchCohort(ctx.db, rest);
    if (!target.ok) {
      await reply(textMessage(matchTargetText(messages, target)));
      return;
    }
    // A large cohort's organizer is told it is under way, once the people are read and the engine starts.
    const solve: MatchSolver = async (input) => {
      const people = input.mentors.length + input.mentees.length;
      if (people >= LARGE_COHORT) await reply(textMessage(messages.matchComputing({ name: escapeMrkdwn(target.cohort.name), count: people })));
      return ctx.matchSolver(input);
    };
    const outcome = await computeMatchRun(ctx.db, target.cohort, userId, ctx.now(), solve);
    const preview = await matchOutcomeMessage(ctx, userId, messages, outcome);
    if (!outcome.ok) {
      await reply(preview);
      return;
    }
    await ctx.slack.sendDirectMessage(userId, preview);
    await reply(textMessage(messages.matchPreviewSent({ name: escapeMrkdwn(target.cohort.name) })));
  },
};
