import { en } from '../../src/i18n/en';
import { sv } from '../../src/i18n/sv';
import type { Messages } from '../../src/i18n';
import { SLACK_LIMITS } from '../../src/views/mrkdwn';

/**
 * Every sentence of both catalogs, rendered as Slack will show it, with the longest values it can be given: no
 * Slack limit exceeded once the names are in (so nothing a person agrees to or chooses between is ever cut short),
 * no English left in the Swedish, and counts that agree with their nouns in both languages (PRODUCT.md §11).
 */

type Key = keyof Messages;
const LANGUAGES: Array<[string, Messages]> = [
  ['en', en],
  ['sv', sv],
];

// ---------------------------------------------------------------------------------------------------------------
// Where each entry is shown, and Slack's limit there (Block Kit reference, docs.slack.dev): everything not listed is
// mrkdwn in a section or context block (3,000 characters).
// ---------------------------------------------------------------------------------------------------------------

const LIMITS: Array<{ where: string; limit: number; keys: Key[] }> = [
  {
    where: 'an option of a select, radio buttons or checkboxes, or its description',
    limit: SLACK_LIMITS.plainTextOption,
    keys: [
      'confidentialityText',
      'confidentialityDescription',
      'roleMentor',
      'roleMentee',
      'roleMentorDescription',
      'roleMenteeDescription',
      'seniority',
      'seniorityTwentyPlus',
      'meetingVideo',
      'meetingInPerson',
      'meetingEither',
      'reflectionMetYes',
      'reflectionMetNo',
      'reflectionMetRescheduled',
      'reflectionRating1',
      'reflectionRating2',
      'reflectionRating3',
      'reflectionRating4',
      'reflectionRating5',
      'reflectionSharingPrivate',
      'reflectionSharingPrivateHint',
      'reflectionSharingAnonymous',
      'reflectionSharingAnonymousHint',
      'reflectionSharingNamed',
      'reflectionSharingNamedHint',
      'cadenceWeekly',
      'cadenceBiweekly',
      'weekdayMon',
      'weekdayTue',
      'weekdayWed',
      'weekdayThu',
      'weekdayFri',
      'cohortCapacityOption',
      'rematchPartnerUnnamed',
      'meetingLengthOption',
    ],
  },
  {
    where: 'a button',
    limit: SLACK_LIMITS.buttonText,
    keys: [
      'homeJoin',
      'homeEdit',
      'homeReflect',
      'homePause',
      'homeResume',
      'leaveConfirm',
      'leaveKeep',
      'cohortCloseConfirm',
      'cohortCloseKeep',
      'forgetMeConfirm',
      'forgetMeKeep',
      'promptMet',
      'promptSkip',
      'promptReflect',
      'promptFinalReflect',
      'promptNewTopic',
      'matchConfirmButton',
      'matchRerunButton',
      'topicVoteButton',
      'topicUnvoteButton',
      'topicsNextPage',
      'topicsFirstPage',
      'topicApproveButton',
      'topicRejectButton',
      'orgHomeNewCohort',
      'orgHomeReviewTopics',
      'orgHomeMatch',
      'orgHomeSummary',
      'orgHomeExport',
      'orgHomeClose',
      'orgHomeShowAll',
      'orgHomeShowFewer',
      'meetingBookButton',
      'meetingRescheduleButton',
      'meetingCancelButton',
      'meetingHeldYes',
      'meetingHeldNo',
      'meetingHeldMoved',
      'prepGotIt',
    ],
  },
  {
    where: "a modal's title, submit or close button",
    limit: SLACK_LIMITS.modalTitle,
    keys: [
      'joinTitle',
      'joinEditTitle',
      'joinSubmit',
      'joinSave',
      'cancel',
      'cohortModalTitle',
      'cohortModalSubmit',
      'reflectionTitle',
      'reflectionFinalTitle',
      'reflectionSave',
      'reflectionClose',
      'topicSuggestModalTitle',
      'topicSuggestModalSubmit',
      'topicSuggestThanksTitle',
      'topicModalClose',
      'topicApproveModalTitle',
      'topicApprovedTitle',
      'topicNotDecidedTitle',
      'rematchModalTitle',
      'rematchModalSubmit',
      'orgHomeSummaryTitle',
      'orgHomeSummaryPost',
      'meetingModalTitle',
      'meetingModalMoveTitle',
      'meetingModalSubmit',
      'meetingModalMoveSubmit',
      'meetingModalClose',
    ],
  },
  {
    where: 'a header block',
    limit: SLACK_LIMITS.headerText,
    keys: [
      'homeHeader',
      'statusHeader',
      'orgHomeHeader',
      'orgHomeYouHeader',
      'orgStatusHeader',
      'digestHeader',
      'digestHeaderBeforeFirst',
      'finalHeader',
      'guideMentorHeader',
      'guideMenteeHeader',
      'prepSessionTitle',
      'prepFeedbackTitle',
      'prepConfidentialityTitle',
      'prepMenteeTitle',
      'introHeader',
      'topicsHeader',
      'topicReviewHeader',
      'cohortListHeader',
      'organizersListHeader',
      'promptHeader',
      'promptClosingHeader',
      'summaryHeader',
      'summaryHeaderBeforeFirst',
      'matchPreviewHeader',
    ],
  },
  { where: "a confirmation dialog's title", limit: SLACK_LIMITS.confirmTitle, keys: ['matchConfirmDialogTitle', 'topicRejectConfirmTitle', 'orgHomeCloseTitle', 'meetingCancelConfirmTitle'] },
  { where: "a confirmation dialog's text", limit: SLACK_LIMITS.confirmText, keys: ['matchConfirmDialogText', 'topicRejectConfirmText', 'orgHomeCloseActive', 'orgHomeCloseEnrolling', 'meetingCancelConfirmText'] },
  {
    where: "a confirmation dialog's button",
    limit: SLACK_LIMITS.confirmButton,
    keys: ['matchConfirmDialogYes', 'matchConfirmDialogNo', 'topicRejectConfirmYes', 'topicRejectConfirmNo', 'orgHomeCloseConfirm', 'orgHomeCloseDeny', 'meetingCancelConfirmYes', 'meetingCancelConfirmNo'],
  },
  { where: "a text input's placeholder", limit: 150, keys: ['departmentPlaceholder', 'cohortNamePlaceholder', 'topicTitlePlaceholder', 'meetingSuggestedPlaceholder', 'meetingWherePlaceholder'] },
  { where: "a chart's alt text line", limit: 1000, keys: ['summaryChartAltSession', 'summaryChartAltInProgress', 'summaryChartTitle'] },
];

