import type { Messages } from '../../../i18n';
import { grantOrganizer, listOrganizers, revokeOrganizer } from '../../../services/organizers';
import { slackErrorCode } from '../../../slack/errors';
import { mention } from '../../../views/mrkdwn';
import { organizerListMessage } from '../../../views/organizer-messages';
import { textMessage } from '../../../views/participant-messages';
import { messagesOf, type AppContext } from '../../context';
import { refreshHome } from '../../events/app-home-opened';
import { parseSingleUserMention } from '../mentions';
import type { Subcommand, SubcommandRequest } from '../subcommand';

/** Tells a person their organizer rights changed; a failed DM must not undo or fail the change. */
async function tellPerson(ctx: AppContext, userId: string, text: (messages: Messages) => string): Promise<void> {
  try {
    await ctx.slack.sendDirectMessage(userId, textMessage(text(await messagesOf(ctx, userId))));
  } catch (error) {
    ctx.logger.warn({ slackError: slackErrorCode(error) }, 'could not tell a person about their organizer rights');
  }
  await refreshHome(ctx, userId);
}

async function add({ ctx, userId, messages, reply }: SubcommandRequest, target: string): Promise<void> {
  let person;
  try {
    person = await ctx.slack.userInfo(target);
  } catch (error) {
    if (slackErrorCode(error) !== 'user_not_found') throw error;
    await reply(textMessage(messages.organizerUnknownUser));
    return;
  }
  if (person.isBot || person.deleted) {
    await reply(textMessage(messages.organizerNotAPerson));
    return;
  }
  const result = grantOrganizer(ctx.db, ctx.config.organizerUserIds, target, userId, ctx.now());
  if (result === 'already_organizer') {
    await reply(textMessage(messages.organizerAlready({ user: mention(target) })));
    return;
  }
  ctx.logger.info({ organizer: target, by: userId }, 'organizer added');
  await reply(textMessage(messages.organizerAdded({ user: mention(target) })));
  await tellPerson(ctx, target, (theirs) => theirs.organizerWelcome({ by: mention(userId) }));
}

async function remove({ ctx, userId, messages, reply }: SubcommandRequest, target: string): Promise<void> {
  const user = mention(target);
  switch (revokeOrganizer(ctx.db, ctx.config.organizerUserIds, target)) {
    case 'configured':
      await reply(textMessage(messages.organizerConfigured({ user })));
      return;
    case 'not_organizer':
      await reply(textMessage(messages.organizerNotInList({ user })));
      return;
    case 'last_organizer':
      await reply(textMessage(messages.organizerLastOne));
      return;
    case 'removed':
      ctx.logger.info({ organizer: target, by: userId }, 'organizer removed');
      await reply(textMessage(messages.organizerRemoved({ user })));
      if (target !== userId) await tellPerson(ctx, target, (theirs) => theirs.organizerRemovedNotice({ by: mention(userId) }));
      else await refreshHome(ctx, userId);
  }
}

/** `organizers add @user | remove @user | list` (PRODUCT.md §3); the router has checked organizer rights. */
export const organizersSubcommand: Subcommand = {
  name: 'organizers',
  organizerOnly: true,
  helpKey: 'helpOrganizers',
  async run(request) {
    const { ctx, args, rest, messages, reply } = request;
    const action = args[0]?.toLowerCase() ?? 'list';
    if (action === 'list' && args.length <= 1) {
      await reply(organizerListMessage(messages, listOrganizers(ctx.db, ctx.config.organizerUserIds)));
      return;
    }
    if (action !== 'add' && action !== 'remove') {
      await reply(textMessage(messages.organizersUsage));
      return;
    }
    const target = parseSingleUserMention(rest.slice(args[0]?.length ?? 0));
    if (!target) {
      await reply(textMessage(messages.organizersMentionNeeded));
      return;
    }
    await (action === 'add' ? add(request, target) : remove(request, target));
  },
};
