/**
 * The shape of a message catalog: every entry is a string, or a function from its parameters to a string.
 * A language's room is typed as `Catalog<typeof englishRoom>`, so it must fill in the same keys with the same
 * parameters.
 */
export type Catalog<T> = { [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string };

/** The forms a count can take; `other` is required, the rest as the language's plural rules need them. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Counts that agree with their nouns ("1 pair", "2 pairs"; "1 par", "2 par"), by the language's own plural rules
 * (Intl.PluralRules, built into Node). Each form may hold `#`, replaced by the number as that language writes it.
 *
 *   const count = plural('en');
 *   count(1, { one: '# pair', other: '# pairs' })  // '1 pair'
 */
export function plural(locale: string): (n: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (n, forms) => (forms[rules.select(n)] ?? forms.other).replaceAll('#', numbers.format(n));
}