/** What a person agrees to or chooses between: never truncated, so it must fit whole. */
const AGREED_TO: Key[] = ['confidentialityText', 'confidentialityDescription'];

const limitOf = new Map<Key, { where: string; limit: number }>();
for (const { where, limit, keys } of LIMITS) for (const key of keys) limitOf.set(key, { where, limit });

// ---------------------------------------------------------------------------------------------------------------
// Parameters at their longest
// ---------------------------------------------------------------------------------------------------------------

/** Parameters that are counts, limits or numbers. */
const NUMERIC = new Set([
  'count', 'min', 'max', 'id', 'enrolled', 'weeks', 'sessions', 'rows', 'pairs', 'unmatched', 'mentors', 'mentees', 'paused',
  'left', 'met', 'prompted', 'reflections', 'members', 'introduced', 'total', 'told', 'failed', 'unknown', 'hours', 'minutes',
  'shown', 'cycle', 'cycles', 'page', 'pages', 'capacity', 'number', 'strong', 'good', 'score', 'example',
]);

const MENTION = '<@U0123456789AB>';
const mentions = (n: number) => Array.from({ length: n }, () => MENTION).join(', ');
/** Cohort names and departments are 80 characters; escaped for mrkdwn, an `&` becomes five. */
const NAME_PLAIN = 'N'.repeat(80);
const NAME_ESCAPED = '&amp;'.repeat(80);
const TITLE_ESCAPED = '&amp;'.repeat(75);
const DATE = '<!date^1796630400^{date_long} kl. {time}|2026-12-07 08:00 UTC>';

interface Variant {
  n: number;
  role: 'mentor' | 'mentee';
  partner: 'mentor' | 'mentee' | null;
  cadence: 'weekly' | 'biweekly';
}

