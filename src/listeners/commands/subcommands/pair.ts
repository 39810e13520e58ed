import { INTRO_KIND } from '../../../services/match-runs';
import { pairManually, partnerOf, unpairParticipant } from '../../../services/pairs';
import { slackErrorCode } from '../../../slack/errors';
import { pairEndedMessage } from '../../../views/introductions';
import { mention } from '../../../views/mrkdwn';
import { pairRefusalText, partnersText } from '../../../views/pairing';
import { textMessage } from '../../../views/participant-messages';
import { messagesOf } from '../../context';
import { refreshHome } from '../../events/app-home-opened';
import { parseSingleUserMention, parseUserMentions } from '../mentions';
import type { Subcommand } from '../subcommand';

/**
 * `pair @mentor @mentee` (organizers, active cohort): the matching rules still apply, and a refusal names the
 * rule. The new pair's introduction goes out through the delivery ledger like a matched pair's.
 */
export const pairSubcommand: Subcommand = {
  name: 'pair',
  organizerOnly: true,
  helpKey: 'helpPair',
  async run({ ctx, userId, rest, messages, reply }) {
    const { userIds, rest: words } = parseUserMentions(rest);
    const [mentorId, menteeId] = userIds;
    if (userIds.length !== 2 || words !== '' || !mentorId || !menteeId) {
      await reply(textMessage(messages.pairUsage));
      return;
    }
    const outcome = pairManually(ctx.db, userId, mentorId, menteeId, ctx.now());
    if (!outcome.ok) {
      ctx.logger.info({ reason: outcome.reason }, 'manual pair refused');
      await reply(textMessage(pairRefusalText(messages, outcome, mentorId, menteeId)));
      return;
    }
    ctx.logger.info({ pair: outcome.pair.id, cohort: outcome.cohort.id, by: userId }, 'pair made by hand');
    await reply(textMessage(messages.pairDone({ mentor: mention(mentorId), mentee: mention(menteeId) })));
    ctx.dispatchSoon([INTRO_KIND]);
    await refreshHome(ctx, mentorId);
    await refreshHome(ctx, menteeId);
  },
};

/**
 * `unpair @person` (organizers): ends the person's active pairs; their introductions and prompts still waiting
 * are not sent. Everyone in those pairs is told kindly, without a reason and without blame.
 */
export const unpairSubcommand: Subcommand = {
  name: 'unpair',
  organizerOnly: true,
  async run({ ctx, userId, rest, messages, reply }) {
    const target = parseSingleUserMention(rest);
    if (!target) {
      await reply(textMessage(messages.unpairUsage));
      return;
    }
    const outcome = unpairParticipant(ctx.db, target, ctx.now());
    if (!outcome.ok) {
      await reply(textMessage(messages.unpairNoPair({ user: mention(target) })));
      return;
    }
    ctx.logger.info({ pairs: outcome.ended.map((pair) => pair.id), cohort: outcome.cohort.id, by: userId }, 'pairs ended by hand');
    const partners = outcome.ended.map((pair) => partnerOf(pair, target));
    await reply(textMessage(messages.unpairDone({ user: mention(target), partners: partnersText(partners) })));

    const told = new Map<string, string[]>([[target, partners]]);
    for (const partner of partners) told.set(partner, [...(told.get(partner) ?? []), target]);
    for (const [person, formerPartners] of told) {
      try {
        await ctx.slack.sendDirectMessage(person, pairEndedMessage(await messagesOf(ctx, person), formerPartners, outcome.cohort.name));
      } catch (error) {
        ctx.logger.warn({ slackError: slackErrorCode(error) }, 'could not tell a person their pairing ended');
      }
      await refreshHome(ctx, person);
    }
  },
};
