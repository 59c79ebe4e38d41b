import { INDICATOR_IDS, type IndicatorId, type IndicatorResult } from './indicatorTypes'

/** A result that does not apply (or has no data yet): grey in the table, left out of roll-ups. */
export const noneResult = (id: IndicatorId, reason: string): IndicatorResult => ({
  id,
  light: 'none',
  value: null,
  reason,
})

/** Every indicator `none` with one reason: an org whose facts could not be measured. */
export function noneIndicators(reason: string): Record<IndicatorId, IndicatorResult> {
  return Object.fromEntries(INDICATOR_IDS.map((id) => [id, noneResult(id, reason)])) as Record<
    IndicatorId,
    IndicatorResult
  >
}
