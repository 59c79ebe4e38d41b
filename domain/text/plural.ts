/** The three Russian forms of a noun after a number: «1 новость», «2 новости», «5 новостей». */
export type PluralForms = readonly [one: string, few: string, many: string]

// Built once: making the rules costs far more than using them (dashboards run them per org).
const RULES = new Intl.PluralRules('ru-RU')

/**
 * The form of `forms` that goes with `n`, by the Russian plural rules of the runtime's ICU
 * (Intl.PluralRules): 1, 21, 101 → one; 2–4, 22–24 → few; 0, 5–20, 11–14, 111 → many. A fraction
 * takes the «few» form («1,5 дня»).
 */
export function plural(n: number, forms: PluralForms): string {
  const rule = RULES.select(n)
  return rule === 'one' ? forms[0] : rule === 'few' || rule === 'other' ? forms[1] : forms[2]
}

/** «47 дней», «1 новость». */
export const countOf = (n: number, forms: PluralForms): string => `${n} ${plural(n, forms)}`
