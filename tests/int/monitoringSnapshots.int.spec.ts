import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { quarterCounts } from '../../cms/monitoring/snapshots/quarterCounts'
import { monitoringTrend } from '../../cms/monitoring/snapshots/monitoringTrend'
import { takeSnapshot } from '../../cms/monitoring/snapshots/takeSnapshot'
import { INDICATOR_IDS, type IndicatorId, type Light } from '../../domain/monitoring/indicatorTypes'
import { countLights, trendShares } from '../../domain/monitoring/trendShares'
import { apiClient } from '../helpers/apiClient'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

/**
 * The monitoring's quarterly snapshots (issue 18): the job writes one row per org and replaces
 * a quarter on a rerun; the trends' SQL roll-up equals the pure computation over the same rows;
 * the rows are read only within the monitoring's scope and written by nobody over the API;
 * «Снять срез сейчас» queues (never runs) the job, for the allowed users only, one at a time.
 */
let t: TestPayload
let payload: Payload
let world: World
let api: ReturnType<typeof apiClient>
let fedAdmin: { email: string }

const token = (role: keyof World['users']) => api.login(world.users[role].email, PASSWORD)
const ids = (...keys: (keyof World['orgs'])[]) => keys.map((k) => String(world.orgs[k])).sort()
const orgCount = async () => (await payload.count({ collection: 'organizations' })).totalDocs
const quarterRows = (quarter: string) =>
  payload.find({
    collection: 'monitoring-snapshots',
    where: { quarter: { equals: quarter } },
    depth: 0,
    limit: 0,
    pagination: false,
  })
const waitingJobs = async () =>
  (
    await payload.count({
      collection: 'payload-jobs',
      where: {
        and: [{ taskSlug: { equals: 'snapshotMonitoring' } }, { completedAt: { exists: false } }],
      },
    })
  ).totalDocs

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  api = apiClient(payload)
  fedAdmin = { email: 'fedadmin@test.local' }
  await payload.create({
    collection: 'users',
    data: {
      email: fedAdmin.email,
      password: PASSWORD,
      name: 'fedAdmin',
      grants: [{ organization: world.orgs.fed, role: 'admin', subtree: false }],
    } as never,
  })
  await takeSnapshot(payload, { now: new Date('2026-07-01T09:00:00+03:00') }) // 2026-Q2
  await takeSnapshot(payload, { now: new Date('2026-10-15T09:00:00+03:00') }) // 2026-Q4
}, 120_000)

afterAll(async () => {
  await t?.close()
})

describe('the snapshot job', () => {
  it('writes one row per org, labelled with the Moscow quarter', async () => {
    const rows = await quarterRows('2026-Q2')
    expect(rows.docs.map((d) => String(d.org)).sort()).toEqual(
      (await payload.find({ collection: 'organizations', limit: 0, depth: 0 })).docs
        .map((d) => String(d.id))
        .sort(),
    )
    expect(rows.totalDocs).toBe(await orgCount())
    const fed = rows.docs.find((d) => String(d.org) === String(world.orgs.fed))!
    expect(fed.lights.site).toMatch(/^(green|amber|red|none)$/)
    expect(fed.news90).toBeGreaterThanOrEqual(0)
  })

  it('a rerun of a quarter replaces it: still one row per org, the new moment', async () => {
    const before = await quarterRows('2026-Q4')
    const at = new Date('2026-11-20T09:00:00+03:00')
    const result = await takeSnapshot(payload, { now: at })
    expect(result).toEqual({ quarter: '2026-Q4', orgs: await orgCount() })
    const after = await quarterRows('2026-Q4')
    expect(after.totalDocs).toBe(before.totalDocs)
    expect(new Set(after.docs.map((d) => new Date(d.takenAt).toISOString()))).toEqual(
      new Set([at.toISOString()]),
    )
    expect((await quarterRows('2026-Q2')).totalDocs).toBe(before.totalDocs)
  })
})

