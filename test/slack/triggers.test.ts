import { TriggerArrivals } from '../../src/slack/triggers';

describe('trigger arrivals', () => {
  it('remembers when each trigger id arrived, forgets it a minute later, and holds at most 10,000', () => {
    const arrivals = new TriggerArrivals();
    arrivals.note('T1', 1_000);
    arrivals.note('T2', 2_000);
    expect(arrivals.arrivedAt('T1')).toBe(1_000);
    expect(arrivals.arrivedAt('T3')).toBeUndefined();
    // Noting a later one forgets those over a minute old.
    arrivals.note('T3', 61_500);
    expect(arrivals.arrivedAt('T1')).toBeUndefined();
    expect(arrivals.arrivedAt('T2')).toBe(2_000);
    for (let i = 0; i < 10_000; i += 1) arrivals.note(`B${i}`, 61_600);
    expect(arrivals.arrivedAt('T2')).toBeUndefined();
    expect(arrivals.arrivedAt('B0')).toBe(61_600);
    expect(arrivals.arrivedAt('B9999')).toBe(61_600);
  });
});
