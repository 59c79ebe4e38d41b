/** Russian plural forms: plural(5, ['новость', 'новости', 'новостей']) → 'новостей'. */
export function plural(n: number, forms: readonly [string, string, string]): string {
  const abs = Math.abs(Math.trunc(n))
  const ten = abs % 10
  const hundred = abs % 100
  if (ten === 1 && hundred !== 11) return forms[0]
  if (ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14)) return forms[1]
  return forms[2]
}

export const DAYS = ['день', 'дня', 'дней'] as const
export const NEWS = ['новость', 'новости', 'новостей'] as const

/** «47 дней», «1 новость». */
export const count = (n: number, forms: readonly [string, string, string]) =>
  `${n} ${plural(n, forms)}`

// Built once: making a formatter costs far more than using it (rules run for every org).
const ONE_DECIMAL = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 })

/** A number as Russian text shows it, one decimal at most: «4,5». */
export const decimal = (n: number) => ONE_DECIMAL.format(n).replace(/\u00a0/g, ' ')

/** Whole days between two instants (a day not yet over does not count). */
export const daysBetween = (from: Date, to: Date) =>
  Math.floor((to.getTime() - from.getTime()) / 86_400_000)
