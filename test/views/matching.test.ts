import type { Cohort } from '../../src/db/repositories/cohorts';
import { en } from '../../src/i18n/en';
import { sv } from '../../src/i18n/sv';
import type { MatchReason } from '../../src/domain';
import type { MatchResult, ProposedPair } from '../../src/services/matching/types';
import { findElement } from '../support/fake-slack';
import { introductionMessage, unmatchedMessage } from '../../src/views/introductions';
import { introductionProgressMessage, matchPreviewMessage } from '../../src/views/match-preview';
import { reasonPhrases } from '../../src/views/match-reasons';
import { rematchModal, rematchRequestText } from '../../src/views/pairing';
import { ACTION, CALLBACK, REMATCH } from '../../src/views/ids';

const cohort: Cohort = {
  id: 7,
  name: 'Spring <!channel>',
  startDate: '2027-01-04',
  weeks: 12,
  cadence: 'weekly',
  nudgeDay: 'mon',
  nudgeTime: '09:00',
  timezone: 'Europe/Stockholm',
  summaryChannel: 'C0SUMMARY',
  capacity: 1,
  status: 'enrolling',
  createdBy: 'U0ORG',
  createdAt: '2026-11-01T00:00:00Z',
  completedAt: null,
};

const titles = new Map([
  ['ai-at-work', 'AI at work'],
  ['hybrid-work', 'Hybrid and flexible work'],
  ['sustainability', 'Sustainability'],
]);

const reasons: MatchReason[] = [
  { code: 'shared_topics', points: 90, topics: ['ai-at-work', 'hybrid-work', 'sustainability'] },
  { code: 'different_departments', points: 20, mentorDepartment: 'R&D <team>', menteeDepartment: 'Finance' },
  { code: 'seniority_gap', points: 18, bands: 3 },
  { code: 'working_hours_overlap', points: 12, hours: 6 },
  { code: 'meeting_preference', points: 10, preference: 'video' },
];

function pairs(count: number): ProposedPair[] {
  return Array.from({ length: count }, (_, i) => ({
    mentorId: `UR${String(i).padStart(5, '0')}`,
    menteeId: `UE${String(i).padStart(5, '0')}`,
    score: 150,
    reasons: reasons.slice(0, 3),
  }));
}

function texts(blocks: unknown[] | undefined): string {
  return JSON.stringify(blocks ?? []);
}

describe('reasons in words', () => {
  it('turns every reason code into a phrase, in English and Swedish, escaping departments', () => {
    expect(reasonPhrases(en, reasons, titles)).toEqual([
      '3 shared topics: AI at work, Hybrid and flexible work, Sustainability',
      'different departments (R&amp;D &lt;team&gt; and Finance)',
      'seniority gap of 3 bands',
      '6 h of shared working hours',
      'both prefer video calls',
    ]);
    expect(reasonPhrases(sv, [{ code: 'working_hours_overlap', points: 5, hours: 2.5 }, { code: 'seniority_gap', points: 6, bands: 1 }], titles)).toEqual([
      '2,5 tim gemensam arbetstid',
      'erfarenhetsskillnad på 1 nivå',
    ]);
    expect(reasonPhrases(en, [{ code: 'shared_topics', points: 30, topics: ['gone-topic'] }], titles)).toEqual(['1 shared topic: gone-topic']);
    expect(reasonPhrases(en, [], titles)).toEqual([en.matchReasonBase]);
  });
});

describe('match preview', () => {
  it('shows each pair with its score and reasons, who is unmatched, and the two buttons carrying the run id', () => {
    const result: MatchResult = { pairs: pairs(2), unmatchedMentors: [], unmatchedMentees: ['UE99999'], totalScore: 300 };
    const message = matchPreviewMessage(en, { cohort, runId: 42, result, titles });
    const all = texts(message.blocks);
    expect(all).toContain('<@UR00000> mentors <@UE00000> · score 150');
    expect(all).toContain('3 shared topics: AI at work');
    expect(all).toContain('seniority gap of 3 bands');
    expect(all).toContain('<@UE99999>');
    expect(all).toContain('*2 pairs* · total score 300 (average 150) · 1 unmatched');
    expect(findElement(message.blocks, ACTION.matchConfirm)?.element.value).toBe('42');
    expect(findElement(message.blocks, ACTION.matchRerun)?.element.value).toBe('42');
    expect(message.text).not.toContain('<!channel>');
  });

  it('stays within Block Kit limits for 500 pairs: the top 30, a count of the rest, and totals', () => {
    const unmatched = Array.from({ length: 120 }, (_, i) => `UX${String(i).padStart(5, '0')}`);
    const result: MatchResult = { pairs: pairs(500), unmatchedMentors: [], unmatchedMentees: unmatched, totalScore: 75_000 };
    const message = matchPreviewMessage(en, { cohort, runId: 1, result, titles });
    const blocks = message.blocks ?? [];
    expect(blocks.length).toBeLessThanOrEqual(50);
    const all = texts(blocks);
    expect(all).toContain('…and 470 more pairs');
    expect(all).toContain('*500 pairs*');
    expect(all).toContain('and 60 more');
    expect(all).not.toContain('UR00030');
    for (const block of blocks) {
      const text = (block as { text?: { text: string } }).text?.text ?? '';
      expect(text.length).toBeLessThanOrEqual(3000);
    }
  });

  it('offers no Confirm when no pair is possible', () => {
    const result: MatchResult = { pairs: [], unmatchedMentors: ['UR1'], unmatchedMentees: ['UE1'], totalScore: 0 };
    const message = matchPreviewMessage(sv, { cohort, runId: 3, result, titles });
    expect(findElement(message.blocks, ACTION.matchConfirm)).toBeUndefined();
    expect(findElement(message.blocks, ACTION.matchRerun)).toBeDefined();
    expect(texts(message.blocks)).toContain(sv.matchPreviewNoPairs);
  });
});