function value(key: string, variant: Variant, plainText: boolean): unknown {
  if (NUMERIC.has(key)) return variant.n;
  switch (key) {
    case 'role':
      return variant.role;
    case 'partner':
      return variant.partner;
    case 'cadence':
      return plainText ? 'Every other week' : variant.cadence;
    case 'cohort':
    case 'name':
    case 'mentorDepartment':
    case 'menteeDepartment':
    case 'department':
      return plainText ? NAME_PLAIN : NAME_ESCAPED;
    case 'title':
    case 'topic':
      return plainText ? 'T'.repeat(75) : TITLE_ESCAPED;
    case 'topics':
      return Array.from({ length: 5 }, () => TITLE_ESCAPED).join(', ');
    case 'user':
    case 'mentor':
    case 'mentee':
    case 'by':
    case 'pair':
      return MENTION;
    case 'partners':
      return mentions(3);
    case 'people':
      // The views name at most 60 (then "and N more", in the reader's language).
      return mentions(60);
    case 'channel':
      return '<#C0123456789AB>';
    case 'date':
    case 'until':
    case 'start':
      return DATE;
    case 'reasons':
      return Array.from({ length: 5 }, () => `• ${'x'.repeat(180)}`).join('\n');
    case 'reason':
      return variant.n === 1 ? `>${'&amp;'.repeat(500)}` : 'x'.repeat(200);
    case 'description':
      return '&amp;'.repeat(300);
    case 'cohorts':
      // The views name at most five running cohorts.
      return Array.from({ length: 5 }, () => `*${NAME_ESCAPED}* (#999)`).join(', ');
    case 'input':
      return '&amp;'.repeat(80);
    case 'timezone':
      return 'America/Argentina/Buenos_Aires';
    case 'fit':
      return 'godtagbar matchning';
    default:
      // Short values: a weekday, a time, a status, a percent, a language, a command.
      return 'x'.repeat(20);
  }
}

function render(entry: unknown, variant: Variant, plainText: boolean): string {
  if (typeof entry === 'string') return entry;
  const params = new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? value(key, variant, plainText) : undefined) });
  return (entry as (p: unknown) => string)(params);
}

const VARIANTS: Variant[] = [
  { n: 1, role: 'mentor', partner: 'mentee', cadence: 'weekly' },
  { n: 2, role: 'mentee', partner: 'mentor', cadence: 'biweekly' },
  { n: 5, role: 'mentor', partner: null, cadence: 'biweekly' },
  { n: 1000, role: 'mentee', partner: null, cadence: 'weekly' },
];

function renderings(messages: Messages, key: Key, plainText = false, variants: Variant[] = VARIANTS): string[] {
  return variants.map((variant) => render(messages[key], variant, plainText));
}

/**
 * For reading the words: roles and cadences are passed as codes ('mentee', 'weekly') where a function chooses its
 * words by them, and as labels where it shows them; "mentor" and "biweekly" are no English tell-tales either way.
 */
const WORDING_VARIANTS: Variant[] = [
  { n: 1, role: 'mentor', partner: 'mentor', cadence: 'biweekly' },
  { n: 2, role: 'mentor', partner: null, cadence: 'biweekly' },
];

// ---------------------------------------------------------------------------------------------------------------

describe('catalog: Slack limits after interpolation, in both languages', () => {
  it('names only keys that exist, each in one place', () => {
    const all = LIMITS.flatMap(({ keys }) => keys);
    expect(new Set(all).size).toBe(all.length);
    for (const key of all) expect(en).toHaveProperty(key);
  });

  it.each(LANGUAGES)('%s: every entry fits where Slack shows it, with the longest names it can be given', (_language, messages) => {
    const over: string[] = [];
    for (const key of Object.keys(messages) as Key[]) {
      const place = limitOf.get(key) ?? { where: 'a section', limit: SLACK_LIMITS.sectionText };
      // Plain-text places show names as typed; mrkdwn ones escaped (longer).
      const plainText = limitOf.has(key);
      for (const text of renderings(messages, key, plainText)) {
        // A channel mention is shown as the channel's name, but Slack counts the characters sent.
        if (text.length > place.limit) over.push(`${key} (${place.where}, ${text.length} > ${place.limit}): ${text.slice(0, 80)}…`);
      }
    }
    expect(over).toEqual([]);
  });

  it.each(LANGUAGES)('%s: what a person agrees to fits whole, never cut short', (_language, messages) => {
    for (const key of AGREED_TO) {
      const text = messages[key] as string;
      expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.plainTextOption);
      expect(text).not.toMatch(/…$/);
    }
  });
});

