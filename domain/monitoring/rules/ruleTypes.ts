import type { IndicatorId, IndicatorResult, Light } from '../indicatorTypes'
import type { MonitoringThresholds } from '../thresholds'
import type { OrgFacts } from '../orgFacts'

/** A rule: pure, from the org's facts, the network's thresholds and the moment of measuring. */
export type Rule = (facts: OrgFacts, thresholds: MonitoringThresholds, now: Date) => IndicatorResult

/** A result; `fix` is kept only for amber and red. */
export function result(
  id: IndicatorId,
  light: Light,
  value: IndicatorResult['value'],
  reason: string,
  fix?: string,
): IndicatorResult {
  return light === 'amber' || light === 'red'
    ? { id, light, value, reason, fix }
    : { id, light, value, reason }
}
