import {
  addDays,
  cachedZonedInstant,
  cohortCompletesAt,
  cycleCount,
  cycleDate,
  firstNudgeDate,
  localDate,
  memberZones,
  pairDueAt,
  weekdayOf,
  zonedInstant,
  zoneOffsetMs,
  type CohortSchedule,
} from '../../src/services/calendar';

const iso = (date: Date) => date.toISOString();

/** Weekly, Mondays at 09:00 in Stockholm, from Monday 16 March 2026 (Europe moves its clocks on 29 March). */
const STOCKHOLM: CohortSchedule = {
  startDate: '2026-03-16',
  weeks: 4,
  cadence: 'weekly',
  nudgeDay: 'mon',
  nudgeTime: '09:00',
  timezone: 'Europe/Stockholm',
};

describe('zonedInstant: a wall-clock time in a zone, with real DST rules', () => {
  it('follows Stockholm across its March and October changes', () => {
    expect(iso(zonedInstant('2026-03-23', '09:00', 'Europe/Stockholm'))).toBe('2026-03-23T08:00:00.000Z');
    expect(iso(zonedInstant('2026-03-30', '09:00', 'Europe/Stockholm'))).toBe('2026-03-30T07:00:00.000Z');
    expect(iso(zonedInstant('2026-10-19', '09:00', 'Europe/Stockholm'))).toBe('2026-10-19T07:00:00.000Z');
    expect(iso(zonedInstant('2026-10-26', '09:00', 'Europe/Stockholm'))).toBe('2026-10-26T08:00:00.000Z');
  });

  it('follows New York, which changes on other dates than Europe', () => {
    expect(iso(zonedInstant('2026-03-02', '09:00', 'America/New_York'))).toBe('2026-03-02T14:00:00.000Z');
    expect(iso(zonedInstant('2026-03-09', '09:00', 'America/New_York'))).toBe('2026-03-09T13:00:00.000Z');
    expect(iso(zonedInstant('2026-11-02', '09:00', 'America/New_York'))).toBe('2026-11-02T14:00:00.000Z');
  });

  it('moves a time that does not exist (clocks forward) on by the gap, and takes the first of a repeated time', () => {
    // 02:30 on 29 March 2026 never happens in Stockholm: it becomes 03:30 CEST.
    expect(iso(zonedInstant('2026-03-29', '02:30', 'Europe/Stockholm'))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(zonedInstant('2026-03-08', '02:30', 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
    // 02:30 on 25 October 2026 happens twice in Stockholm: the first is still summer time.
    expect(iso(zonedInstant('2026-10-25', '02:30', 'Europe/Stockholm'))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(zonedInstant('2026-11-01', '01:30', 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
  });

  it('handles zones across the date line and half-hour zones', () => {
    // Auckland is on summer time (+13) until 5 April 2026.
    expect(iso(zonedInstant('2026-03-16', '09:00', 'Pacific/Auckland'))).toBe('2026-03-15T20:00:00.000Z');
    expect(iso(zonedInstant('2026-04-06', '09:00', 'Pacific/Auckland'))).toBe('2026-04-05T21:00:00.000Z');
    expect(iso(zonedInstant('2026-03-16', '09:00', 'Asia/Kolkata'))).toBe('2026-03-16T03:30:00.000Z');
    expect(localDate(new Date('2026-03-15T20:00:00Z'), 'Pacific/Auckland')).toBe('2026-03-16');
    expect(localDate(new Date('2026-03-15T20:00:00Z'), 'America/Los_Angeles')).toBe('2026-03-15');
  });

  it('round-trips: the instant shows the asked-for wall time in the zone', () => {
    for (const zone of ['Europe/Stockholm', 'America/New_York', 'Pacific/Auckland', 'Australia/Lord_Howe', 'UTC']) {
      for (let day = 0; day < 366; day += 5) {
        const date = addDays('2026-01-01', day);
        const instant = zonedInstant(date, '09:15', zone);
        expect(localDate(instant, zone)).toBe(date);
        const offset = zoneOffsetMs(instant, zone);
        expect(new Date(instant.getTime() + offset).toISOString().slice(11, 16)).toBe('09:15');
      }
    }
  });

  it('refuses malformed input', () => {
    expect(() => zonedInstant('2026-3-1', '09:00', 'UTC')).toThrow(RangeError);
    expect(() => zonedInstant('2026-03-01', '25:00', 'UTC')).toThrow(RangeError);
  });
});

describe('cycles of a cohort', () => {
  it('starts on the nudge day itself when the cohort starts on it, else on the first one after', () => {
    expect(weekdayOf('2026-03-16')).toBe(1);
    expect(firstNudgeDate('2026-03-16', 'mon')).toBe('2026-03-16');
    expect(firstNudgeDate('2026-03-17', 'mon')).toBe('2026-03-23');
    expect(firstNudgeDate('2026-03-18', 'fri')).toBe('2026-03-20');
    expect(firstNudgeDate('2026-03-21', 'tue')).toBe('2026-03-24');
    expect(cycleDate({ ...STOCKHOLM, startDate: '2026-03-18' }, 1)).toBe('2026-03-23');
  });

  it('counts weeks for weekly and half of them (rounded down) for biweekly', () => {
    expect(cycleCount({ weeks: 12, cadence: 'weekly' })).toBe(12);
    expect(cycleCount({ weeks: 12, cadence: 'biweekly' })).toBe(6);
    expect(cycleCount({ weeks: 5, cadence: 'biweekly' })).toBe(2);
    expect(cycleCount({ weeks: 1, cadence: 'weekly' })).toBe(1);
  });

  it('places weekly cycles a week apart at the nudge time, across the DST change', () => {
    const dues = [1, 2, 3, 4].map((k) => iso(pairDueAt(STOCKHOLM, k, [null, null])));
    expect(dues).toEqual([
      '2026-03-16T08:00:00.000Z',
      '2026-03-23T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
      '2026-04-06T07:00:00.000Z',
    ]);
  });

  it('places biweekly cycles two weeks apart', () => {
    const biweekly: CohortSchedule = { ...STOCKHOLM, cadence: 'biweekly', weeks: 6, nudgeDay: 'thu', nudgeTime: '14:30' };
    expect([1, 2, 3].map((k) => cycleDate(biweekly, k))).toEqual(['2026-03-19', '2026-04-02', '2026-04-16']);
    expect(iso(pairDueAt(biweekly, 2, ['Europe/Stockholm']))).toBe('2026-04-02T12:30:00.000Z');
    expect(iso(cohortCompletesAt(biweekly))).toBe('2026-04-30T12:30:00.000Z');
  });

  it('completes a cadence after the last cycle', () => {
    expect(iso(cohortCompletesAt({ ...STOCKHOLM, weeks: 2 }))).toBe('2026-03-30T07:00:00.000Z');
  });
});

describe('a pair’s due instant: the latest of the nudge time across both members’ zones', () => {
  it('waits for the member furthest west', () => {
    // Stockholm 09:00 is 08:00Z; New York 09:00 (already on summer time since 8 March) is 13:00Z.
    expect(iso(pairDueAt(STOCKHOLM, 1, ['Europe/Stockholm', 'America/New_York']))).toBe('2026-03-16T13:00:00.000Z');
    // Before New York's change, 9 o'clock there is an hour later in UTC.
    const early = { ...STOCKHOLM, startDate: '2026-03-02' };
    expect(iso(pairDueAt(early, 1, ['America/New_York', 'Europe/Stockholm']))).toBe('2026-03-02T14:00:00.000Z');
    expect(iso(pairDueAt(early, 2, ['America/New_York', 'Europe/Stockholm']))).toBe('2026-03-09T13:00:00.000Z');
  });

  it('across the date line: Auckland reaches Monday 09:00 long before Los Angeles does', () => {
    const due = pairDueAt(STOCKHOLM, 1, ['Pacific/Auckland', 'America/Los_Angeles']);
    expect(iso(due)).toBe('2026-03-16T16:00:00.000Z');
    // For both it is at least Monday 09:00 local.
    expect(localDate(due, 'America/Los_Angeles')).toBe('2026-03-16');
    expect(localDate(due, 'Pacific/Auckland')).toBe('2026-03-17');
    // After Auckland leaves summer time (5 April) the answer is still Los Angeles' 09:00.
    expect(iso(pairDueAt(STOCKHOLM, 4, ['Pacific/Auckland', 'America/Los_Angeles']))).toBe('2026-04-06T16:00:00.000Z');
  });

  it("uses the cohort's zone for a member whose zone is unknown or not a real zone", () => {
    expect(memberZones(STOCKHOLM, [null, 'Mars/Olympus_Mons', 'Asia/Tokyo'])).toEqual(['Europe/Stockholm', 'Asia/Tokyo']);
    expect(iso(pairDueAt(STOCKHOLM, 1, [null, 'Asia/Tokyo']))).toBe('2026-03-16T08:00:00.000Z');
    expect(iso(pairDueAt(STOCKHOLM, 1, [undefined, 'Mars/Olympus_Mons']))).toBe('2026-03-16T08:00:00.000Z');
  });

  it('gives the same answers through the per-pass cache', () => {
    const cached = cachedZonedInstant();
    for (let k = 1; k <= 4; k += 1) {
      expect(pairDueAt(STOCKHOLM, k, ['America/New_York', null], cached)).toEqual(pairDueAt(STOCKHOLM, k, ['America/New_York', null]));
    }
  });
});
