import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import { importBundle } from '../../cms/import/importBundle'
import { expandChanges } from '../../publishing/expand/expandChanges'
import { openQueue } from '../../cms/publishing/queue/openQueue'
import type { SiteBuildQueue } from '../../domain/publishing/queueTypes'
import { hostMarks, siteHosts } from '../../cms/publishing/siteHosts'
import { apiClient } from '../helpers/apiClient'
import { demoWithoutFiles } from '../helpers/demoWithoutFiles'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let t: TestPayload
let payload: Payload
let queue: SiteBuildQueue
let directory: OrgDirectory
const orgs = new Map<string, number | string>()

const hostOf = (key: string) => directory.address(orgs.get(key)!).host
const markOf = (key: string) => hostMarks(directory, [String(orgs.get(key))])
const expand = () => queue.takeChanges(1000, (changes) => expandChanges(payload, changes))

/** Settles the queue as a worker would after publishing everything; returns the hosts it took. */
async function settle(): Promise<string[]> {
  await expand()
  const claimed = await queue.claim('test-worker', 10_000, 60_000)
  for (const site of claimed) await queue.complete('test-worker', site, { pages: 1, durationMs: 1 })
  return claimed.map((c) => c.host).sort()
}

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  queue = openQueue(payload)
  await importBundle(payload, demoWithoutFiles())
  directory = await OrgDirectory.load(payload)
  for (const org of directory.orgs.values()) orgs.set(org.key, org.id)
})
afterAll(async () => t?.close())

describe('change tracking', () => {
  it('the first import marks every host once; settling leaves nothing to do', async () => {
    const hosts = await settle()
    expect(hosts).toEqual([...siteHosts(directory).keys()].sort())
    expect(await queue.backlog()).toEqual({ hosts: 0, changes: 0 })
  })

  it('a ППО page edit marks exactly its own site', async () => {
    const ppo = [...directory.orgs.values()].filter((o) => o.kind === 'primary_org')
    const { docs } = await payload.find({
      collection: 'pages',
      where: { organization: { in: ppo.map((o) => o.id) } },
      limit: 1,
      depth: 0,
    })
    const page = docs[0]!
    await payload.update({
      collection: 'pages',
      id: page.id,
      data: { title: `${page.title} (обновлено)` },
    })
    expect(await settle()).toEqual([directory.address(page.organization as never).host])
  })

  it('a draft edit marks nothing; publishing it marks the reach', async () => {
    const draft = await payload.create({
      collection: 'posts',
      draft: true,
      data: {
        title: 'Черновик профкома',
        organization: orgs.get('coal-kuzbass'),
        _status: 'draft',
      } as never,
    })
    expect(await settle()).toEqual([])
    await payload.update({
      collection: 'posts',
      id: draft.id,
      data: { _status: 'published' } as never,
    })
    const hosts = await settle()
    const kuzbassSubtree = [...directory.orgs.values()]
      .filter(
        (o) =>
          o.ancestors.map(String).includes(String(orgs.get('coal-kuzbass'))) ||
          o.key === 'coal-kuzbass',
      )
      .map((o) => directory.address(o.id).host)
    expect(hosts).toEqual([...new Set(kuzbassSubtree)].sort())
    expect(hosts).not.toContain(hostOf('union-edu'))
  })

  it('a scheduled post goes live at its time by itself and marks its site', async () => {
    const draft = await payload.create({
      collection: 'posts',
      draft: true,
      data: {
        title: 'Запланированная новость профкома',
        organization: orgs.get('ppo-mine-rassvet'),
        _status: 'draft',
      } as never,
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'posts', value: String(draft.id) } },
      waitUntil: new Date(Date.now() + 1500),
    } as never)
    await payload.jobs.run()
    expect(await settle()).toEqual([])
    await new Promise((r) => setTimeout(r, 1600))
    await payload.jobs.run()
    expect(await settle()).toEqual([hostOf('ppo-mine-rassvet')])
  })

  it('a federation post with subtree reach marks every site', async () => {
    await payload.create({
      collection: 'posts',
      data: {
        title: 'Обращение ФНПР',
        organization: orgs.get('fnpr'),
        _status: 'published',
      } as never,
    })
    expect(await settle()).toEqual([...siteHosts(directory).keys()].sort())
  })

  it('a receiver’s decision marks only the receiver', async () => {
    const { docs } = await payload.find({
      collection: 'posts',
      where: {
        and: [
          { organization: { equals: orgs.get('union-coal') } },
          { mandatory: { equals: false } },
        ],
      },
      limit: 1,
      depth: 0,
    })
    await payload.create({
      collection: 'feed-decisions',
      data: {
        organization: orgs.get('ppo-mine-zarechnaya'),
        post: docs[0]!.id,
        action: 'hide',
      } as never,
    })
    expect(await settle()).toEqual([hostOf('ppo-mine-zarechnaya')])
  })

  it('renaming an org marks its downstream and the orgs above it', async () => {
    await payload.update({
      collection: 'organizations',
      id: orgs.get('coal-vorkuta')!,
      data: { shortName: 'Воркутинский теркомТ' },
    })
    const hosts = await settle()
    expect(hosts).toContain(hostOf('coal-vorkuta'))
    expect(hosts).toContain(hostOf('union-coal'))
    expect(hosts).toContain(hostOf('ppo-vorkuta-rmz'))
    expect(hosts).not.toContain(hostOf('coal-kuzbass'))
  })

  it('changes arriving during a build keep the site pending for the next batch', async () => {
    const host = hostOf('ppo-mine-rassvet')
    await queue.mark(markOf('ppo-mine-rassvet'), 'test')
    const [site] = await queue.claim('w1', 10, 60_000)
    expect(site?.host).toBe(host)
    await queue.mark(markOf('ppo-mine-rassvet'), 'test during build')
    expect(await queue.claim('w2', 10, 60_000)).toEqual([])
    expect(await queue.complete('w1', site!, { pages: 1, durationMs: 1 })).toBe(true)
    const [again] = await queue.claim('w2', 10, 60_000)
    expect(again).toMatchObject({ host, gen: site!.gen + 1 })
    await queue.complete('w2', again!, { pages: 1, durationMs: 1 })
  })

  it('an expired lease is taken over; the stale worker can no longer complete', async () => {
    const host = hostOf('ppo-mine-rassvet')
    await queue.mark(markOf('ppo-mine-rassvet'), 'test')
    const [site] = await queue.claim('slow', 10, 1)
    await new Promise((r) => setTimeout(r, 20))
    const [taken] = await queue.claim('fast', 10, 60_000)
    expect(taken?.host).toBe(host)
    expect(await queue.complete('slow', site!, { pages: 1, durationMs: 1 })).toBe(false)
    expect(await queue.complete('fast', taken!, { pages: 1, durationMs: 1 })).toBe(true)
    expect(await queue.backlog()).toEqual({ hosts: 0, changes: 0 })
  })
})

