import type { KnownBlock } from '@slack/types';
import type { Messages } from '../i18n';
import type { Digest } from '../services/digest';
import type { DigestPair, DigestReason, DigestSection } from '../services/digest-sections';
import type { ChannelProblem } from '../services/summary-channel';
import { context, divider, header, section, type SlackMessage } from './blocks';
import { escapeMrkdwn, SLACK_LIMITS } from './mrkdwn';
import { rematchRequestText } from './pairing';
import { personLabel } from './reflections';

/**
 * The organizer's digest (services/digest.ts): a private direct message, one per cohort and session, built from
 * its sections. Each kind of section has its renderer here; the record below makes a new kind of section a
 * compile error until it has one. Names are fine (only organizers read it); nothing anyone wrote privately is
 * in it, and a rematch reason (written for organizers) is quoted escaped.
 */

/** Lines a section lists before "…and N more" (the Home tab lists them all). */
export const DIGEST_LIST_MAX = 25;
/** Sections one list may take (each holds up to 3000 characters). */
const SECTIONS_PER_LIST = 4;

/** Lines as consecutive sections of at most 3000 characters each, with "…and N more" past the limit. */
export function listSections(messages: Messages, heading: string, lines: readonly string[], max = DIGEST_LIST_MAX): KnownBlock[] {
  const shown = lines.slice(0, max);
  const rest = lines.length - shown.length;
  const all = rest > 0 ? [...shown, messages.digestMore({ count: rest })] : shown;
  const chunks: string[] = [];
  let current = heading;
  for (const line of all) {
    if (current.length + 1 + line.length > SLACK_LIMITS.sectionText && current !== '') {
      chunks.push(current);
      current = '';
    }
    current = current === '' ? line : `${current}\n${line}`;
  }
  if (current !== '') chunks.push(current);
  return chunks.slice(0, SECTIONS_PER_LIST).map((chunk) => section(chunk));
}

function reasonText(messages: Messages, reason: DigestReason): string {
  switch (reason.reason) {
    case 'not_met':
      return messages.digestReasonNotMet;
    case 'low_rating':
      return messages.digestReasonLowRating({ cycle: reason.cycle });
    case 'rematch':
      return messages.digestReasonRematch;
    case 'no_first_meeting':
      return messages.digestReasonNoFirstMeeting;
  }
}

export function digestPairLine(messages: Messages, pair: DigestPair): string {
  return messages.digestPairLine({
    mentor: personLabel(messages, pair.mentorId),
    mentee: personLabel(messages, pair.menteeId),
    reasons: pair.reasons.map((reason) => reasonText(messages, reason)).join(messages.digestReasonSeparator),
  });
}

/** The sentence for a summary channel the app cannot post in (also on the Home tab). */
export function channelProblemText(messages: Messages, problem: ChannelProblem, channelId: string): string {
  const channel = `<#${channelId}>`;
  switch (problem) {
    case 'not_in_channel':
      return messages.channelProblemNotIn({ channel });
    case 'channel_not_found':
      return messages.channelProblemGone({ channel });
    case 'is_archived':
      return messages.channelProblemArchived({ channel });
  }
}

type Renderer<K extends DigestSection['kind']> = (messages: Messages, section: Extract<DigestSection, { kind: K }>, digest: Digest) => KnownBlock[];

const RENDERERS: { [K in DigestSection['kind']]: Renderer<K> } = {
  channel: (messages, { failure }) => [section(channelProblemText(messages, failure.problem, failure.channelId))],
  at_risk: (messages, { newly, still }) => [
    ...(newly.length > 0 ? listSections(messages, messages.digestNewlyAtRisk({ count: newly.length }), newly.map((pair) => digestPairLine(messages, pair))) : []),
    ...(still.length > 0 ? listSections(messages, messages.digestStillAtRisk({ count: still.length }), still.map((pair) => digestPairLine(messages, pair))) : []),
  ],
  rematch: (messages, { requests }, digest) =>
    listSections(
      messages,
      messages.digestRematchHeader({ count: requests.length }),
      requests.map((request) =>
        rematchRequestText(messages, { userId: request.userId, partnerId: request.partnerId, cohortName: digest.cohortName, reason: request.reason }),
      ),
      10,
    ),
};

function render<K extends DigestSection['kind']>(messages: Messages, content: Extract<DigestSection, { kind: K }>, digest: Digest): KnownBlock[] {
  return (RENDERERS[content.kind] as Renderer<K>)(messages, content, digest);
}

/** The digest as one direct message: header, what is new section by section, and the privacy note. */
export function digestMessage(messages: Messages, digest: Digest): SlackMessage {
  const blocks: KnownBlock[] = [
    header(
      digest.cycle > 0
        ? messages.digestHeader({ cohort: digest.cohortName, cycle: digest.cycle, cycles: digest.cycles })
        : messages.digestHeaderBeforeFirst({ cohort: digest.cohortName }),
    ),
    context(messages.digestIntro),
  ];
  for (const content of digest.sections) blocks.push(...render(messages, content, digest));
  blocks.push(divider(), context(messages.digestFooter));
  return { text: messages.digestFallback({ cohort: escapeMrkdwn(digest.cohortName) }), blocks: blocks.slice(0, SLACK_LIMITS.blocksPerMessage) };
}
