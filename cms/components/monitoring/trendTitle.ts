import { quarterTitle } from '../../../domain/monitoring/quarters'

/** The live column's key: after every `YYYY-QN` when sorted, so it is drawn last. */
export const LIVE = 'now'

/** A trend column's title: «IV кв. 2026», or «сейчас» for the live figures. */
export const trendTitle = (quarter: string): string =>
  quarter === LIVE ? 'сейчас' : quarterTitle(quarter)
