/** The plural categories a language needs; `other` is always required because every language has it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Picks the plural form for `n` by the language's own rules and puts the formatted number where `#` stands. */
export function pluralizer(locale: string): (n: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  return (n, forms) => (forms[rules.select(n)] ?? forms.other).replace('#', numbers.format(n));
}

/** Numbers written the language's way: 1,000 in English, 1 000 in French. */
export function numberFormatter(locale: string): (n: number) => string {
  const numbers = new Intl.NumberFormat(locale);
  return (n) => numbers.format(n);
}
