import { INDICATOR_IDS, type IndicatorId, type Light } from './indicatorTypes'

/** How an org's demo history runs up to today's lights. */
export type HistoryCourse = 'improving' | 'worsening' | 'steady'

/** A stable number in [0, 1) from a text (FNV-1a): the same demo history on every seed. */
export function unitHash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0) / 2 ** 32
}

/**
 * An org's plausible lights `stepsBack` quarters before `now` (the demo's seeded history): an
 * improving org had more of today's greens still amber or red the further back one looks, a
 * worsening one had more of today's ambers and reds still green; a steady one wobbles a little.
 * Each indicator changes once at most (a stable threshold per org and indicator), so a chart
 * moves in one direction, not at random.
 */
export function pastLights(
  now: Record<IndicatorId, Light>,
  course: HistoryCourse,
  stepsBack: number,
  seed: string,
): Record<IndicatorId, Light> {
  const past = { ...now }
  for (const id of INDICATOR_IDS) {
    const light = now[id]
    if (light === 'none') continue
    const u = unitHash(`${seed}|${id}`)
    if (course === 'improving' && light === 'green' && u < 0.22 * stepsBack)
      past[id] = u < 0.11 * stepsBack ? 'red' : 'amber'
    else if (course === 'worsening' && light !== 'green' && u < 0.24 * stepsBack) past[id] = 'green'
    else if (course === 'steady' && u < 0.08 && stepsBack % 2 === 1)
      past[id] = light === 'green' ? 'amber' : 'green'
  }
  return past
}
