import type { KnownBlock } from '@slack/types';
import type { Messages } from '../i18n';
import type { ChangeHighlight, FinalAddendum, FinalReport } from '../services/final-report';
import type { FinalPrivate } from '../services/final-private';
import type { OutgoingMessage } from '../slack/gateway';
import { context, divider, header, section, type SlackMessage } from './blocks';
import { checkinNoteLines } from './checkin';
import { listSections } from './digest';
import { METADATA_EVENT } from './ids';
import { roleNoun } from './kickoff';
import { escapeMrkdwn, SLACK_LIMITS, truncate } from './mrkdwn';
import { personLabel } from './reflections';
import { checkinSummaryText, HIGHLIGHT_CHARS } from './summary';

/**
 * The final report's outcome parts (PRODUCT.md §12.5), added to views/final-report.ts's parts; its private part for
 * organizers; and the addendum thirty days on. The figures arrive already under the anonymity rules
 * (services/anonymity.ts): a null is "too few to show", and the part says how many answers there are, nothing more.
 * Pure: data in, blocks out.
 */

type Part = (messages: Messages, report: FinalReport) => KnownBlock[];

/** Pairs matched, how many ran to the end, how many wrote an agreement (goals themselves never appear). */
export const pairsPart: Part = (messages, { outcomes, people }) => [
  section(messages.finalOutcomePairs({ matched: outcomes.pairsMade, completed: people.pairs, agreements: outcomes.agreements })),
];

/** The check-in's relationship average and progress, if it was asked. */
export const checkinPart: Part = (messages, { outcomes }) => (outcomes.checkin ? [section(checkinSummaryText(messages, outcomes.checkin))] : []);

function distributionLines(lines: Array<[string, number]>): string {
  return lines.map(([label, n]) => `${label}  ${n}`).join('\n');
}

/** Goals met, the Net Promoter Score, would take part again: each only from enough answers. */
export const finalEvaluationPart: Part = (messages, { outcomes }) => {
  const { final } = outcomes;
  if (final.asked === 0 && final.answers === 0) return [];
  const lines: string[] = [messages.finalOutcomeAnswers({ answers: final.answers, asked: final.asked })];
  if (final.goalsMet) {
    const goals = final.goalsMet;
    lines.push(
      `${messages.finalOutcomeGoalsMet}\n${distributionLines([
        [messages.finalGoals5, goals[5]],
        [messages.finalGoals4, goals[4]],
        [messages.finalGoals3, goals[3]],
        [messages.finalGoals2, goals[2]],
        [messages.finalGoals1, goals[1]],
      ])}`,
    );
  } else {
    lines.push(messages.finalOutcomeGoalsMetTooFew({ count: final.answers }));
  }
  lines.push(
    final.nps.score === null
      ? messages.finalOutcomeNpsTooFew({ count: final.nps.answers })
      : messages.finalOutcomeNps({
          score: final.nps.score > 0 ? `+${final.nps.score}` : String(final.nps.score),
          count: final.nps.answers,
          promoters: final.nps.promoters,
          passives: final.nps.passives,
          detractors: final.nps.detractors,
        }),
  );
  lines.push(
    final.again
      ? messages.finalOutcomeAgain({ mentor: final.again.mentor, mentee: final.again.mentee, no: final.again.no })
      : messages.finalOutcomeAgainTooFew({ count: final.againAnswers }),
  );
  return [section(lines.join('\n\n'))];
};

function changeText(messages: Messages, change: ChangeHighlight): string {
  const quoted = `>${escapeMrkdwn(truncate(change.changed.trim(), HIGHLIGHT_CHARS)).replace(/\r?\n/g, '\n>')}`;
  const who =
    change.sharing === 'anonymous'
      ? messages.summaryHighlightAnonymous
      : `${change.displayName ? escapeMrkdwn(truncate(change.displayName, 80)) : personLabel(messages, change.userId)}, ${roleNoun(messages, change.role)}`;
  return `${quoted}\n— _${who}_`;
}

