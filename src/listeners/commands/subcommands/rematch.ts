import { findParticipant } from '../../../db/repositories/participants';
import { recordAtRiskFlags } from '../../../services/at-risk';
import { partnerOf, rematchTarget, REMATCH_REASON_MAX_CHARS, requestRematch } from '../../../services/pairs';
import { rematchModal } from '../../../views/pairing';
import { textMessage } from '../../../views/participant-messages';
import { messagesOf, type AppContext } from '../../context';
import { cleanText, textLength } from '../../views/state';
import { parseUserMentions } from '../mentions';
import type { Subcommand } from '../subcommand';

/**
 * Stores the request. Organizers see it at once on their Home tab and read it, with the reason, in their next
 * digest (services/digest.ts), each in their own language; the partner hears nothing. The reason is personal
 * text: shown escaped to organizers, never logged.
 */
export async function completeRematch(
  ctx: AppContext,
  userId: string,
  pairId: number,
  reason: string | null,
  confirm: (text: string) => Promise<void>,
): Promise<void> {
  const messages = await messagesOf(ctx, userId);
  const outcome = requestRematch(ctx.db, userId, pairId, reason, ctx.now());
  if (!outcome.ok) {
    await confirm(outcome.reason === 'not_participant' ? messages.notParticipant : messages.rematchNoPair);
    return;
  }
  ctx.logger.info({ request: outcome.requestId, pair: outcome.pair.id, withReason: reason !== null, repeated: outcome.repeated }, 'rematch requested');
  // The pair is at risk from now on (the Home tab shows it); the next digest tells the organizers.
  if (!outcome.repeated) {
    try {
      recordAtRiskFlags(ctx.db, ctx.now(), [outcome.pair.id]);
    } catch (error) {
      // The request is stored; the next tick records the flag.
      ctx.logger.error({ pair: outcome.pair.id, code: (error as { code?: string }).code }, 'could not record a pair at risk');
    }
  }
  await confirm(messages.rematchDone);
}

/**
 * `rematch [reason]` (participants with a partner): without text it opens the `rematch_request` modal; with
 * text it records the request at once. Someone with several partners names the one they mean.
 */
export const rematchSubcommand: Subcommand = {
  name: 'rematch',
  organizerOnly: false,
  helpKey: 'helpRematch',
  async run({ ctx, userId, rest, triggerId, messages, reply }) {
    const target = rematchTarget(ctx.db, userId);
    if (!target.ok) {
      await reply(textMessage(target.reason === 'not_participant' ? messages.notParticipant : messages.rematchNoPair));
      return;
    }
    if (rest === '') {
      const choices = target.pairs.map((pair) => {
        const partnerId = partnerOf(pair, userId);
        return { pairId: pair.id, label: findParticipant(ctx.db, partnerId)?.displayName ?? partnerId };
      });
      await ctx.slack.openModal(triggerId, rematchModal(messages, choices, REMATCH_REASON_MAX_CHARS));
      return;
    }
    let pair = target.pairs[0];
    let text = rest;
    if (target.pairs.length > 1) {
      const { userIds, rest: words } = parseUserMentions(rest);
      pair = target.pairs.find((candidate) => userIds.includes(partnerOf(candidate, userId)));
      text = words;
    }
    if (!pair) {
      await reply(textMessage(messages.rematchWhichPartner));
      return;
    }
    const reason = cleanText(text, true);
    if (textLength(reason) > REMATCH_REASON_MAX_CHARS) {
      await reply(textMessage(messages.errorTooLong({ max: REMATCH_REASON_MAX_CHARS })));
      return;
    }
    await completeRematch(ctx, userId, pair.id, reason === '' ? null : reason, (confirmation) => reply(textMessage(confirmation)));
  },
};
