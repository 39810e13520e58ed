import { isWorkingMoment, nextWorkingMoment, zoneOrDefault } from '../../src/services/working-hours';

const at = (iso: string) => new Date(iso);

describe("an organizer's working hours: 09:00–17:00, Monday to Friday, in their own time zone", () => {
  it('is open from 09:00 up to 17:00 on a weekday, in the zone given', () => {
    // Monday 9 March 2026; Stockholm is UTC+1 in winter.
    expect(isWorkingMoment(at('2026-03-09T07:59:00Z'), 'Europe/Stockholm')).toBe(false);
    expect(isWorkingMoment(at('2026-03-09T08:00:00Z'), 'Europe/Stockholm')).toBe(true);
    expect(isWorkingMoment(at('2026-03-09T15:59:00Z'), 'Europe/Stockholm')).toBe(true);
    expect(isWorkingMoment(at('2026-03-09T16:00:00Z'), 'Europe/Stockholm')).toBe(false);
    // The same instant is 03:00 in New York.
    expect(isWorkingMoment(at('2026-03-09T08:00:00Z'), 'America/New_York')).toBe(false);
    // Saturday noon is nobody's working hour.
    expect(isWorkingMoment(at('2026-03-14T11:00:00Z'), 'Europe/Stockholm')).toBe(false);
  });

  it('moves a time outside them to the next 09:00 on a weekday, and leaves a time inside as it is', () => {
    const inside = at('2026-03-10T10:30:00Z');
    expect(nextWorkingMoment(inside, 'Europe/Stockholm')).toBe(inside);
    // 01:00 on Tuesday in Stockholm → 09:00 that day.
    expect(nextWorkingMoment(at('2026-03-10T00:00:00Z'), 'Europe/Stockholm').toISOString()).toBe('2026-03-10T08:00:00.000Z');
    // Friday 17:00 → Monday 09:00.
    expect(nextWorkingMoment(at('2026-03-13T16:00:00Z'), 'Europe/Stockholm').toISOString()).toBe('2026-03-16T08:00:00.000Z');
    // Saturday in Sydney (UTC+11) → Monday 09:00 there, which is Sunday 22:00 UTC.
    expect(nextWorkingMoment(at('2026-03-14T02:00:00Z'), 'Australia/Sydney').toISOString()).toBe('2026-03-15T22:00:00.000Z');
  });

  it('follows summer time: after the clocks go forward, 09:00 in Stockholm is 07:00 UTC', () => {
    // Sunday 29 March 2026 the clocks go forward; Monday 30 March 09:00 CEST = 07:00 UTC.
    expect(nextWorkingMoment(at('2026-03-29T12:00:00Z'), 'Europe/Stockholm').toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(isWorkingMoment(at('2026-03-30T07:30:00Z'), 'Europe/Stockholm')).toBe(true);
  });

  it("uses the default zone when the person's is unknown or not one Intl knows", () => {
    expect(zoneOrDefault('America/New_York', 'Europe/Stockholm')).toBe('America/New_York');
    expect(zoneOrDefault(null, 'Europe/Stockholm')).toBe('Europe/Stockholm');
    expect(zoneOrDefault('Mars/Olympus_Mons', 'Europe/Stockholm')).toBe('Europe/Stockholm');
  });
});
