import { insideWorkingHours, suggestSlots } from '../../src/services/meeting-slots';

const NY = 'America/New_York';
const STHLM = 'Europe/Stockholm';
const FAR = new Date('2027-01-01T00:00:00Z');

/** Read on the zone's own clock with Intl, independently of the code under test. */
function clock(at: Date, zone: string): { weekday: string; minutes: number; date: string } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return { weekday: get('weekday'), minutes: Number(get('hour')) * 60 + Number(get('minute')), date: `${get('year')}-${get('month')}-${get('day')}` };
}

function expectInsideBothWorkdays(slots: Date[], zones: string[], minutes = 60): void {
  for (const start of slots) {
    const end = new Date(start.getTime() + minutes * 60_000);
    for (const zone of zones) {
      const from = clock(start, zone);
      const to = clock(end, zone);
      expect({ zone, at: start.toISOString(), weekend: ['Sat', 'Sun'].includes(from.weekday) }).toEqual({ zone, at: start.toISOString(), weekend: false });
      expect(from.date).toBe(to.date);
      expect(from.minutes).toBeGreaterThanOrEqual(9 * 60);
      expect(to.minutes).toBeLessThanOrEqual(17 * 60);
    }
  }
}

describe('suggested meeting times', () => {
  it('New York and Stockholm across the US change to summer time (8 March 2026) before Europe’s (29 March)', () => {
    // Thursday 5 March, noon UTC. New York is 6 hours behind Stockholm until Sunday, then 5.
    const slots = suggestSlots({ zones: [NY, STHLM], now: new Date('2026-03-05T12:00:00Z'), endsBefore: FAR });
    expect(slots.map((slot) => slot.toISOString())).toEqual([
      // 09:00 in New York is 15:00 in Stockholm: a 60-minute meeting fits before 17:00 there.
      '2026-03-05T14:00:00.000Z',
      '2026-03-06T14:00:00.000Z',
      // After the US change 09:00 in New York is 13:00 UTC and 14:00 in Stockholm: an hour earlier in UTC.
      '2026-03-09T13:00:00.000Z',
    ]);
    expectInsideBothWorkdays(slots, [NY, STHLM]);
  });

  it('stays inside both working days in every week of the spring and autumn gaps, and never on a weekend', () => {
    const starts = ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-27', '2026-10-20', '2026-10-23', '2026-10-27', '2026-10-30'];
    for (const day of starts) {
      for (const hour of ['06', '13', '20']) {
        const now = new Date(`${day}T${hour}:00:00Z`);
        const slots = suggestSlots({ zones: [NY, STHLM], now, endsBefore: FAR });
        expect(slots.length).toBe(3);
        expect(slots.every((slot) => slot.getTime() > now.getTime() && slot.getTime() <= now.getTime() + 7 * 86_400_000)).toBe(true);
        expectInsideBothWorkdays(slots, [NY, STHLM]);
        // Spread over different days.
        expect(new Set(slots.map((slot) => clock(slot, NY).date)).size).toBe(3);
      }
    }
  });

  it('a time that would leave one side outside 9–17 after a change is not offered', () => {
    // 13:00 UTC is 08:00 in New York before the US change (too early) and 09:00 after it; 14:00 in Stockholm both times.
    expect(insideWorkingHours(new Date('2026-03-02T13:00:00Z'), 60, NY)).toBe(false);
    expect(insideWorkingHours(new Date('2026-03-09T13:00:00Z'), 60, NY)).toBe(true);
    expect(insideWorkingHours(new Date('2026-03-02T13:00:00Z'), 60, STHLM)).toBe(true);
    // 15:30 UTC on Monday 9 March is 11:30 in New York but 16:30 in Stockholm: 60 minutes run past 17:00 there.
    expect(insideWorkingHours(new Date('2026-03-09T15:30:00Z'), 60, STHLM)).toBe(false);
    expect(insideWorkingHours(new Date('2026-03-09T15:30:00Z'), 60, NY)).toBe(true);
    // Ending at 17:00 sharp is inside.
    expect(insideWorkingHours(new Date('2026-03-09T15:00:00Z'), 60, STHLM)).toBe(true);
    // Saturday morning suits nobody.
    expect(insideWorkingHours(new Date('2026-03-07T09:00:00Z'), 60, STHLM)).toBe(false);
  });

  it('offers nothing where the working days never overlap, and nothing at or after the cohort’s end', () => {
    expect(suggestSlots({ zones: ['Asia/Tokyo', NY], now: new Date('2026-03-05T12:00:00Z'), endsBefore: FAR })).toEqual([]);
    const slots = suggestSlots({ zones: [NY, STHLM], now: new Date('2026-03-05T12:00:00Z'), endsBefore: new Date('2026-03-06T14:30:00Z') });
    expect(slots.map((slot) => slot.toISOString())).toEqual(['2026-03-05T14:00:00.000Z', '2026-03-05T14:30:00.000Z', '2026-03-06T14:00:00.000Z']);
  });
});
