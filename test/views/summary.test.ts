import { GlobalFonts } from '@napi-rs/canvas';
import { messagesFor } from '../../src/i18n';
import type { AtRiskPair } from '../../src/services/at-risk';
import type { CohortSummary, PrivateSummary } from '../../src/services/summaries';
import { chartAltText, privateSummaryMessage, summaryMessage, summaryTargetText } from '../../src/views/summary';
import { CHART_FONT_FAMILY, renderRatesChart } from '../../src/views/summary-chart';

const en = messagesFor('en');
const sv = messagesFor('sv');
const EVIL = '<!channel> & <https://evil.example|click>';

function summary(overrides: Partial<CohortSummary> = {}): CohortSummary {
  const perCycle = Array.from({ length: 12 }, (_, i) => ({
    cycle: i + 1,
    pairsPrompted: 10,
    pairsMet: 7,
    reflections: 11,
    meetingRate: i === 3 ? null : 0.7,
    responseRate: i === 3 ? null : 0.55,
  }));
  return {
    cohortId: 4,
    cohortName: `Spring ${EVIL}`,
    cycle: 12,
    cycles: 12,
    firstCycleAt: new Date('2026-03-16T08:00:00Z'),
    people: { mentors: 20, mentees: 20, pairs: 19, unmatched: 2, paused: 1, left: 1 },
    thisCycle: perCycle[11]!,
    cumulative: { pairsPrompted: 110, pairsMet: 77, meetingRate: 0.7 },
    ratings: { count: 40, average: 4.2, distribution: { 1: 1, 2: 2, 3: 5, 4: 12, 5: 20 } },
    topTopics: [{ topicId: 'x', title: `Topic ${EVIL}`, meetings: 9 }],
    highlights: Array.from({ length: 5 }, (_, i) =>
      i % 2 === 0
        ? { sharing: 'anonymous' as const, learned: `${EVIL} ${'long '.repeat(1000)}`, nextStep: `${'next '.repeat(1000)}` }
        : { sharing: 'named' as const, userId: 'U0NAMED01', displayName: `Name ${EVIL}`, learned: 'x\ny', nextStep: null },
    ),
    perCycle,
    bookedThisCycle: { booked: 3, held: 2 },
    ...overrides,
  };
}

function texts(blocks: unknown[] | undefined): string[] {
  return (blocks ?? []).flatMap((block) => {
    const b = block as { text?: { text: string }; elements?: Array<{ text?: string }> };
    return [b.text?.text ?? '', ...(b.elements ?? []).map((element) => element.text ?? '')];
  });
}

describe('summary views', () => {
  it('stays inside Block Kit limits and escapes every user text, however long', () => {
    const message = summaryMessage(en, summary());
    expect(message.blocks!.length).toBeLessThanOrEqual(50);
    for (const text of texts(message.blocks)) expect(text.length).toBeLessThanOrEqual(3000);
    // The header is plain_text, which Slack never reads as mentions or links; everything in mrkdwn is escaped.
    const [head, ...rest] = message.blocks!;
    expect(head).toEqual({ type: 'header', text: { type: 'plain_text', text: `Spring ${EVIL}: week 12 of 12`, emoji: true } });
    const json = JSON.stringify({ text: message.text, rest });
    expect(json).not.toContain('<!channel>');
    expect(json).not.toContain('<https://evil');
    expect(json).toContain('&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;');
    expect(message.metadata).toEqual({ event_type: 'rm_summary', event_payload: { cohort_id: 4, cycle: 12 } });
  });

  it('keeps a long private list readable: the first names, then how many more', () => {
    const people = Array.from({ length: 3000 }, (_, i) => `U${String(i).padStart(8, '0')}`);
    const atRisk: AtRiskPair[] = people.slice(0, 500).map((id, i) => ({ pairId: i, cohortId: 1, cycle: 3, mentorId: id, menteeId: `former:${i}`, reasons: ['not_met', 'rematch'] }));
    const mine: PrivateSummary = {
      cohortName: 'Spring',
      cycle: 3,
      atRisk,
      neverReflected: people,
      undelivered: people.slice(0, 200).map((id) => ({ cycle: 2, mentorId: id, menteeId: id, status: 'failed', error: 'channel_not_found' })),
    };
    const message = privateSummaryMessage(en, mine, 'lead');
    expect(message.blocks!.length).toBeLessThanOrEqual(50);
    for (const text of texts(message.blocks)) expect(text.length).toBeLessThanOrEqual(3000);
    const json = JSON.stringify(message);
    expect(json).toContain('and 2960 more');
    expect(json).toContain('a former participant');
    expect(json).not.toContain('<@former:');
  });

  it('says so when all is well', () => {
    const message = privateSummaryMessage(en, { cohortName: 'Spring', cycle: 2, atRisk: [], neverReflected: [], undelivered: [] }, 'lead');
    expect(JSON.stringify(message)).toContain('no pair is at risk, everyone has reflected at least once, and every prompt arrived');
  });

  it('before the first week shows the start date and no rates', () => {
    const message = summaryMessage(sv, summary({ cycle: 0, perCycle: [], highlights: [], topTopics: [] }));
    const json = JSON.stringify(message);
    expect(json).toContain('före första veckan');
    expect(json).toContain('<!date^1773648000^{date_long}|');
    expect(json).not.toContain('Möten');
  });

  it('explains which cohort it needs', () => {
    expect(summaryTargetText(en, { ok: false, reason: 'no_active' }, 'export')).toContain('`/reverse-mentor export <name or id>`');
    expect(summaryTargetText(sv, { ok: false, reason: 'not_found', input: EVIL }, 'summary')).not.toContain('<!channel>');
  });

  it('puts the figures in the chart’s alt text', () => {
    expect(chartAltText(en, summary())).toContain('Week 4: – met, – reflected. Week 5: 70% met, 55% reflected');
    expect(chartAltText(sv, summary()).length).toBeLessThanOrEqual(1000);
  });
});

describe('the chart', () => {
  it('is a sharp PNG drawn with the bundled font, in the summary’s language', async () => {
    const png = await renderRatesChart(sv, { title: 'Våren 2026: möten och reflektioner per vecka', perCycle: summary().perCycle });
    expect(GlobalFonts.has(CHART_FONT_FAMILY)).toBe(true);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
    expect(png.length).toBeGreaterThan(30_000);
    expect(png.length).toBeLessThan(1_000_000);
  });

  it('draws a single week too', async () => {
    const png = await renderRatesChart(en, { title: 'One week', perCycle: summary().perCycle.slice(0, 1) });
    expect(png.length).toBeGreaterThan(10_000);
  });
});
