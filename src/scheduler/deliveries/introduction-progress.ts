import { findCohort } from '../../db/repositories/cohorts';
import { countDeliveries, listDeliveries, type DeliveryStatus } from '../../db/repositories/deliveries';
import { runsAwaitingProgress, saveRunProgress } from '../../db/repositories/match-runs';
import { findPair } from '../../db/repositories/pairs';
import { messagesFor, resolveLocale } from '../../i18n';
import type { Delivery } from '../../db/repositories/deliveries';
import type { SettleResult } from '../../services/delivery';
import { INTRO_KIND, UNMATCHED_KIND } from '../../services/match-runs';
import { classifySlackError } from '../../slack/errors';
import { introductionProgressMessage, type IntroductionProgressData } from '../../views/match-preview';
import type { DeliveryDeps } from './deps';

/**
 * The organizer's progress message after confirming a match (PRODUCT.md §5): updated with `chat.update` at the
 * end of every delivery pass and every `every` introductions within a pass — never once per introduction, which
 * for 500 pairs would itself run into Slack's limits. The counts come from the ledger, so an update after a
 * restart shows the true state, and an unchanged message is not sent again.
 */
export const PROGRESS_EVERY = 25;

function tally(counts: Record<DeliveryStatus, number>) {
  return {
    total: Object.values(counts).reduce((sum, n) => sum + n, 0),
    sent: counts.sent,
    failed: counts.failed + counts.missed,
    unknown: counts.unknown,
    skipped: counts.skipped,
    waiting: counts.pending + counts.claimed,
  };
}

/** Who to check on by hand: both members of each pair whose introduction failed or may not have arrived. */
function problemUsers(deps: DeliveryDeps, cohortId: number): string[] {
  const users = new Set<string>();
  for (const kind of [INTRO_KIND, UNMATCHED_KIND]) {
    for (const delivery of listDeliveries(deps.db, { cohortId, kind })) {
      if (delivery.status !== 'failed' && delivery.status !== 'unknown' && delivery.status !== 'missed') continue;
      const pair = delivery.kind === INTRO_KIND && delivery.subjectId !== null ? findPair(deps.db, delivery.subjectId) : undefined;
      if (pair) users.add(pair.mentorId).add(pair.menteeId);
      else if (delivery.userId) users.add(delivery.userId);
    }
  }
  return [...users];
}

/** Updates the progress message of every confirmed run still being introduced (or only the cohort's). */
export async function reportIntroductionProgress(deps: DeliveryDeps, now: Date, cohortId?: number): Promise<void> {
  for (const run of runsAwaitingProgress(deps.db, cohortId)) {
    const cohort = findCohort(deps.db, run.cohortId);
    if (!cohort || !run.progressChannel || !run.progressTs) continue;
    const pairs = tally(countDeliveries(deps.db, cohort.id, [INTRO_KIND]));
    const unmatched = tally(countDeliveries(deps.db, cohort.id, [UNMATCHED_KIND]));
    const done = pairs.waiting === 0 && unmatched.waiting === 0;
    const state = JSON.stringify({ pairs, unmatched, done });
    if (state === run.progressState) continue;
    const data: IntroductionProgressData = {
      cohortName: cohort.name,
      pairs,
      unmatched,
      done,
      problemUserIds: done ? problemUsers(deps, cohort.id) : [],
    };
    const messages = messagesFor(resolveLocale(run.progressLocale, deps.config.defaultLocale));
    try {
      await deps.slack.updateMessage(run.progressChannel, run.progressTs, introductionProgressMessage(messages, data));
      saveRunProgress(deps.db, run.id, state, done ? now : null);
    } catch (error) {
      const failure = classifySlackError(error);
      deps.logger.warn({ run: run.id, slackError: failure.code }, 'could not update the introduction progress message');
      // The message is gone (or can never be edited): stop trying. Otherwise the next report tries again.
      if (failure.kind === 'permanent') saveRunProgress(deps.db, run.id, state, now);
    }
  }
}

export interface IntroductionProgress {
  afterSettle: (delivery: Delivery, result: SettleResult, now: Date) => Promise<void>;
  afterPass: (now: Date) => Promise<void>;
}

/** One per delivery pass, shared by the `intro` and `unmatched` handlers. Reports run one at a time. */
export function createIntroductionProgress(deps: DeliveryDeps, every = PROGRESS_EVERY): IntroductionProgress {
  const sinceReport = new Map<number, number>();
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (report: () => Promise<void>): Promise<void> => {
    queue = queue.then(report, report);
    return queue;
  };
  return {
    afterSettle: async (delivery, result, now) => {
      if (result === 'retry' || delivery.cohortId === null) return;
      const count = (sinceReport.get(delivery.cohortId) ?? 0) + 1;
      sinceReport.set(delivery.cohortId, count >= every ? 0 : count);
      if (count >= every) await enqueue(() => reportIntroductionProgress(deps, now, delivery.cohortId ?? undefined));
    },
    afterPass: (now) => enqueue(() => reportIntroductionProgress(deps, now)),
  };
}
