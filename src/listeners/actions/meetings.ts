import type { BlockAction, RespondFn } from '@slack/bolt';
import { z } from 'zod';
import { messagesFor } from '../../i18n';
import { answerMeetingHeld, cancelMeetingFor, MEETING_NOTICE_KIND, type HeldAnswer, type MeetingTarget } from '../../services/meetings';
import { acknowledgePreparation } from '../../services/preparation';
import { slackErrorCode } from '../../slack/errors';
import { ACTION } from '../../views/ids';
import { meetingAnsweredMessage, parseHeldBlockId } from '../../views/meetings';
import { textMessage } from '../../views/participant-messages';
import { parsePrepAckValue, preparationMessage } from '../../views/preparation';
import { meetingRefusalText, openMeetingModal } from '../commands/subcommands/book';
import { failureMessage, messagesOf, type AppContext } from '../context';
import { refreshHome } from '../events/app-home-opened';
import type { ListenerRoutes } from '../router';

/** What the buttons carry. Slack sends much more, and that is fine. */
const clicked = z.looseObject({
  actions: z.array(z.looseObject({ value: z.string().max(100).optional(), block_id: z.string().max(255).optional() })).min(1),
  container: z.looseObject({ type: z.string().optional() }).optional(),
  channel: z.looseObject({ id: z.string() }).optional(),
  message: z.looseObject({ ts: z.string() }).optional(),
});

function readClick(body: unknown): { value: string | undefined; blockId: string | undefined; channel: string | undefined; ts: string | undefined; inMessage: boolean } {
  const parsed = clicked.safeParse(body);
  if (!parsed.success) return { value: undefined, blockId: undefined, channel: undefined, ts: undefined, inMessage: false };
  const action = parsed.data.actions[0];
  return {
    value: action?.value,
    blockId: action?.block_id,
    channel: parsed.data.channel?.id,
    ts: parsed.data.message?.ts,
    inMessage: parsed.data.container?.type !== 'view',
  };
}

const idOf = (value: string | undefined) => (/^\d{1,12}$/.test(value ?? '') ? Number(value) : undefined);

/**
 * The meeting buttons (PRODUCT.md §12.2): `meeting_book` (introduction, prompts, App Home, the silence DM),
 * `meeting_reschedule` and `meeting_cancel` on the booking message, `meeting_held` on "Did you meet?", and
 * `prep_ack` on the preparation DMs. Only a member of the pair changes anything; ids in values can be forged.
 */
