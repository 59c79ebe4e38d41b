import type { IndicatorId } from '../../../domain/monitoring/indicatorTypes'

/** The SQL column of an indicator's light in monitoring_snapshots (group `lights`, snake case). */
export const lightColumn = (id: IndicatorId): string =>
  `lights_${id.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`
