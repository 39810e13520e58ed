import type { Db } from '../db/open';
import type { Cohort } from '../db/repositories/cohorts';
import { latestSettledDelivery } from '../db/repositories/deliveries';

/**
 * Whether the app can post in a cohort's summary channel (issue 16 item 5). Checked when the cohort is created
 * (a short "summaries will appear here" message), and afterwards read from the ledger: when the cohort's latest
 * summary failed because of the channel, organizers see it on the Home tab and in their digest, not only in the
 * logs. A later summary that goes out clears it.
 */

/** Slack's answers that mean "not here" rather than "not now": only an organizer can fix them. */
export const CHANNEL_PROBLEMS = ['not_in_channel', 'channel_not_found', 'is_archived'] as const;
export type ChannelProblem = (typeof CHANNEL_PROBLEMS)[number];

export function channelProblemOf(code: string | null | undefined): ChannelProblem | undefined {
  return CHANNEL_PROBLEMS.find((problem) => problem === code);
}

/** The ledger kinds that post in a cohort's summary channel. */
export const SUMMARY_CHANNEL_KINDS = ['summary', 'final_report'] as const;

export interface SummaryChannelFailure {
  /** The ledger row of the summary that could not be posted (what a digest tells about, once). */
  deliveryId: number;
  channelId: string;
  problem: ChannelProblem;
  /** When that summary was due. */
  at: Date;
}

/** The channel problem behind the cohort's latest summary, or undefined when it went out (or none was due yet). */
export function summaryChannelFailure(db: Db, cohort: Pick<Cohort, 'id' | 'summaryChannel'>): SummaryChannelFailure | undefined {
  const latest = latestSettledDelivery(db, cohort.id, SUMMARY_CHANNEL_KINDS);
  if (!latest || latest.status !== 'failed') return undefined;
  const problem = channelProblemOf(latest.error);
  return problem ? { deliveryId: latest.id, channelId: cohort.summaryChannel, problem, at: new Date(latest.dueAt) } : undefined;
}
