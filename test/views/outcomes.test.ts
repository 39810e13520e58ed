import type { KnownBlock, ModalView } from '@slack/types';
import { messagesFor } from '../../src/i18n';
import type { AgreementView } from '../../src/services/agreements';
import type { FinalReport } from '../../src/services/final-report';
import { checkinModal } from '../../src/views/checkin';
import { finalModal, followupMessage } from '../../src/views/final-evaluation';
import { finalReportMessage } from '../../src/views/final-report';
import { addendumMessage, finalPrivateMessage } from '../../src/views/final-report-outcomes';
import { ACTION, CALLBACK, CHECKIN, FINAL, KICKOFF, METADATA_EVENT } from '../../src/views/ids';
import { agreementMessage, kickoffModal, kickoffPromptBlocks } from '../../src/views/kickoff';
import { SLACK_LIMITS } from '../../src/views/mrkdwn';
import { checkinSummaryText } from '../../src/views/summary';

const en = messagesFor('en');
const sv = messagesFor('sv');
const EVIL = '<!channel> & <https://evil.example|x>';
const json = (value: unknown) => JSON.stringify(value);

const pair = { id: 7, cohortId: 1, mentorId: 'U0MEN', menteeId: 'U0MEE', score: 1, reasons: [], source: 'matched' as const, status: 'active' as const, channelId: 'G1', createdBy: 'U0ORG', createdAt: '', endedAt: null };

/** Every input block's block_id and its element's action_id, in order. */
function inputs(view: ModalView): Array<[string, string]> {
  return (view.blocks as Array<KnownBlock & { block_id?: string; element?: { action_id?: string } }>)
    .filter((block) => block.type === 'input')
    .map((block) => [block.block_id as string, block.element?.action_id as string]);
}

describe('the outcome modals use the identifiers of PRODUCT.md §12.7 and fit Slack in both languages', () => {
  it.each([
    ['en', en],
    ['sv', sv],
  ] as const)('%s', (_language, messages) => {
    const mentee = kickoffModal(messages, { pair, role: 'mentee', partnerId: 'U0MEN', own: undefined, defaults: { goals: 'From joining', cadence: 'weekly' }, partnerAnswered: false });
    expect(mentee.callback_id).toBe(CALLBACK.kickoff);
    expect(mentee.private_metadata).toBe('7');
    expect(inputs(mentee)).toEqual([
      [KICKOFF.goals, KICKOFF.goals],
      [KICKOFF.cadence, KICKOFF.cadence],
      [KICKOFF.norms, KICKOFF.norms],
    ]);
    expect(json(mentee)).toContain('"initial_value":"From joining"');
    const mentor = kickoffModal(messages, { pair, role: 'mentor', partnerId: 'U0MEE', own: undefined, defaults: { goals: null, cadence: 'biweekly' }, partnerAnswered: true });
    expect(inputs(mentor).map(([block]) => block)).toEqual([KICKOFF.hopes, KICKOFF.cadence, KICKOFF.norms]);
    expect(json(mentor)).toContain('"initial_option":{"text":{"type":"plain_text","text":"' + messages.kickoffCadenceBiweekly);

    const checkin = checkinModal(messages, { pair, role: 'mentor', partnerId: 'U0MEE', closesAt: new Date('2026-03-30T07:00:00Z'), existing: undefined });
    expect(checkin.callback_id).toBe(CALLBACK.checkin);
    expect(inputs(checkin)).toEqual([
      [CHECKIN.relationship, CHECKIN.relationship],
      [CHECKIN.progress, CHECKIN.progress],
      [CHECKIN.organizers, CHECKIN.organizers],
    ]);
    // The note's hint says plainly who reads it.
    expect(json(checkin)).toContain(messages === en ? 'The organizers will read this, with your name.' : 'De programansvariga läser det här, med ditt namn.');

    const final = finalModal(messages, { pair, role: 'mentee', partnerId: 'U0MEN', closesAt: new Date('2026-04-13T07:00:00Z'), existing: undefined, summaryChannel: 'C0SUM' });
    expect(final.callback_id).toBe(CALLBACK.final);
    expect(inputs(final)).toEqual([
      [FINAL.goalsMet, FINAL.goalsMet],
      [FINAL.changed, FINAL.changed],
      [FINAL.sharing, FINAL.sharing],
      [FINAL.recommend, FINAL.recommend],
      [FINAL.again, FINAL.again],
    ]);
    // Sharing defaults to private; the recommendation runs 0–10; the channel where words may be quoted is named.
    expect(json(final)).toContain('"initial_option":{"text":{"type":"plain_text","text":"' + messages.finalSharingPrivate);
    expect((final.blocks.find((block) => (block as { block_id?: string }).block_id === FINAL.recommend) as { element: { options: unknown[] } }).element.options).toHaveLength(11);
    expect(json(final)).toContain('<#C0SUM>');

    for (const modal of [mentee, mentor, checkin, final]) {
      expect(modal.title.text.length).toBeLessThanOrEqual(SLACK_LIMITS.modalTitle);
      expect((modal.submit?.text ?? '').length).toBeLessThanOrEqual(SLACK_LIMITS.modalTitle);
      for (const block of modal.blocks as Array<{ element?: { options?: Array<{ text: { text: string }; description?: { text: string } }> } }>) {
        for (const option of block.element?.options ?? []) {
          expect(option.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.plainTextOption);
          expect((option.description?.text ?? '').length).toBeLessThanOrEqual(SLACK_LIMITS.plainTextOption);
          expect(option.text.text).not.toMatch(/…$/);
        }
      }
    }
  });

  it('words the final evaluation for each side', () => {
    const words = (role: 'mentor' | 'mentee') =>
      json(finalModal(en, { pair, role, partnerId: 'U0X', closesAt: new Date(), existing: undefined, summaryChannel: 'C0SUM' }));
    expect(words('mentee')).toContain('What will you do differently from now on?');
    expect(words('mentee')).toContain('How far did you get with your goals?');
    expect(words('mentor')).toContain('What did you learn about leading?');
    expect(words('mentor')).toContain('How far did your mentee get with their goals?');
  });
});

