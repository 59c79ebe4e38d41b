import { INDICATOR_LABELS, LIGHT_RANK } from './indicatorLabels'
import { INDICATOR_IDS, type IndicatorId, type OrgRow } from './indicatorTypes'

export interface FixItem {
  id: IndicatorId
  label: string
  light: 'red' | 'amber'
  reason: string
  fix: string
}

/**
 * «Что исправить» for one org: its red indicators first, then the amber ones, each group in the
 * dashboard's column order (so the list reads the same every time). Green and not-applicable
 * indicators need nothing.
 */
export function fixList(row: OrgRow): FixItem[] {
  return INDICATOR_IDS.map((id, order) => ({ result: row.indicators[id], order }))
    .filter(({ result }) => result && (result.light === 'red' || result.light === 'amber'))
    .sort((a, b) => LIGHT_RANK[a.result.light] - LIGHT_RANK[b.result.light] || a.order - b.order)
    .map(({ result }) => ({
      id: result.id,
      label: INDICATOR_LABELS[result.id],
      light: result.light as 'red' | 'amber',
      reason: result.reason,
      fix: result.fix ?? result.reason,
    }))
}

/** How many indicators of the row are red and amber. */
export function problemCounts(row: OrgRow): { red: number; amber: number } {
  let red = 0
  let amber = 0
  for (const id of INDICATOR_IDS) {
    const light = row.indicators[id]?.light
    if (light === 'red') red++
    else if (light === 'amber') amber++
  }
  return { red, amber }
}
