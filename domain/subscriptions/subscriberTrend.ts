/**
 * How many addresses were subscribed (confirmed, not yet unsubscribed) at a moment, told from the
 * rows' own dates: a row counts at `at` if it was confirmed by then and not unsubscribed by then.
 * Pure, so the trend «now vs 4 weeks ago» is tested without a database. A row removed on request
 * (152-ФЗ) leaves no trace, so it counts in neither figure: the history is what remains.
 */
export interface TrendRow {
  status: string
  confirmedAt?: string | Date | null
  unsubscribedAt?: string | Date | null
}

const time = (value: string | Date | null | undefined) =>
  value === null || value === undefined ? null : new Date(value).getTime()

export function subscribedAt(row: TrendRow, at: Date): boolean {
  const confirmed = time(row.confirmedAt)
  if (confirmed === null || confirmed > at.getTime()) return false
  const left = time(row.unsubscribedAt)
  return left === null || left > at.getTime()
}

export const TREND_WEEKS = 4

/** The moment the trend compares with: `TREND_WEEKS` weeks before `now`. */
export const trendStart = (now: Date) => new Date(now.getTime() - TREND_WEEKS * 7 * 86_400_000)

/** «+12 за 4 недели», «−3 за 4 недели», «без изменений за 4 недели». */
export function trendText(now: number, before: number): string {
  const delta = now - before
  if (delta === 0) return `без изменений за ${TREND_WEEKS} недели`
  return `${delta > 0 ? '+' : '−'}${Math.abs(delta)} за ${TREND_WEEKS} недели`
}