describe('the publishing state in the admin and API', () => {
  const api = () => apiClient(payload)
  const hostsSeen = async (token?: string) => {
    const answer = await api().rest('GET', '/site-builds?limit=100&depth=0', { token })
    return answer.status === 200
      ? answer.body.docs.map((d: { host: string }) => d.host).sort()
      : answer.status
  }

  it('readers see nothing; editors see the sites of their orgs; subtree admins the whole subtree', async () => {
    expect(await hostsSeen()).toBe(403)
    const ppo = await api().login('editor@school-1234.demo', 'demo-ppo-2026')
    expect(await hostsSeen(ppo)).toEqual([hostOf('ppo-school-1234')])
    const terkom = await api().login('admin@kuzbass-coal.demo', 'demo-terkom-2026')
    const seen = (await hostsSeen(terkom)) as string[]
    expect(seen).toContain(hostOf('coal-kuzbass'))
    expect(seen).toContain(hostOf('ppo-mine-rassvet'))
    expect(seen).not.toContain(hostOf('coal-vorkuta'))
  })

  it('admins may put a site back in the queue; editors may not; nobody reads raw changes', async () => {
    const { docs } = await payload.find({
      collection: 'site-builds',
      where: { host: { equals: hostOf('ppo-mine-rassvet') } },
      limit: 1,
      depth: 0,
    })
    const row = docs[0]!
    const ppo = await api().login('editor@school-1234.demo', 'demo-ppo-2026')
    expect(
      (await api().rest('POST', `/site-builds/${row.id}/rebuild`, { token: ppo })).status,
    ).toBe(403)
    const terkom = await api().login('admin@kuzbass-coal.demo', 'demo-terkom-2026')
    const answer = await api().rest('POST', `/site-builds/${row.id}/rebuild`, { token: terkom })
    expect(answer).toMatchObject({
      status: 200,
      body: { message: expect.stringMatching(/очередь/) },
    })
    expect(await settle()).toEqual([hostOf('ppo-mine-rassvet')])
    const admin = await api().login('admin@union-sites.local', 'demo-admin-2026')
    expect((await api().rest('GET', '/publish-changes', { token: admin })).status).toBe(403)
    expect(
      (await api().rest('PATCH', `/site-builds/${row.id}`, { token: admin, body: { built: 0 } }))
        .status,
    ).toBe(403)
  })
})