describe('the agreement and the prompts', () => {
  const view: AgreementView = {
    pairId: 7,
    cohortName: 'Spring',
    locale: 'en',
    mentorId: 'U0MEN',
    menteeId: 'U0MEE',
    mentor: { hopes: `Hopes ${EVIL}`, cadence: 'weekly', norms: ['confidential', 'notice'] },
    mentee: { goals: `Goal one ${EVIL}\nGoal two`, cadence: 'weekly', norms: ['confidential'] },
    version: 'v1',
  };

  it('shows both parts with everything typed escaped, rm_agreement metadata and the button to change a part', () => {
    const message = agreementMessage(en, view);
    expect(message.metadata).toEqual({ event_type: METADATA_EVENT.agreement, event_payload: { pair_id: 7 } });
    const shown = json(message.blocks);
    expect(shown).not.toContain('<!channel>');
    expect(shown).toContain('• Goal one &lt;!channel&gt; &amp; &lt;https://evil.example|x&gt;');
    expect(shown).toContain('*How often we meet:* every week');
    expect(shown).toContain('✓ What we say stays between us');
    expect(shown).toContain('We cancel at least 24 hours ahead (<@U0MEN> asks for this)');
    expect(shown).toContain(`"action_id":"${ACTION.kickoffOpen}"`);
    expect(json(agreementMessage(sv, view).blocks)).toContain('*Så ofta ses vi:* varje vecka');
  });

  it('asks for the agreement on a prompt until both parts are in, naming who is awaited', () => {
    expect(kickoffPromptBlocks(en, 7, { complete: true })).toEqual([]);
    const waiting = json(kickoffPromptBlocks(en, 7, { complete: false, answered: ['U0MEE'], waitingFor: ['U0MEN'] }));
    expect(waiting).toContain('<@U0MEE> has written their part. Waiting for <@U0MEN>.');
    expect(waiting).toContain(`"action_id":"${ACTION.kickoffOpen}","value":"7"`);
    expect(json(kickoffPromptBlocks(sv, 7, { complete: false, answered: [], waitingFor: ['U0MEN', 'U0MEE'] }))).toContain('Er överenskommelse');
  });
});