/** Up to five answers to "what will change" that their authors chose to share. */
export const changesPart: Part = (messages, { outcomes }) => {
  if (outcomes.final.answers === 0) return [];
  if (outcomes.changes.length === 0) return [divider(), section(messages.finalOutcomeChangesNone)];
  return [divider(), section(messages.finalOutcomeChangesHeader), ...outcomes.changes.map((change) => section(changeText(messages, change)))];
};

/** How the figures are kept anonymous, in a sentence. */
export const anonymityPart: Part = (messages) => [context(messages.finalOutcomeAnonymity)];


// ---------------------------------------------------------------------------------------------------------------
// The organizers' private part
// ---------------------------------------------------------------------------------------------------------------

/** People named in one list of the private part, and notes quoted (each up to NOTE_QUOTE_CHARS), before "…and N more". */
export const PEOPLE_LISTED = 40;
/** A note takes up to ~700 characters: twelve fit in the four sections a list may take, with room for "…and N more". */
export const NOTES_LISTED = 12;

/** Everything that names people, for one organizer, by direct message. */
export function finalPrivateMessage(messages: Messages, part: FinalPrivate): SlackMessage {
  const cohort = escapeMrkdwn(part.cohortName);
  const blocks: KnownBlock[] = [
    header(messages.finalPrivateHeader({ cohort: part.cohortName })),
    context(messages.finalPrivateIntro({ channel: `<#${part.summaryChannel}>` })),
  ];
  const people = (ids: readonly string[]) => {
    const named = ids.slice(0, PEOPLE_LISTED).map((id) => personLabel(messages, id)).join(', ');
    return ids.length > PEOPLE_LISTED ? `${named} ${messages.finalPrivateMore({ count: ids.length - PEOPLE_LISTED })}` : named;
  };
  const pair = (p: { mentorId: string; menteeId: string }) =>
    `• ${messages.summaryPrivatePair({ mentor: personLabel(messages, p.mentorId), mentee: personLabel(messages, p.menteeId) }).replace(/:$/, '')}`;
  if (part.neverMet.length > 0) {
    blocks.push(...listSections(messages, messages.finalPrivateNeverMet({ count: part.neverMet.length }), part.neverMet.map(pair), PEOPLE_LISTED, messages.finalPrivateMore));
  }
  if (part.noCheckin.length > 0) {
    blocks.push(section(`${messages.finalPrivateNoCheckin({ count: part.noCheckin.length })}\n${people(part.noCheckin)}`));
  }
  if (part.noFinal.length > 0) {
    blocks.push(section(`${messages.finalPrivateNoFinal({ count: part.noFinal.length })}\n${people(part.noFinal)}`));
  }
  if (part.notes.length > 0) {
    blocks.push(
      divider(),
      ...listSections(messages, messages.finalPrivateNotes({ count: part.notes.length }), part.notes.map((note) => checkinNoteLines(messages, note)), NOTES_LISTED, messages.finalPrivateMoreNotes),
    );
  }
  if (blocks.length === 2) blocks.push(section(messages.finalPrivateAllWell({ cohort })));
  blocks.push(context(messages.finalPrivateFooter));
  return { text: messages.finalPrivateFallback({ cohort }), blocks: blocks.slice(0, SLACK_LIMITS.blocksPerMessage) };
}

// ---------------------------------------------------------------------------------------------------------------
// The addendum, thirty days on
// ---------------------------------------------------------------------------------------------------------------

export function addendumMessage(messages: Messages, addendum: FinalAddendum): SlackMessage & Required<Pick<OutgoingMessage, 'metadata'>> {
  const cohort = escapeMrkdwn(addendum.cohortName);
  const counts = addendum.counts;
  const lines = [messages.addendumAsked({ cohort, asked: addendum.asked })];
  lines.push(
    counts
      ? messages.addendumCounts({ count: addendum.answers, done: counts.done, partly: counts.partly, notYet: counts.not_yet })
      : messages.addendumTooFew({ count: addendum.answers }),
  );
  return {
    text: messages.addendumFallback({ cohort }),
    blocks: [header(messages.addendumHeader({ cohort: addendum.cohortName })), section(lines.join('\n')), context(messages.addendumPrivacy)],
    metadata: { event_type: METADATA_EVENT.finalAddendum, event_payload: { cohort_id: addendum.cohortId } },
  };
}
