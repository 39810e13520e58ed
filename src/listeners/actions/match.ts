import type { BlockAction, RespondFn } from '@slack/bolt';
import { z } from 'zod';
import { messagesFor, type Messages } from '../../i18n';
import {
  INTRO_KIND,
  UNMATCHED_KIND,
  confirmMatch,
  recordProgressMessage,
  rerunMatch,
  type ConfirmOutcome,
} from '../../services/match-runs';
import { slackErrorCode } from '../../slack/errors';
import { ACTION } from '../../views/ids';
import { introductionProgressMessage } from '../../views/match-preview';
import { escapeMrkdwn } from '../../views/mrkdwn';
import { textMessage } from '../../views/participant-messages';
import { matchOutcomeMessage, matchTargetText } from '../commands/subcommands/match';
import { failureMessage, localeOf, messagesOf, organizer, type AppContext } from '../context';
import type { ListenerRoutes } from '../router';
import { refreshHome } from '../events/app-home-opened';

/** The button's value is the match run id; Slack sends more, and that is fine. */
const previewAction = z.looseObject({ actions: z.array(z.looseObject({ value: z.string() })).min(1) });

function runIdOf(body: unknown): number | undefined {
  const parsed = previewAction.safeParse(body);
  const value = parsed.success ? parsed.data.actions[0]?.value : undefined;
  return value !== undefined && /^\d{1,12}$/.test(value) ? Number(value) : undefined;
}

/** Why a confirm changed nothing, in the organizer's words. */
function confirmRefusalText(messages: Messages, outcome: Exclude<ConfirmOutcome, { ok: true }>): string {
  switch (outcome.reason) {
    case 'not_found':
      return messages.matchRunNotFound;
    case 'already_confirmed':
      return messages.matchAlreadyConfirmed({ name: escapeMrkdwn(outcome.cohort.name) });
    case 'completed':
      return messages.matchCohortCompleted({ name: escapeMrkdwn(outcome.cohort.name), id: outcome.cohort.id });
    case 'superseded':
      return messages.matchSuperseded;
    case 'stale':
      return messages.matchStale;
    case 'no_pairs':
      return messages.matchPreviewNoPairs;
  }
}

/**
 * The match preview's buttons (PRODUCT.md §4): `match_confirm` and `match_rerun`, value = the run id. Organizer
 * rights are checked again on every click; anyone else is refused and sees nothing of the preview.
 */
export function registerMatchActions(routes: ListenerRoutes, ctx: AppContext): void {
  const guard = (actionId: string, handle: (userId: string, runId: number | undefined, messages: Messages, respond: RespondFn) => Promise<void>) =>
    routes.action<BlockAction>(actionId, async ({ ack, body, respond }) => {
      await ack();
      const userId = body.user.id;
      ctx.work.run(async () => {
        const messages = await messagesOf(ctx, userId);
        try {
          if (!organizer(ctx, userId)) {
            ctx.logger.info({ actionId }, 'organizer button refused');
            await respond({ response_type: 'ephemeral', replace_original: false, ...textMessage(messages.notOrganizer) });
            return;
          }
          await handle(userId, runIdOf(body), messages, respond);
        } catch (error) {
          const text = failureMessage(ctx, messages, error, `action:${actionId}`);
          await respond({ response_type: 'ephemeral', replace_original: false, ...textMessage(text) }).catch(() => undefined);
        }
      });
    });

  guard(ACTION.matchConfirm, async (userId, runId, messages, respond) => {
    const outcome = runId === undefined ? ({ ok: false, reason: 'not_found' } as const) : confirmMatch(ctx.db, runId, userId, ctx.now());
    if (!outcome.ok) {
      ctx.logger.info({ run: runId, reason: outcome.reason }, 'match confirm refused');
      await respond({ response_type: 'ephemeral', replace_original: false, ...textMessage(confirmRefusalText(messages, outcome)) });
      return;
    }
    ctx.logger.info({ run: outcome.run.id, cohort: outcome.cohort.id, pairs: outcome.pairs, unmatched: outcome.unmatched }, 'match confirmed');
    try {
      const name = escapeMrkdwn(outcome.cohort.name);
      await respond({ replace_original: true, ...textMessage(messages.matchConfirmed({ name, pairs: outcome.pairs, unmatched: outcome.unmatched })) });
      await postProgressMessage(ctx, userId, outcome);
    } finally {
      // The pairs are stored and their messages scheduled: they go out whatever happened to the replies above.
      ctx.dispatchSoon([INTRO_KIND, UNMATCHED_KIND]);
    }
    // The cohort is running now: the organizer's Home tab shows it so.
    await refreshHome(ctx, userId);
  });

  guard(ACTION.matchRerun, async (userId, runId, messages, respond) => {
    const outcome = runId === undefined ? ({ ok: false, reason: 'not_found' } as const) : await rerunMatch(ctx.db, runId, userId, ctx.now(), ctx.matchSolver);
    if (!outcome.ok && outcome.reason !== 'nobody_to_match') {
      const text = outcome.reason === 'not_found' ? messages.matchRunNotFound : matchTargetText(messages, outcome);
      await respond({ response_type: 'ephemeral', replace_original: false, ...textMessage(text) });
      return;
    }
    // The preview lives in the organizer's DM with the app: the new one takes its place there.
    await respond({ replace_original: true, ...(await matchOutcomeMessage(ctx, userId, messages, outcome)) });
  });
}

/** The organizer's progress message in their DM; the delivery passes keep it up to date (chat.update). */
async function postProgressMessage(ctx: AppContext, userId: string, outcome: Extract<ConfirmOutcome, { ok: true }>): Promise<void> {
  const locale = await localeOf(ctx, userId);
  const empty = { sent: 0, failed: 0, unknown: 0, skipped: 0 };
  const message = introductionProgressMessage(messagesFor(locale), {
    cohortName: outcome.cohort.name,
    pairs: { ...empty, total: outcome.pairs },
    unmatched: { ...empty, total: outcome.unmatched },
    done: false,
    problemUserIds: [],
  });
  try {
    const posted = await ctx.slack.sendDirectMessage(userId, message);
    recordProgressMessage(ctx.db, outcome.run.id, { ...posted, locale });
  } catch (error) {
    ctx.logger.warn({ slackError: slackErrorCode(error) }, 'could not post the introduction progress message');
  }
}
