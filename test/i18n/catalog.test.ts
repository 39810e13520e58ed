import { CATALOGS, resolveLocale } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { sv } from '../../src/i18n/sv';

describe('message catalog', () => {
  it('has every key in every language, of the same kind', () => {
    const languages = Object.entries(CATALOGS);
    expect(languages.map(([locale]) => locale).sort()).toEqual(['en', 'sv']);
    const keys = Object.keys(en).sort();
    for (const [, catalog] of languages) {
      expect(Object.keys(catalog).sort()).toEqual(keys);
      for (const key of keys) {
        expect(typeof catalog[key as keyof typeof en]).toBe(typeof en[key as keyof typeof en]);
      }
    }
  });

  it('has no empty texts and no untranslated copies of long English sentences', () => {
    const sample = { min: 1, max: 5, band: '0-2', input: 'x', suggestion: 'join', role: 'r', department: 'd', topics: 't', cohort: 'c', partners: 'p', date: 'd', count: 1, until: 'u', user: 'U', name: 'n', status: 's', enrolled: 2 };
    const render = (value: unknown) => (typeof value === 'function' ? (value as (p: typeof sample) => string)(sample) : (value as string));
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      const english = render(en[key]);
      const swedish = render(sv[key]);
      expect(english.trim().length).toBeGreaterThan(0);
      expect(swedish.trim().length).toBeGreaterThan(0);
      // Short strings (names, "Mentor") may legitimately be the same in both.
      if (english.length > 24) expect({ key, swedish }).not.toEqual({ key, swedish: english });
    }
  });

  it('picks the language from the Slack locale, else the default', () => {
    expect(resolveLocale('sv-SE', 'en')).toBe('sv');
    expect(resolveLocale('en-GB', 'sv')).toBe('en');
    expect(resolveLocale('de-DE', 'sv')).toBe('sv');
    expect(resolveLocale(null, 'en')).toBe('en');
  });
});
