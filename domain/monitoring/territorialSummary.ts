import { fixList, problemCounts } from './fixList'
import { INDICATOR_LABELS } from './indicatorLabels'
import { INDICATOR_IDS, type IndicatorId, type Light, type OrgRow } from './indicatorTypes'
import { count } from './ruleText'
import type { ReminderText } from './weeklyReminder'

export type LightCounts = Record<IndicatorId, { green: number; amber: number; red: number }>

const ORGS = ['организация', 'организации', 'организаций'] as const
const PPO = ['ППО', 'ППО', 'ППО'] as const
/** The worst ППО listed by name with their reasons. */
export const WORST_SHOWN = 10

/** Per indicator, how many of `lights` (one record per org) are green, amber and red. */
export function lightCounts(lights: readonly Partial<Record<IndicatorId, Light>>[]): LightCounts {
  const counts = Object.fromEntries(
    INDICATOR_IDS.map((id) => [id, { green: 0, amber: 0, red: 0 }]),
  ) as LightCounts
  for (const org of lights)
    for (const id of INDICATOR_IDS) {
      const light = org[id]
      if (light === 'green' || light === 'amber' || light === 'red') counts[id][light]++
    }
  return counts
}

export const lightsOf = (row: OrgRow): Record<IndicatorId, Light> =>
  Object.fromEntries(INDICATOR_IDS.map((id) => [id, row.indicators[id].light])) as Record<
    IndicatorId,
    Light
  >

/** The ППО with most red, then most amber indicators (then by name), at most `n`, none all green. */
export function worstRows(rows: readonly OrgRow[], n = WORST_SHOWN): OrgRow[] {
  const byName = new Intl.Collator('ru')
  return rows
    .map((row) => ({ row, ...problemCounts(row) }))
    .filter((r) => r.red + r.amber > 0)
    .sort((a, b) => b.red - a.red || b.amber - a.amber || byName.compare(a.row.name, b.row.name))
    .slice(0, n)
    .map((r) => r.row)
}

const change = (now: number, before: number | undefined) =>
  before === undefined || before === now
    ? ''
    : ` (${now > before ? '+' : '−'}${Math.abs(now - before)})`

/**
 * The monthly summary of a territorial organization about its ППО: per indicator how many are
 * green / amber / red (with the change since `previous`, the counts of the last stored snapshot,
 * when there is one), then the worst ten with their reasons. Names of organizations only.
 */
export function territorialSummary(
  orgName: string,
  dateLabel: string,
  ppo: readonly OrgRow[],
  previous?: { label: string; counts: LightCounts },
): ReminderText {
  const counts = lightCounts(ppo.map(lightsOf))
  const lines = INDICATOR_IDS.filter((id) => {
    const c = counts[id]
    return c.green + c.amber + c.red > 0
  }).map((id) => {
    const c = counts[id]
    const p = previous?.counts[id]
    return (
      `${INDICATOR_LABELS[id]}: ✓ ${c.green}${change(c.green, p?.green)}, ` +
      `! ${c.amber}${change(c.amber, p?.amber)}, ✕ ${c.red}${change(c.red, p?.red)}`
    )
  })
  const worst = worstRows(ppo).map((row) => {
    const fixes = fixList(row)
    return `${row.name}: ${fixes.map((f) => `${f.light === 'red' ? '✕' : '!'} ${f.reason}`).join('; ')}.`
  })
  return {
    subject: `Мониторинг ППО «${orgName}» на ${dateLabel}`,
    heading: `Информационная работа ППО на ${dateLabel}`,
    paragraphs: [
      ppo.length === 0
        ? `В «${orgName}» нет первичных профсоюзных организаций.`
        : `В «${orgName}» ${count(ppo.length, PPO)}. По каждому показателю — сколько в норме (✓), требуют внимания (!) и в красной зоне (✕)` +
          (previous ? `; в скобках — изменение с ${previous.label}.` : '.'),
      ...lines,
      ...(worst.length > 0
        ? [`Больше всего замечаний (${count(worst.length, ORGS)}):`, ...worst]
        : ppo.length > 0
          ? ['Все ППО в норме.']
          : []),
    ],
  }
}