export function registerMeetingActions(routes: ListenerRoutes, ctx: AppContext): void {
  /** Why nothing happened, to the clicker alone: ephemeral under a message, a DM from App Home. */
  const tellerFor = (userId: string, respond: RespondFn, inMessage: boolean) => async (text: string) => {
    if (inMessage) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...textMessage(text) });
      return;
    }
    await ctx.slack.sendDirectMessage(userId, textMessage(text)).catch((error) => ctx.logger.warn({ slackError: slackErrorCode(error) }, 'could not tell why'));
  };

  const openFor = (actionId: string, target: (value: string | undefined) => MeetingTarget | undefined) => {
    routes.action<BlockAction>(actionId, async ({ ack, body, respond }) => {
      await ack();
      const userId = body.user.id;
      const click = readClick(body);
      const tell = tellerFor(userId, respond, click.inMessage);
      ctx.work.run(async () => {
        try {
          const chosen = target(click.value);
          const refusal = chosen ? await openMeetingModal(ctx, userId, chosen, body.trigger_id) : (await messagesOf(ctx, userId)).meetingGone;
          if (refusal) await tell(refusal);
        } catch (error) {
          await tell(failureMessage(ctx, await messagesOf(ctx, userId), error, `action:${actionId}`)).catch(() => undefined);
        }
      });
    });
  };
  openFor(ACTION.meetingBook, (value) => (idOf(value) !== undefined ? { pairId: idOf(value) as number } : undefined));
  openFor(ACTION.meetingReschedule, (value) => (idOf(value) !== undefined ? { meetingId: idOf(value) as number } : undefined));

  routes.action<BlockAction>(ACTION.meetingCancel, async ({ ack, body, respond }) => {
    await ack();
    const userId = body.user.id;
    const click = readClick(body);
    const tell = tellerFor(userId, respond, click.inMessage);
    ctx.work.run(async () => {
      try {
        const meetingId = idOf(click.value);
        const result = meetingId === undefined ? { ok: false as const, reason: 'not_found' as const } : cancelMeetingFor(ctx.db, userId, meetingId, ctx.now());
        if (!result.ok) {
          ctx.logger.info({ meeting: meetingId, reason: result.reason }, 'meeting not cancelled');
          await tell(meetingRefusalText(await messagesOf(ctx, userId), result.reason));
          return;
        }
        ctx.logger.info({ meeting: result.meeting.id, pair: result.meeting.pairId }, 'meeting cancelled');
        ctx.dispatchSoon([MEETING_NOTICE_KIND]);
        await refreshHome(ctx, userId);
      } catch (error) {
        await tell(failureMessage(ctx, await messagesOf(ctx, userId), error, 'action:meeting_cancel')).catch(() => undefined);
      }
    });
  });

  routes.action<BlockAction>(ACTION.meetingHeld, async ({ ack, body, respond }) => {
    await ack();
    const userId = body.user.id;
    const click = readClick(body);
    const tell = tellerFor(userId, respond, click.inMessage);
    ctx.work.run(async () => {
      try {
        const meetingId = parseHeldBlockId(click.blockId);
        const answer = (['yes', 'no', 'moved'] as const).find((candidate) => candidate === click.value) as HeldAnswer | undefined;
        if (meetingId === undefined || answer === undefined) {
          await tell((await messagesOf(ctx, userId)).meetingGone);
          return;
        }
        if (answer === 'moved') {
          const refusal = await openMeetingModal(ctx, userId, { meetingId }, body.trigger_id);
          if (refusal) await tell(refusal);
          return;
        }
        const result = answerMeetingHeld(ctx.db, userId, meetingId, answer, ctx.config.defaultLocale, ctx.now());
        if (!result.ok) {
          await tell(meetingRefusalText(await messagesOf(ctx, userId), result.reason));
          return;
        }
        ctx.logger.info({ meeting: meetingId, answer }, 'meeting follow-up answered');
        if (click.channel && click.ts && result.answer !== 'moved') {
          // The follow-up is in the pair's group DM, in the pair's language.
          const message = meetingAnsweredMessage(messagesFor(result.locale), {
            held: result.answer === 'yes',
            userId,
            pairId: result.meeting.pairId,
            reflectPromptId: result.promptId,
          });
          await ctx.slack.updateMessage(click.channel, click.ts, message);
        }
      } catch (error) {
        await tell(failureMessage(ctx, await messagesOf(ctx, userId), error, 'action:meeting_held')).catch(() => undefined);
      }
    });
  });

  routes.action<BlockAction>(ACTION.prepAck, async ({ ack, body, respond }) => {
    await ack();
    const userId = body.user.id;
    const click = readClick(body);
    const tell = tellerFor(userId, respond, click.inMessage);
    ctx.work.run(async () => {
      try {
        const read = parsePrepAckValue(click.value);
        if (!read || !acknowledgePreparation(ctx.db, userId, read.cohortId, read.part, ctx.now())) {
          ctx.logger.info({ reason: 'not_sent_to_them' }, 'preparation not acknowledged');
          return;
        }
        if (click.channel && click.ts) {
          const messages = await messagesOf(ctx, userId);
          await ctx.slack.updateMessage(click.channel, click.ts, preparationMessage(messages, { ...read, read: true }));
        }
      } catch (error) {
        await tell(failureMessage(ctx, await messagesOf(ctx, userId), error, 'action:prep_ack')).catch(() => undefined);
      }
    });
  });
}
