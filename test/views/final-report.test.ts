import { messagesFor } from '../../src/i18n';
import type { FinalReport } from '../../src/services/final-report';
import { FINAL_REPORT_PARTS, finalReportMessage } from '../../src/views/final-report';
import { METADATA_EVENT } from '../../src/views/ids';
import { SLACK_LIMITS } from '../../src/views/mrkdwn';

const en = messagesFor('en');
const sv = messagesFor('sv');

const report = (overrides: Partial<FinalReport> = {}): FinalReport => ({
  cohortId: 4,
  cohortName: 'Spring <!here>',
  cycles: 4,
  sessionsHeld: 4,
  people: { mentors: 1, mentees: 2, pairs: 1, unmatched: 1, paused: 0, left: 1 },
  meetings: { pairsPrompted: 4, pairsMet: 3, rate: 0.75 },
  booked: { booked: 3, held: 2 },
  reflections: { written: 5, membersPrompted: 8, rate: 0.625 },
  ratings: { count: 2, average: null, distribution: null },
  topTopics: [{ topicId: 'ai-at-work', title: 'AI & <you>', meetings: 3 }],
  perCycle: [1, 2, 3, 4].map((cycle) => ({ cycle, pairsPrompted: 1, pairsMet: cycle === 2 ? 0 : 1, reflections: 1, meetingRate: cycle === 2 ? 0 : 1, responseRate: 0.5 })),
  finalHighlights: [{ sharing: 'anonymous', learned: 'Listen <first>', nextStep: null }],
  ...overrides,
});

describe('the closing summary message', () => {
  it('carries rm_final metadata and the cohort’s figures, counts agreeing with their nouns', () => {
    const message = finalReportMessage(en, report());
    expect(message.metadata).toEqual({ event_type: METADATA_EVENT.final, event_payload: { cohort_id: 4 } });
    const json = JSON.stringify(message.blocks);
    expect(json).toContain('has come to an end after 4 sessions');
    expect(json).toContain('1 mentor and 2 mentees enrolled · 1 pair to the end · 1 without a partner · 1 left');
    expect(json).toContain('3 of the 4 prompts sent to pairs led to a meeting (75%)');
    expect(json).toContain('*Meetings booked in Slack:* 3 meetings, 2 of them held.');
    expect(json).toContain('5 reflections written, of 8 possible (63%)');
    expect(json).toContain('█▁██  1: 100% · 2: 0% · 3: 100% · 4: 100%');
    expect(json).toContain('too few to show (2)');
    expect(json).toContain('AI &amp; &lt;you&gt; (3)');
    expect(json).toContain('>Listen &lt;first&gt;');
    // Plain text (the header) shows it as typed; every mrkdwn text has it escaped.
    const mrkdwn = JSON.stringify(message.blocks!.filter((block) => block.type !== 'header'));
    expect(mrkdwn).not.toContain('<!here>');
    expect(message.text).toContain('Spring &lt;!here&gt;');
  });

  it('reads as Swedish in Swedish, and says when the cohort was closed early', () => {
    const json = JSON.stringify(finalReportMessage(sv, report({ sessionsHeld: 2, finalHighlights: [] })).blocks);
    expect(json).toContain('avslutades efter 2 av 4 planerade träffar');
    expect(json).toContain('1 mentor och 2 adepter anmälda');
    expect(json).toContain('*Möten bokade i Slack:* 3 möten, varav 2 genomförda.');
    expect(json).toContain('Ingen valde att dela sin slutreflektion.');
  });

  it('is built of parts (so later work adds parts), and stays within a message’s 50 blocks', () => {
    expect(FINAL_REPORT_PARTS.length).toBeGreaterThanOrEqual(5);
    const highlights = Array.from({ length: 5 }, () => ({ sharing: 'anonymous' as const, learned: 'x'.repeat(400), nextStep: 'y'.repeat(400) }));
    expect(finalReportMessage(en, report({ finalHighlights: highlights })).blocks!.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
  });
});