describe('introductions', () => {
  it('says who they are, why, the ground rules and the first step, with user text escaped', () => {
    const message = introductionMessage(en, {
      pairId: 7,
      cohort,
      mentor: { userId: 'UMENTOR', department: '<!here> Design' },
      mentee: { userId: 'UMENTEE', department: 'Finance & Risk' },
      reasons,
      titles,
    });
    const all = texts(message.blocks);
    expect(message.text).toContain('<@UMENTOR>');
    expect(all).toContain('&lt;!here&gt; Design');
    expect(all).toContain('Finance &amp; Risk');
    expect(all).not.toContain('<!here>');
    expect(all).not.toContain('<!channel>');
    expect(all).toContain('3 shared topics');
    expect(all).toContain('stays between the two of you');
    expect(all).toContain('is not a secret');
    expect(all).toContain('<@UMENTEE> books the first meeting');
    expect(all).toContain('45–60 minutes');
    expect(all).toContain('*First step:*');
    // The mentee books the first meeting, from right here.
    expect(findElement(message.blocks, ACTION.meetingBook)?.element).toMatchObject({ value: '7' });
  });

  it('tells the unmatched kindly that they are first in line, in their language', () => {
    expect(unmatchedMessage(sv, 'Vår 2027').text).toContain('först i kön');
    expect(unmatchedMessage(en, 'Spring').text).toContain('first in line for the next cohort');
  });

  it('reports progress, then the final count, naming who to check on when something failed', () => {
    const base = { cohortName: 'Spring', problemUserIds: [] as string[] };
    const going = introductionProgressMessage(en, {
      ...base,
      pairs: { total: 250, sent: 40, failed: 0, unknown: 0, skipped: 0 },
      unmatched: { total: 3, sent: 0, failed: 0, unknown: 0, skipped: 0 },
      done: false,
    });
    expect(going.text).toContain('40 of 250 introduced so far');
    const done = introductionProgressMessage(en, {
      ...base,
      pairs: { total: 250, sent: 250, failed: 0, unknown: 0, skipped: 0 },
      unmatched: { total: 3, sent: 3, failed: 0, unknown: 0, skipped: 0 },
      done: true,
    });
    expect(done.text).toBe("*Spring*: all 250 pairs introduced; 3 people told they're first in line. :tada:");
    const partly = introductionProgressMessage(en, {
      cohortName: 'Spring',
      pairs: { total: 250, sent: 247, failed: 2, unknown: 1, skipped: 0 },
      unmatched: { total: 3, sent: 3, failed: 0, unknown: 0, skipped: 0 },
      done: true,
      problemUserIds: ['UA', 'UB'],
    });
    expect(texts(partly.blocks)).toContain('247 of 250 pairs introduced');
    expect(texts(partly.blocks)).toContain('2 could not be delivered and 1 may not have arrived');
    expect(texts(partly.blocks)).toContain('<@UA>, <@UB>');
  });
});

describe('rematch', () => {
  it('the modal names the limit, and asks which pairing only when there are several', () => {
    const single = rematchModal(en, [{ pairId: 5, label: 'Ada' }], 500);
    expect(single.callback_id).toBe(CALLBACK.rematchRequest);
    expect(single.private_metadata).toBe('5');
    expect(findElement(single.blocks, REMATCH.partner)).toBeUndefined();
    expect(findElement(single.blocks, REMATCH.reason)?.element).toMatchObject({ max_length: 500, multiline: true });
    expect(texts(single.blocks)).toContain('Up to 500 characters');
    expect(single.title.text.length).toBeLessThanOrEqual(24);
    const several = rematchModal(sv, [{ pairId: 5, label: 'Ada' }, { pairId: 6, label: 'Bo' }], 500);
    expect(several.private_metadata).toBe('');
    expect(findElement(several.blocks, REMATCH.partner)?.element).toMatchObject({ options: [{ value: '5' }, { value: '6' }] });
  });

  it('organizers read the reason escaped and quoted', () => {
    const all = rematchRequestText(en, { userId: 'UA', partnerId: 'UB', cohortName: 'Spring', reason: 'We <!channel> never\nmeet & talk' });
    expect(all).toContain('&lt;!channel&gt;');
    expect(all).not.toContain('<!channel>');
    expect(all).toContain('>meet &amp; talk');
    expect(all).toContain('<@UA> asks for a new partner');
    expect(rematchRequestText(en, { userId: 'UA', partnerId: 'UB', cohortName: 'Spring', reason: null })).toContain('No reason given.');
  });
});
