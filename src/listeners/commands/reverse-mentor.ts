import type { App } from '@slack/bolt';
import { closest } from 'fastest-levenshtein';
import { z } from 'zod';
import { isAppError } from '../../errors';
import { COMMAND } from '../../views/ids';
import { escapeMrkdwn } from '../../views/mrkdwn';
import { helpMessage, textMessage } from '../../views/participant-messages';
import { failureMessage, messagesOf, organizer, type AppContext } from '../context';
import { appErrorMessage } from '../errors';
import { helpLines } from './subcommands/help';
import type { Subcommand, SubcommandRequest } from './subcommand';

/** What we read from a slash command payload; Slack sends more, and that is fine. */
const commandPayload = z.object({
  user_id: z.string().min(1),
  text: z.string().default(''),
  trigger_id: z.string().min(1),
  channel_id: z.string().min(1),
});

/** `/reverse-mentor <subcommand> …`: ack at once, then route to the subcommand (PRODUCT.md §3). */
export function registerReverseMentorCommand(app: App, ctx: AppContext, subcommands: readonly Subcommand[]): void {
  const byName = new Map(subcommands.map((command) => [command.name, command]));

  app.command(COMMAND, async ({ ack, command, respond }) => {
    await ack();
    const parsed = commandPayload.safeParse(command);
    if (!parsed.success) {
      ctx.logger.warn({ issues: parsed.error.issues.length }, 'slash command payload without the fields we need');
      return;
    }
    const { user_id: userId, text, trigger_id: triggerId, channel_id: channelId } = parsed.data;
    const [first = '', ...args] = text.trim().split(/\s+/).filter(Boolean);
    const name = first.toLowerCase() || 'help';
    const reply = async (message: { text: string; blocks?: unknown[] }) => {
      await respond({ response_type: 'ephemeral', replace_original: false, ...message } as Parameters<typeof respond>[0]);
    };

    ctx.work.run(async () => {
      const isOrganizer = organizer(ctx, userId);
      const subcommand = byName.get(name);
      const messages = await messagesOf(ctx, userId);
      try {
        if (!subcommand) {
          const suggestion = closest(name, [...byName.keys()].filter((n) => isOrganizer || !byName.get(n)?.organizerOnly));
          const prefix = messages.unknownCommand({ input: escapeMrkdwn(name.replace(/`/g, '').slice(0, 40)), suggestion });
          await reply(helpMessage(messages, helpLines(subcommands, messages, isOrganizer), prefix));
          return;
        }
        if (subcommand.organizerOnly && !isOrganizer) {
          ctx.logger.info({ subcommand: subcommand.name }, 'organizer command refused');
          await reply(textMessage(messages.notOrganizer));
          return;
        }
        const request: SubcommandRequest = {
          ctx,
          userId,
          args,
          rest: text.trim().slice(first.length).trim(),
          triggerId,
          channelId,
          messages,
          isOrganizer,
          reply,
        };
        await subcommand.run(request);
      } catch (error) {
        if (isAppError(error) && error.code !== 'database_busy') {
          await reply(textMessage(appErrorMessage(messages, error)));
          return;
        }
        await reply(textMessage(failureMessage(ctx, messages, error, `command:${name}`))).catch(() => undefined);
      }
    });
  });
}