describe('the trend roll-up', () => {
  it('equals the pure computation over the same rows, for a subtree and for one org', async () => {
    const { docs } = await payload.find({
      collection: 'monitoring-snapshots',
      depth: 0,
      limit: 0,
      pagination: false,
    })
    const inTerA = new Set(ids('terA', 'ppoA1', 'ppoA2'))
    const asRows = (keep: (org: string) => boolean) =>
      docs
        .filter((d) => keep(String(d.org)))
        .map((d) => ({
          quarter: d.quarter,
          lights: Object.fromEntries(
            INDICATOR_IDS.map((id) => [id, (d.lights as Record<IndicatorId, Light>)[id]]),
          ) as Record<IndicatorId, Light>,
        }))
    const req = await createLocalReq({}, payload)
    const sorted = (c: ReturnType<typeof countLights>) =>
      [...c].sort((a, b) =>
        `${a.quarter}${a.indicator}${a.light}`.localeCompare(
          `${b.quarter}${b.indicator}${b.light}`,
        ),
      )
    const terA = Number(world.orgs.terA)
    expect(sorted(await quarterCounts(req, terA))).toEqual(
      sorted(countLights(asRows((o) => inTerA.has(o)))),
    )
    const ppo = Number(world.orgs.ppoA1)
    expect(sorted(await quarterCounts(req, { only: ppo }))).toEqual(
      sorted(countLights(asRows((o) => o === String(ppo)))),
    )
    const terAdmin = await payload.findByID({ collection: 'users', id: world.users.terAdmin.id })
    const trend = await monitoringTrend(
      await createLocalReq({ user: terAdmin as never }, payload),
      String(terA),
    )
    expect(trend).toEqual(trendShares(countLights(asRows((o) => inTerA.has(o)))))
    expect(trend.site.map((p) => p.quarter)).toEqual(['2026-Q2', '2026-Q4'])
    expect(trend.site[0]!.applies).toBeGreaterThan(0)
  })

  it('is refused outside the user’s scope', async () => {
    const terAdmin = await payload.findByID({ collection: 'users', id: world.users.terAdmin.id })
    const req = await createLocalReq({ user: terAdmin as never }, payload)
    await expect(monitoringTrend(req, String(world.orgs.terB))).rejects.toThrow()
    await expect(monitoringTrend(req, String(world.orgs.fed))).rejects.toThrow()
  })
})

describe('who reads the rows', () => {
  it('REST: a Терком’s admin sees its subtree, a ППО’s editor its own org, anonymous nothing', async () => {
    const seen = async (role: keyof World['users']) => {
      const res = await api.rest('GET', '/monitoring-snapshots?limit=500&depth=0', {
        token: await token(role),
      })
      expect(res.status).toBe(200)
      return [...new Set(res.body.docs.map((d: { org: unknown }) => String(d.org)))].sort()
    }
    expect(await seen('terAdmin')).toEqual(ids('terA', 'ppoA1', 'ppoA2'))
    expect(await seen('ppoEditor')).toEqual(ids('ppoA1'))
    expect(await seen('unionBEditor')).toEqual(ids('unionB', 'terB', 'ppoB1'))
    expect((await seen('platform')).length).toBe(await orgCount())
    const anonymous = await api.rest('GET', '/monitoring-snapshots')
    expect(anonymous.status).toBe(403)
  })

  it('GraphQL: the same scope', async () => {
    const res = await api.graphql(
      '{ MonitoringSnapshots(limit: 500) { docs { org { id } quarter } } }',
      await token('terAdmin'),
    )
    expect(res.body.errors).toBeUndefined()
    const seen = res.body.data.MonitoringSnapshots.docs.map((d: { org: { id: unknown } }) =>
      String(d.org.id),
    )
    expect([...new Set(seen)].sort()).toEqual(ids('terA', 'ppoA1', 'ppoA2'))
  })

  it('Local API with overrideAccess: false keeps to the user’s scope', async () => {
    const user = await payload.findByID({ collection: 'users', id: world.users.ppoEditor.id })
    const { docs } = await payload.find({
      collection: 'monitoring-snapshots',
      overrideAccess: false,
      user,
      depth: 0,
      limit: 0,
    })
    expect(new Set(docs.map((d) => String(d.org)))).toEqual(new Set(ids('ppoA1')))
    expect(docs).toHaveLength(2)
  })
})

