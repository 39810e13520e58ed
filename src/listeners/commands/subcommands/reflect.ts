import { topicText } from '../../../db/repositories/prompts';
import { listApprovedTopics } from '../../../db/repositories/topics';
import { messagesFor, type Messages } from '../../../i18n';
import {
  latestReflectionContext,
  reflectionContext,
  type ReflectionContextResult,
  type ReflectionRefusal,
} from '../../../services/reflections';
import { textMessage } from '../../../views/participant-messages';
import { reflectionModal } from '../../../views/reflections';
import { localeOf, type AppContext } from '../../context';
import type { Subcommand } from '../subcommand';

/** The sentence a person reads when a reflection cannot be opened or saved. */
export function reflectionRefusalText(messages: Messages, refusal: { reason: ReflectionRefusal; cycle?: number; final?: boolean }): string {
  switch (refusal.reason) {
    case 'no_prompt':
      return messages.reflectionNoPrompt;
    case 'not_member':
      return messages.reflectionNotYours;
    case 'pair_ended':
      return messages.reflectionPairEnded;
    case 'closed':
      return refusal.final ? messages.reflectionClosedFinal : messages.reflectionClosed({ cycle: refusal.cycle ?? 0 });
    case 'not_found':
    case 'not_posted':
      return messages.promptGone;
  }
}

/**
 * Opens the reflection modal for `promptId` (or the person's latest prompt), pre-filled with what they saved
 * before, in their language and worded for their side of the pair. Membership and the cycle being open are
 * checked first (the id may be forged); returns the refusal sentence instead when it cannot be opened. The
 * trigger id lives 3 seconds, so this runs right after the ack and does only quick database reads first.
 */
export async function openReflectionModal(ctx: AppContext, userId: string, promptId: number | 'latest', triggerId: string): Promise<string | undefined> {
  const found: ReflectionContextResult =
    promptId === 'latest' ? latestReflectionContext(ctx.db, userId, ctx.now()) : reflectionContext(ctx.db, promptId, userId, ctx.now());
  const locale = await localeOf(ctx, userId);
  const messages = messagesFor(locale);
  if (!found.ok) {
    ctx.logger.info({ prompt: promptId, reason: found.reason }, 'reflection not opened');
    return reflectionRefusalText(messages, found);
  }
  const { context } = found;
  const topicId = context.prompt.topicId;
  const modal = reflectionModal(messages, {
    promptId: context.prompt.id,
    role: context.role,
    cycle: context.prompt.cycle,
    cycles: context.cycles,
    closing: context.closing,
    topic: { id: topicId, title: topicId ? (topicText(ctx.db, topicId, locale)?.title ?? topicId) : '' },
    topics: listApprovedTopics(ctx.db, locale).map((topic) => ({ id: topic.id, title: topic.title })),
    closesAt: context.closesAt,
    existing: context.existing,
  });
  await ctx.slack.openModal(triggerId, modal);
  return undefined;
}

/** `reflect`: the reflection modal for the person's latest prompt. */
export const reflectSubcommand: Subcommand = {
  name: 'reflect',
  organizerOnly: false,
  helpKey: 'helpReflect',
  async run({ ctx, userId, triggerId, reply }) {
    const refusal = await openReflectionModal(ctx, userId, 'latest', triggerId);
    if (refusal) await reply(textMessage(refusal));
  },
};
