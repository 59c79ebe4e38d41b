import { createLocalReq, type Payload } from 'payload'
import { pastLights, type HistoryCourse } from '../../../domain/monitoring/pastLights'
import { quarterBefore, quarterOf, quarterStart } from '../../../domain/monitoring/quarters'
import { replaceQuarter } from './replaceQuarter'
import { networkSnapshotRows } from './takeSnapshot'

/** Quarters of history the demo shows before the current one. */
const QUARTERS = 4

export interface HistoryPlan {
  /** Import keys (`demo:org:<key>`) of orgs that got better or worse over the past year. */
  improving: readonly string[]
  worsening: readonly string[]
}

/**
 * The demo's past four quarters of snapshots, made up from today's lights (pastLights): so that
 * the trends have something to show on a fresh install. A quarter that already has rows (a
 * real snapshot, or an earlier seed) is left alone: a second seed changes nothing, and a real
 * history is never overwritten. Returns the quarters written.
 */
export async function seedSnapshotHistory(
  payload: Payload,
  plan: HistoryPlan,
  now: Date = new Date(),
): Promise<string[]> {
  const current = quarterOf(now)
  const quarters = Array.from({ length: QUARTERS }, (_, i) => quarterBefore(current, i + 1))
  const missing: string[] = []
  for (const quarter of quarters) {
    const { totalDocs } = await payload.count({
      collection: 'monitoring-snapshots',
      where: { quarter: { equals: quarter } },
    })
    if (totalDocs === 0) missing.push(quarter)
  }
  if (missing.length === 0) return []
  const { docs } = await payload.find({
    collection: 'organizations',
    select: { importKey: true },
    depth: 0,
    limit: 0,
    pagination: false,
  })
  const courseOf = new Map<number, HistoryCourse>()
  for (const d of docs) {
    const key = (d as { importKey?: string | null }).importKey ?? ''
    if (plan.improving.includes(key)) courseOf.set(Number(d.id), 'improving')
    if (plan.worsening.includes(key)) courseOf.set(Number(d.id), 'worsening')
  }
  const today = await networkSnapshotRows(payload, now)
  const req = await createLocalReq({}, payload)
  for (const quarter of missing) {
    const steps = quarters.indexOf(quarter) + 1
    const course = (org: number) => courseOf.get(org) ?? 'steady'
    const rows = today.map((r) => ({
      org: r.org,
      lights: pastLights(r.lights, course(r.org), steps, `${r.org}`),
      news90:
        r.news90 === null
          ? null
          : Math.max(0, r.news90 + (course(r.org) === 'improving' ? -2 : 2) * steps),
      daysSinceNews: null,
    }))
    // Taken when the schedule would have: the next quarter's first morning.
    const takenAt = new Date(quarterStart(quarterBefore(quarter, -1)).getTime() + 7 * 60_000)
    await replaceQuarter(req, quarter, takenAt, rows)
  }
  return missing
}