describe('the follow-up', () => {
  const view = { evaluationId: 3, cohortName: 'Spring', changed: `Ask my team ${EVIL}`, answer: null, closesAt: new Date('2026-05-20T07:00:00Z'), closed: false };

  it("quotes the mentee's own words, escaped, with the three buttons (the chosen one marked), or says it has closed", () => {
    const open = json(followupMessage(en, view).blocks);
    expect(open).toContain('>Ask my team &lt;!channel&gt;');
    for (const actionId of [ACTION.followupDone, ACTION.followupPartly, ACTION.followupNotYet]) expect(open).toContain(`"action_id":"${actionId}","value":"3"`);
    const answered = json(followupMessage(en, { ...view, answer: 'partly' }).blocks);
    expect(answered).toContain('You answered *Partly*');
    const partly = (followupMessage(en, { ...view, answer: 'partly' }).blocks as Array<{ elements?: Array<{ action_id?: string; style?: string }> }>)
      .flatMap((block) => block.elements ?? [])
      .find((element) => element.action_id === ACTION.followupPartly);
    expect(partly?.style).toBe('primary');
    const closed = json(followupMessage(sv, { ...view, answer: 'done', closed: true }).blocks);
    expect(closed).toContain('Du svarade *Gjort*. Uppföljningen är stängd');
    expect(closed).not.toContain(ACTION.followupDone);
  });
});

describe('figures too few to show', () => {
  const report = (outcomes: Partial<FinalReport['outcomes']['final']> = {}): FinalReport => ({
    cohortId: 4,
    cohortName: 'Spring',
    cycles: 4,
    sessionsHeld: 4,
    people: { mentors: 2, mentees: 2, pairs: 2, unmatched: 0, paused: 0, left: 0 },
    meetings: { pairsPrompted: 8, pairsMet: 6, rate: 0.75 },
    booked: { booked: 3, held: 2 },
    reflections: { written: 8, membersPrompted: 16, rate: 0.5 },
    ratings: { count: 2, basis: null, average: null, distribution: null },
    topTopics: [],
    perCycle: [],
    finalHighlights: [],
    outcomes: {
      pairsMade: 2,
      agreements: 2,
      checkin: { closed: true, answers: 2, relationshipAverage: null, progress: null },
      final: { asked: 4, answers: 2, goalsMet: null, nps: { answers: 2, promoters: 1, passives: 0, detractors: 1, score: null }, again: null, againAnswers: 2, ...outcomes },
      changes: [{ sharing: 'anonymous', changed: `Listen ${EVIL}` }],
    },
  } as FinalReport);

  it('say how many answers there are and nothing of what they said, in both languages', () => {
    const shown = json(finalReportMessage(en, report()).blocks);
    expect(shown).toContain('*Check-in:* too few answers to show (2)');
    expect(shown).toContain('How far mentees got with their goals:* too few answers to show (2)');
    expect(shown).toContain('*Net Promoter Score:* shown from 5 answers on (2 answers so far).');
    expect(shown).toContain('*Would take part again:* too few answers to show (2).');
    expect(shown).toContain('>Listen &lt;!channel&gt;');
    expect(shown).not.toMatch(/promoters|would recommend it warmly/);
    const swedish = json(finalReportMessage(sv, report()).blocks);
    expect(swedish).toContain('*Net Promoter Score (NPS):* visas från 5 svar (2 svar hittills).');
    expect(finalReportMessage(en, report()).blocks!.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    expect(json(addendumMessage(en, { cohortId: 4, cohortName: 'Spring', asked: 2, answers: 2, counts: null }).blocks)).toContain('Too few answered to show how (2)');
    expect(checkinSummaryText(en, { closed: false, answers: 4, closesAt: new Date('2026-04-01T07:00:00Z') })).toContain('4 answers so far');
  });

  it('keep the organizers’ private part about people, never what anyone kept to themselves, within a message', () => {
    const part = finalPrivateMessage(en, {
      cohortId: 4,
      cohortName: `Spring ${EVIL}`,
      summaryChannel: 'C0SUM',
      neverMet: Array.from({ length: 80 }, (_, i) => ({ mentorId: `U0MEN${i}`, menteeId: `former:${i}` })),
      noCheckin: Array.from({ length: 80 }, (_, i) => `U0X${i}`),
      noFinal: [],
      notes: Array.from({ length: 30 }, (_, i) => ({ checkinId: i, userId: `U0A${i}`, role: 'mentor' as const, partnerId: 'U0B', relationship: 2, note: `${EVIL} ${'n'.repeat(900)}` })),
    });
    const shown = json(part.blocks!.filter((block) => block.type !== 'header'));
    expect(part.blocks!.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    for (const block of part.blocks as Array<{ text?: { text: string } }>) expect((block.text?.text ?? '').length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(shown).not.toContain('<!channel>');
    expect(shown).toContain('a former participant');
    expect(shown).toContain('…and 40 more: the CSV export');
    expect(shown).toContain('…and 18 more: each was in your digest');
  });
});
