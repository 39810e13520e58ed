import { plural } from '../../src/i18n/catalog';

describe('plural', () => {
  it('agrees the noun with the count by each language’s rules', () => {
    const en = plural('en');
    expect(en(1, { one: '# pair', other: '# pairs' })).toBe('1 pair');
    expect(en(0, { one: '# pair', other: '# pairs' })).toBe('0 pairs');
    expect(en(2, { one: '# pair', other: '# pairs' })).toBe('2 pairs');
    const sv = plural('sv');
    expect(sv(1, { one: '# pausad', other: '# pausade' })).toBe('1 pausad');
    expect(sv(3, { one: '# pausad', other: '# pausade' })).toBe('3 pausade');
  });

  it('writes the number as the language does and falls back to the other form', () => {
    expect(plural('en')(1234, { other: '# rows' })).toBe('1,234 rows');
    expect(plural('sv')(1234, { other: '# rader' })).toBe('1\u00a0234 rader');
  });
});
