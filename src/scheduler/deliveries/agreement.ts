import { findPair, setPairChannel } from '../../db/repositories/pairs';
import { messagesFor } from '../../i18n';
import { currentAgreement, parseAgreementKey, postedAgreement, prepareAgreement } from '../../services/agreements';
import type { DeliveryHandler } from '../../services/delivery';
import { slackErrorCode } from '../../slack/errors';
import { agreementMessage } from '../../views/kickoff';
import type { DeliveryDeps } from './deps';

/**
 * `agreement` rows (key agreement:pair:<id>): the pair's kickoff agreement in its group message, once, in the pair's
 * language, with `rm_agreement` metadata (PRODUCT.md §12.1). Whether it is still wanted is decided now. A part
 * edited while the agreement was being posted is caught after the row is settled: the message is updated in place
 * when what was posted is no longer the latest (an edit saved after that finds the message itself, see
 * listeners/views/kickoff.ts).
 */
export function agreementHandler(deps: DeliveryDeps): DeliveryHandler {
  const postedVersion = new Map<number, string>();
  return {
    rateLimitScope: 'message',
    async deliver(delivery) {
      const prepared = prepareAgreement(deps.db, delivery, deps.config.defaultLocale);
      if ('skipped' in prepared) return prepared;
      const { view, pair } = prepared;
      let channel = pair.channelId;
      if (!channel) {
        // The introduction has not opened the group message yet: open it (the same one) and keep it for both.
        const opened = await deps.slack.openConversation([pair.mentorId, pair.menteeId]);
        setPairChannel(deps.db, pair.id, opened);
        channel = findPair(deps.db, pair.id)?.channelId ?? opened;
      }
      const posted = await deps.slack.postMessage(channel, agreementMessage(messagesFor(view.locale), view));
      postedVersion.set(delivery.id, view.version);
      return { posted };
    },
    async afterSettle(delivery, result) {
      const version = postedVersion.get(delivery.id);
      postedVersion.delete(delivery.id);
      if (result !== 'sent' || version === undefined) return;
      const pairId = parseAgreementKey(delivery.dedupeKey);
      if (pairId === undefined) return;
      const current = currentAgreement(deps.db, pairId, deps.config.defaultLocale);
      const location = postedAgreement(deps.db, pairId);
      if (!current || !location || current.version === version) return;
      await deps.slack
        .updateMessage(location.channel, location.ts, agreementMessage(messagesFor(current.locale), current))
        .catch((error) => deps.logger.warn({ pair: pairId, slackError: slackErrorCode(error) }, 'could not update the agreement after an edit'));
    },
  };
}
