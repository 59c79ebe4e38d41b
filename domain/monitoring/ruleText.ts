import { countOf, plural } from '../text/plural'

// The rules' texts and the reminders import the plural from here with the nouns they use.
export { plural }

export const DAYS = ['день', 'дня', 'дней'] as const
export const NEWS = ['новость', 'новости', 'новостей'] as const

/** «47 дней», «1 новость». */
export const count = countOf

// Built once: making a formatter costs far more than using it (rules run for every org).
const ONE_DECIMAL = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 })

/** A number as Russian text shows it, one decimal at most: «4,5». */
export const decimal = (n: number) => ONE_DECIMAL.format(n).replace(/\u00a0/g, ' ')

/** Whole days between two instants (a day not yet over does not count). */
export const daysBetween = (from: Date, to: Date) =>
  Math.floor((to.getTime() - from.getTime()) / 86_400_000)
