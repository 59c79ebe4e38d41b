import type { IndicatorId, Light, OrgRow } from '../../../domain/monitoring/indicatorTypes'
import { INDICATOR_IDS } from '../../../domain/monitoring/indicatorTypes'

/** A snapshot row as the job writes it (the collection's columns, before the timestamps). */
export interface SnapshotRow {
  org: number
  lights: Record<IndicatorId, Light>
  news90: number | null
  daysSinceNews: number | null
}

const numberOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null

/** The narrow part of a dashboard row a quarter keeps: every light and the trends' numbers. */
export function snapshotRow(row: OrgRow): SnapshotRow {
  const lights = {} as Record<IndicatorId, Light>
  for (const id of INDICATOR_IDS) lights[id] = row.indicators[id].light
  return {
    org: Number(row.id),
    lights,
    news90: numberOrNull(row.indicators.news90.value),
    daysSinceNews: numberOrNull(row.indicators.lastNews.value),
  }
}
