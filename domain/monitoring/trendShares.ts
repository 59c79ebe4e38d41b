import { INDICATOR_IDS, type IndicatorId, type Light } from './indicatorTypes'

/** One indicator's count of orgs per light in one quarter (what the SQL roll-up returns). */
export interface TrendCount {
  quarter: string
  indicator: IndicatorId
  light: Light
  orgs: number
}

/** An indicator's figures in one quarter: green orgs among those it applies to. */
export interface TrendPoint {
  quarter: string
  green: number
  applies: number
  /** green / applies, 0..1; null where the indicator applied to no org that quarter. */
  share: number | null
}

export type Trend = Record<IndicatorId, TrendPoint[]>

/**
 * Per indicator, the share of orgs meeting it (green) in each quarter, oldest first, from the
 * counts per (quarter, indicator, light). `none` (not applicable) counts in neither figure,
 * as in the dashboard's roll-ups. Quarters absent from the counts are absent from the trend.
 */
export function trendShares(counts: readonly TrendCount[]): Trend {
  const quarters = [...new Set(counts.map((c) => c.quarter))].sort()
  const cells = new Map<string, { green: number; applies: number }>()
  for (const c of counts) {
    if (c.light === 'none') continue
    const key = `${c.indicator}|${c.quarter}`
    const cell = cells.get(key) ?? { green: 0, applies: 0 }
    cell.applies += c.orgs
    if (c.light === 'green') cell.green += c.orgs
    cells.set(key, cell)
  }
  const trend = {} as Trend
  for (const id of INDICATOR_IDS) {
    trend[id] = quarters.map((quarter) => {
      const { green, applies } = cells.get(`${id}|${quarter}`) ?? { green: 0, applies: 0 }
      return { quarter, green, applies, share: applies === 0 ? null : green / applies }
    })
  }
  return trend
}

/** The same counts from whole rows (each org's light per indicator): the reference computation. */
export function countLights(
  rows: readonly { quarter: string; lights: Record<IndicatorId, Light> }[],
): TrendCount[] {
  const counts = new Map<string, TrendCount>()
  for (const row of rows)
    for (const indicator of INDICATOR_IDS) {
      const light = row.lights[indicator]
      const key = `${row.quarter}|${indicator}|${light}`
      const c = counts.get(key) ?? { quarter: row.quarter, indicator, light, orgs: 0 }
      c.orgs += 1
      counts.set(key, c)
    }
  return [...counts.values()]
}