describe('catalog: Swedish is Swedish', () => {
  /** English words that give away an untranslated or half-translated sentence, and the glossary's banned words. */
  const TELL_TALE = [
    /\b(the|and|you|your|please|thanks|week|weekly|prompt|prompts|cohort|cohorts|pair|pairs|organizer|organizers|session|sessions|meeting|mentee|mentees|skip)\b/i,
    /\breverse[- ]mentoring\b/i,
    /\bDM\b/,
    /\bpartner\b/i,
    /(?<!\p{L})kull(en|ar|arna)?(?!\p{L})/iu,
    /(?<!\p{L})organisatör/iu,
    /\bposta\b/i,
    // Letters, not \b: JavaScript's \b does not see å, ä or ö as part of a word.
    /(?<!\p{L})(vara|är|bilda|bildar) (ett )?par(?!\p{L})/iu,
    /omvänd mentorskap/i,
    /\bvecka \d/i,
    /rapporterar till dig/i,
    /\bfeedback\b/i,
    /Goda nyheter/,
  ];

  /** Command syntax (`/reverse-mentor join`), mentions and the app's name are not prose. */
  function prose(text: string): string {
    return text
      .replace(/`[^`]*`/g, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/Reverse Mentor/g, ' ');
  }

  it('has no English words, and none of the words the glossary rules out', () => {
    const found: string[] = [];
    for (const key of Object.keys(sv) as Key[]) {
      for (const text of renderings(sv, key, false, WORDING_VARIANTS)) {
        const words = prose(text);
        for (const pattern of TELL_TALE) if (pattern.test(words)) found.push(`${key}: ${pattern} in “${words.trim().slice(0, 100)}”`);
      }
    }
    expect([...new Set(found)]).toEqual([]);
  });

  it('numbers sessions as sessions in English too, never "week k"', () => {
    const found = (Object.keys(en) as Key[]).flatMap((key) => renderings(en, key).filter((text) => /\bweek \d/i.test(text)).map(() => key));
    expect(found).toEqual([]);
  });
});

describe('catalog: counts agree with their nouns', () => {
  const RULES: Record<string, { singular: string[]; plural: string[] }> = {
    en: {
      singular: ['pair', 'person', 'week', 'session', 'row', 'mentor', 'mentee', 'reflection', 'rating', 'vote', 'topic', 'suggestion', 'character', 'question', 'prompt', 'message', 'hour', 'cohort'],
      plural: ['pairs', 'people', 'weeks', 'sessions', 'rows', 'mentors', 'mentees', 'reflections', 'ratings', 'votes', 'topics', 'suggestions', 'characters', 'questions', 'prompts', 'messages', 'hours', 'cohorts'],
    },
    sv: {
      singular: ['person', 'vecka', 'träff', 'rad', 'mentor', 'adept', 'reflektion', 'röst', 'ämne', 'fråga', 'timme', 'omgång', 'pausad', 'anmäld', 'ihopparad', 'meddelande'],
      plural: ['personer', 'veckor', 'träffar', 'rader', 'mentorer', 'adepter', 'reflektioner', 'röster', 'ämnen', 'frågor', 'timmar', 'omgångar', 'pausade', 'anmälda', 'ihopparade', 'meddelanden'],
    },
  };

  it.each(LANGUAGES)('%s: "1 pairs", "2 pair", "1 pausade" never happen, for any count', (language, messages) => {
    const { singular, plural } = RULES[language] as { singular: string[]; plural: string[] };
    const oneWithPlural = new RegExp(`(?<![\\d.,\\u00a0])1 (${plural.join('|')})\\b`, 'i');
    // "2 topic suggestions": a noun before a counted plural is a compound, not a count.
    const manyWithSingular = new RegExp(
      `(?<![\\d.,\\u00a0])([02-9]|\\d{2,}|\\d{1,3}(?:[ ,\\u00a0]\\d{3})+) (${singular.join('|')})\\b(?!-)(?! (?:${plural.join('|')})\\b)`,
      'i',
    );
    const wrong: string[] = [];
    for (const key of Object.keys(messages) as Key[]) {
      for (const text of renderings(messages, key)) {
        const bad = oneWithPlural.exec(text) ?? manyWithSingular.exec(text);
        if (bad) wrong.push(`${key}: “${bad[0]}” in “${text.slice(0, 120)}”`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('writes the forms each language uses', () => {
    const one = { n: 1, role: 'mentor' as const, partner: null, cadence: 'weekly' as const };
    const two = { ...one, n: 2 };
    expect(render(en.summaryPeople, one, false)).toContain('1 mentor and 1 mentee enrolled · 1 pair');
    expect(render(sv.summaryPeople, one, false)).toContain('1 mentor och 1 adept anmälda · 1 par · 1 utan matchning · 1 pausad');
    expect(render(sv.summaryPeople, two, false)).toContain('2 mentorer och 2 adepter anmälda · 2 par · 2 utan matchning · 2 pausade');
    expect(render(en.exportComment, one, false)).toContain('(1 row)');
    expect(render(sv.exportComment, two, false)).toContain('(2 rader)');
    expect(render(en.cohortDetails, one, false)).toContain('*Length:* 1 week, 1 session');
    expect(render(sv.cohortDetails, two, false)).toContain('*Längd:* 2 veckor, 2 träffar');
  });
});
