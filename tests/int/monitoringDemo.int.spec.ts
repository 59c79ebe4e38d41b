import { join } from 'node:path'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importBundle } from '../../cms/import/importBundle'
import { importMonitoringDemo, readMonitoringDemo } from '../../cms/import/importMonitoringDemo'
import { monitoringTrend } from '../../cms/monitoring/snapshots/monitoringTrend'
import { subtreeIndicators } from '../../cms/monitoring/subtreeIndicators'
import { PROJECT_ROOT } from '../../config/paths'
import { loadBundle } from '../../content/lib/loadBundle'
import type { IndicatorId, OrgRow } from '../../domain/monitoring/indicatorTypes'
import { quarterBefore, quarterOf } from '../../domain/monitoring/quarters'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/**
 * The demo's monitoring mix (issue 18): content/demo seeded into a throwaway data directory
 * gives red orgs for each deliberate reason, healthy ones, and four past quarters of snapshots.
 */
const DIR = join(PROJECT_ROOT, 'content/demo')
const demo = readMonitoringDemo(DIR)!
let t: TestPayload
let payload: Payload
let rows: OrgRow[]
let idOf: Map<string, string>
let rootId: string
const now = new Date()

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  const bundle = loadBundle(DIR)
  await importBundle(payload, bundle)
  await importMonitoringDemo(payload, DIR, bundle.manifest.namespace, now)
  const { docs } = await payload.find({
    collection: 'organizations',
    select: { importKey: true, parent: true },
    depth: 0,
    limit: 0,
    pagination: false,
  })
  idOf = new Map(docs.map((d) => [String(d.importKey).split(':').pop()!, String(d.id)]))
  const root = docs.find((d) => !d.parent)!
  rootId = String(root.id)
  const admin = { id: 0, role: 'platform-admin', grants: [], collection: 'users' }
  const req = await createLocalReq({ user: admin as never }, payload)
  rows = (await subtreeIndicators(req, String(root.id), { now })).rows
}, 600_000)

afterAll(async () => t?.close())

describe('the demo’s monitoring mix', () => {
  it('each deliberate reason makes its org red, with the reason in words', () => {
    expect(demo.reasons.length).toBeGreaterThanOrEqual(4)
    for (const { org, indicator } of demo.reasons) {
      const row = rows.find((r) => r.id === idOf.get(org))!
      const result = row.indicators[indicator as IndicatorId]
      expect({ org, indicator, light: result.light }).toEqual({ org, indicator, light: 'red' })
      expect(result.reason.length).toBeGreaterThan(5)
    }
  })

  it('the healthy orgs have fresh news and are mostly green', () => {
    for (const org of demo.fresh.orgs) {
      const row = rows.find((r) => r.id === idOf.get(org))!
      for (const id of ['news7', 'news30', 'news90', 'lastNews'] as const)
        expect({ org, id, light: row.indicators[id].light }).toEqual({ org, id, light: 'green' })
    }
    const lights = rows.flatMap((r) => Object.values(r.indicators).map((i) => i.light))
    expect(new Set(lights)).toEqual(new Set(['green', 'amber', 'red', 'none']))
  })

  it('four past quarters are stored, every org in each, and a rerun changes nothing', async () => {
    const current = quarterOf(now)
    for (let k = 1; k <= 4; k++) {
      const { totalDocs } = await payload.count({
        collection: 'monitoring-snapshots',
        where: { quarter: { equals: quarterBefore(current, k) } },
      })
      expect(totalDocs).toBe(rows.length)
    }
    const before = await payload.find({
      collection: 'monitoring-snapshots',
      depth: 0,
      limit: 0,
      pagination: false,
      sort: 'id',
    })
    const again = await importMonitoringDemo(payload, DIR, 'demo', now)
    expect(again).toEqual({ posts: 0, quarters: [] })
    const after = await payload.find({
      collection: 'monitoring-snapshots',
      depth: 0,
      limit: 0,
      pagination: false,
      sort: 'id',
    })
    expect(after.docs).toEqual(before.docs)
    // The history moves: an improving org had fewer greens a year ago than now.
    const coalKuzbass = Number(idOf.get('coal-kuzbass'))
    const greens = async (quarter: string) => {
      const doc = after.docs.find((d) => d.org === coalKuzbass && d.quarter === quarter)!
      return Object.values(doc.lights).filter((l) => l === 'green').length
    }
    const nowGreens = Object.values(
      rows.find((r) => r.id === String(coalKuzbass))!.indicators,
    ).filter((i) => i.light === 'green').length
    expect(await greens(quarterBefore(current, 4))).toBeLessThan(nowGreens)
  })

  it('the federation’s trends show the four past quarters, oldest first, and they move', async () => {
    // As the dashboard's «Динамика по кварталам» reads them: a user who may see the root.
    const admin = { id: 0, role: 'platform-admin', grants: [], collection: 'users' }
    const req = await createLocalReq({ user: admin as never }, payload)
    const trend = await monitoringTrend(req, rootId)
    const current = quarterOf(now)
    const past = [4, 3, 2, 1].map((k) => quarterBefore(current, k))
    for (const points of Object.values(trend)) {
      expect(points.map((p) => p.quarter)).toEqual(past)
      for (const p of points) expect(p.green).toBeLessThanOrEqual(p.applies)
    }
    // Every org of the federation is in every quarter.
    for (const p of trend.site) expect(p.applies).toBe(rows.length)
    // Not a flat copy of today: some indicator's share differs between a year ago and last quarter.
    const moved = Object.values(trend).filter((points) => points[0]!.share !== points[3]!.share)
    expect(moved.length).toBeGreaterThan(0)
  })
})
