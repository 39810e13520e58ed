import type { Button, KnownBlock } from '@slack/types';
import type { Cohort } from '../db/repositories/cohorts';
import type { Messages } from '../i18n';
import type { MatchResult } from '../services/matching/types';
import { actions, button, confirmDialog, context, header, section, type SlackMessage } from './blocks';
import { FIT_THRESHOLDS, MAX_PAIR_SCORE, fitLevel, type FitLevel } from '../services/matching';
import { ACTION } from './ids';
import { reasonPhrases, type TopicTitles } from './match-reasons';
import { SLACK_LIMITS, escapeMrkdwn, mention } from './mrkdwn';

/** The organizer's match preview and what replaces it (PRODUCT.md §5 Preview). Pure: data in, blocks out. */

/**
 * Pairs listed one section each. A message holds at most 50 blocks; the rest of the preview takes at most 8,
 * so a cohort of any size fits, and the count of pairs not shown is given instead.
 */
export const PREVIEW_PAIRS_SHOWN = 30;
/** Unmatched people named in the preview; a mention is ~14 characters, well inside a section's 3,000. */
export const PREVIEW_UNMATCHED_SHOWN = 60;

export interface MatchPreviewData {
  cohort: Cohort;
  runId: number;
  result: MatchResult;
  /** Topic titles in the organizer's language, for "3 shared topics: …". */
  titles: TopicTitles;
}

/** "strong fit", "god matchning": a score in the organizer's words. */
export function fitText(messages: Messages, level: FitLevel): string {
  return { strong: messages.matchFitStrong, good: messages.matchFitGood, fair: messages.matchFitFair }[level];
}

export function matchPreviewMessage(messages: Messages, data: MatchPreviewData): SlackMessage {
  const { result } = data;
  const unmatched = [...result.unmatchedMentors, ...result.unmatchedMentees];
  const average = result.pairs.length > 0 ? Math.round(result.totalScore / result.pairs.length) : 0;
  const totals = messages.matchPreviewTotals({ pairs: result.pairs.length, unmatched: unmatched.length, fit: fitText(messages, fitLevel(average)) });
  const blocks: KnownBlock[] = [header(messages.matchPreviewHeader({ name: data.cohort.name })), section(totals)];
  if (result.pairs.length > 0) {
    blocks.push(context(messages.matchPreviewScale({ max: MAX_PAIR_SCORE, strong: FIT_THRESHOLDS.strong, good: FIT_THRESHOLDS.good })));
  }

  for (const pair of result.pairs.slice(0, PREVIEW_PAIRS_SHOWN)) {
    const title = messages.matchPreviewPair({
      mentor: mention(pair.mentorId),
      mentee: mention(pair.menteeId),
      fit: fitText(messages, fitLevel(pair.score)),
      score: pair.score,
      max: MAX_PAIR_SCORE,
    });
    const reasons = reasonPhrases(messages, pair.reasons, data.titles).map((phrase) => `• ${phrase}`);
    blocks.push(section([title, ...reasons].join('\n')));
  }
  if (result.pairs.length > PREVIEW_PAIRS_SHOWN) {
    blocks.push(context(messages.matchPreviewMore({ count: result.pairs.length - PREVIEW_PAIRS_SHOWN })));
  }

  if (result.pairs.length === 0) {
    blocks.push(section(messages.matchPreviewNoPairs));
  } else if (unmatched.length === 0) {
    blocks.push(section(messages.matchPreviewEveryonePaired));
  }
  if (unmatched.length > 0) {
    const named = unmatched.slice(0, PREVIEW_UNMATCHED_SHOWN).map(mention).join(', ');
    const more = unmatched.length > PREVIEW_UNMATCHED_SHOWN ? ` ${messages.matchPreviewUnmatchedMore({ count: unmatched.length - PREVIEW_UNMATCHED_SHOWN })}` : '';
    blocks.push(section(messages.matchPreviewUnmatched({ people: named + more })));
  }

  const buttons: Button[] = [];
  if (result.pairs.length > 0) {
    blocks.push(context(messages.matchPreviewHint));
    // Introductions cannot be taken back: Slack asks first, saying how many pairs and people will be messaged.
    const dialog = confirmDialog({
      title: messages.matchConfirmDialogTitle,
      text: messages.matchConfirmDialogText({ pairs: result.pairs.length, unmatched: unmatched.length }),
      confirm: messages.matchConfirmDialogYes,
      deny: messages.matchConfirmDialogNo,
    });
    buttons.push(button(messages.matchConfirmButton, ACTION.matchConfirm, String(data.runId), 'primary', dialog));
  }
  buttons.push(button(messages.matchRerunButton, ACTION.matchRerun, String(data.runId)));
  blocks.push(actions('match_preview', buttons));

  return { text: `${messages.matchPreviewHeader({ name: escapeMrkdwn(data.cohort.name) })}: ${totals}`, blocks: blocks.slice(0, SLACK_LIMITS.blocksPerMessage) };
}

export interface IntroductionProgressData {
  cohortName: string;
  pairs: { total: number; sent: number; failed: number; unknown: number; skipped: number };
  unmatched: { total: number; sent: number; failed: number; unknown: number; skipped: number };
  done: boolean;
  /** People whose message failed or may not have arrived (pair members, or unmatched people). */
  problemUserIds: string[];
}

/** Shown as many people's names at most in the final progress message. */
const PROGRESS_PROBLEMS_SHOWN = 20;

/** The organizer's progress message while introductions go out, and its final state. */
export function introductionProgressMessage(messages: Messages, data: IntroductionProgressData): SlackMessage {
  const name = escapeMrkdwn(data.cohortName);
  const lines: string[] = [];
  const problems = data.pairs.failed + data.pairs.unknown + data.unmatched.failed + data.unmatched.unknown;
  const skipped = data.pairs.skipped + data.unmatched.skipped;
  if (!data.done) {
    lines.push(
      messages.matchProgress({ name, introduced: data.pairs.sent, total: data.pairs.total, told: data.unmatched.sent, unmatched: data.unmatched.total }),
    );
  } else if (problems === 0) {
    lines.push(messages.matchProgressDone({ name, pairs: data.pairs.sent, told: data.unmatched.sent }));
  } else {
    lines.push(
      messages.matchProgressDonePartly({
        name,
        introduced: data.pairs.sent,
        total: data.pairs.total,
        told: data.unmatched.sent,
        unmatched: data.unmatched.total,
      }),
    );
    const shown = data.problemUserIds.slice(0, PROGRESS_PROBLEMS_SHOWN).map(mention).join(', ');
    const more = data.problemUserIds.length > PROGRESS_PROBLEMS_SHOWN ? ` ${messages.matchPreviewUnmatchedMore({ count: data.problemUserIds.length - PROGRESS_PROBLEMS_SHOWN })}` : '';
    lines.push(
      messages.matchProgressCheck({
        failed: data.pairs.failed + data.unmatched.failed,
        unknown: data.pairs.unknown + data.unmatched.unknown,
        people: shown + more,
      }),
    );
  }
  if (data.done && skipped > 0) lines.push(messages.matchProgressSkipped({ count: skipped }));
  return { text: lines[0] as string, blocks: [section(lines.join('\n'))] };
}