describe('nobody writes a snapshot through the API', () => {
  it('REST create, update and delete are refused even to the platform admin', async () => {
    const admin = await token('platform')
    const before = (await payload.count({ collection: 'monitoring-snapshots' })).totalDocs
    const create = await api.rest('POST', '/monitoring-snapshots', {
      token: admin,
      body: { org: world.orgs.fed, quarter: '2025-Q1', takenAt: new Date().toISOString() },
    })
    expect(create.status).toBe(403)
    const [row] = (await quarterRows('2026-Q2')).docs
    const update = await api.rest('PATCH', `/monitoring-snapshots/${row!.id}`, {
      token: admin,
      body: { quarter: '2025-Q1' },
    })
    expect(update.status).toBe(403)
    const remove = await api.rest('DELETE', `/monitoring-snapshots/${row!.id}`, { token: admin })
    expect(remove.status).toBe(403)
    expect((await payload.count({ collection: 'monitoring-snapshots' })).totalDocs).toBe(before)
  })

  it('GraphQL create is refused', async () => {
    const res = await api.graphql(
      `mutation { createMonitoringSnapshot(data: { org: ${world.orgs.fed}, quarter: "2025-Q1", takenAt: "2025-03-01T00:00:00Z" }) { id } }`,
      await token('platform'),
    )
    expect(res.body.errors?.[0]?.message).toBeTruthy()
    const q = await payload.count({
      collection: 'monitoring-snapshots',
      where: { quarter: { equals: '2025-Q1' } },
    })
    expect(q.totalDocs).toBe(0)
  })
})

describe('«Снять срез сейчас»', () => {
  const ask = async (orgKey: keyof World['orgs'] | string, tokenOf?: string) =>
    api.rest(
      'POST',
      `/monitoring/${orgKey in world.orgs ? world.orgs[orgKey as keyof World['orgs']] : orgKey}/snapshot`,
      { token: tokenOf },
    )

  it('is refused to anonymous, lower admins and editors, and to a non-root org', async () => {
    expect((await ask('fed')).status).toBe(401)
    const refused = await ask('fed', await token('terAdmin'))
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toMatch(/администратор/)
    expect((await ask('fed', await token('fedEditor'))).status).toBe(403)
    expect((await ask('terA', await token('terAdmin'))).status).toBe(403)
    expect((await ask('terA', await api.login(fedAdmin.email, PASSWORD))).status).toBe(403)
    expect((await ask('abc', await token('platform'))).status).toBe(400)
    expect((await ask('999999', await token('platform'))).status).toBe(404)
    expect(await waitingJobs()).toBe(0)
  })

  it('queues the job for the root’s admin without running it, and a flood adds one job', async () => {
    const before = (await payload.count({ collection: 'monitoring-snapshots' })).totalDocs
    const rootAdmin = await api.login(fedAdmin.email, PASSWORD)
    const first = await ask('fed', rootAdmin)
    expect(first.status).toBe(202)
    expect(first.body.queued).toBe(true)
    for (let i = 0; i < 20; i++) expect((await ask('fed', rootAdmin)).status).toBe(202)
    expect((await ask('fed', await token('platform'))).body.queued).toBe(false)
    expect(await waitingJobs()).toBe(1)
    // Not run inline: no row of the current quarter was written by the requests.
    expect((await payload.count({ collection: 'monitoring-snapshots' })).totalDocs).toBe(before)
    await payload.jobs.run({ queue: 'default' })
    expect(await waitingJobs()).toBe(0)
    expect((await payload.count({ collection: 'monitoring-snapshots' })).totalDocs).toBeGreaterThan(
      0,
    )
  })
})

describe('deleting an organization', () => {
  it('takes its snapshots and its own rubrics with it; a rubric never turns shared', async () => {
    const leaf = await payload.create({
      collection: 'organizations',
      data: {
        name: 'ППО на удаление',
        slug: 'ppo-udalenie',
        kind: 'primary_org',
        parent: world.orgs.terA,
      } as never,
      depth: 0,
    })
    await takeSnapshot(payload, { now: new Date('2026-10-20T09:00:00+03:00') })
    const rubric = await payload.create({
      collection: 'categories',
      data: {
        title: 'Своя рубрика',
        slug: 'svoya-rubrika-udalenie',
        organization: leaf.id,
      } as never,
      depth: 0,
    })
    const snapshotsOf = async () =>
      (
        await payload.count({
          collection: 'monitoring-snapshots',
          where: { org: { equals: leaf.id } },
        })
      ).totalDocs
    expect(await snapshotsOf()).toBe(1)
    // Before the hooks, the database refused the delete (NOT NULL on the snapshot's org) and
    // would have set the rubric's org to nothing, making it the whole network's.
    await payload.delete({ collection: 'organizations', id: leaf.id })
    expect(await snapshotsOf()).toBe(0)
    const left = await payload.find({
      collection: 'categories',
      where: { id: { equals: rubric.id } },
      depth: 0,
      limit: 1,
    })
    expect(left.docs).toEqual([])
  })
})
