import { join } from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportSnapshots } from '../../publishing/snapshot/exportSnapshots'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import { siteHosts } from '../../cms/publishing/siteHosts'
import { apiClient } from '../helpers/apiClient'
import { expectRefused } from '../helpers/expectRefused'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

/**
 * Issue 12, "host hijack": slugs are unique per network only, so an org could be given the
 * published address another org already serves, and the one whose name sorts last took it.
 * The published address (host and section path) must be unique on the whole platform.
 */
let t: TestPayload
let payload: Payload
let world: World
let api: ReturnType<typeof apiClient>

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  api = apiClient(payload)
})
afterAll(async () => t?.close())

const hostOwner = async (host: string) => {
  const site = siteHosts(await OrgDirectory.load(payload)).get(host)
  return site && String(site.owner)
}
const countSlug = async (slug: string) =>
  (await payload.count({ collection: 'organizations', where: { slug: { equals: slug } } }))
    .totalDocs

describe('a territorial admin cannot take over another org’s host', () => {
  beforeAll(async () => {
    // Union B is served on a custom domain that looks like a sub-domain of the federation's network.
    await payload.update({
      collection: 'organizations',
      id: world.orgs.unionB,
      data: { hosting: { mode: 'custom', customDomain: 'news.fed.localhost' } },
    })
  })

  it('through REST, with a slug that makes the same sub-domain', async () => {
    const token = await api.login(world.users.terAdmin.email, PASSWORD)
    const response = await api.rest('POST', '/organizations', {
      token,
      body: { name: 'Новости', slug: 'news', kind: 'primary_org', parent: world.orgs.terA },
    })
    expect(response.status).toBe(400)
    const text = JSON.stringify(response.body)
    expect(text).toMatch(/news\.fed\.localhost/)
    expect(text).toMatch(/Профсоюз Б/)
    expect(await countSlug('news')).toBe(0)
    expect(await hostOwner('news.fed.localhost')).toBe(String(world.orgs.unionB))
  })

  it('through GraphQL, by renaming an org it already has', async () => {
    const token = await api.login(world.users.terAdmin.email, PASSWORD)
    const response = await api.graphql(
      `mutation { updateOrganization(id: ${JSON.stringify(world.orgs.ppoA1)}, data: { slug: "news", hosting: { mode: subdomain }, branding: { theme: federation } }) { id slug } }`,
      token,
    )
    expect(response.body.data?.updateOrganization ?? null).toBeNull()
    expect(JSON.stringify(response.body.errors)).toMatch(/Профсоюз Б/)
    expect(await countSlug('news')).toBe(0)
  })

  it('through the Local API as the user', async () => {
    const user = await payload.findByID({
      collection: 'users',
      id: world.users.terAdmin.id,
      depth: 0,
    })
    const errors = await expectRefused(() =>
      payload.create({
        collection: 'organizations',
        data: {
          name: 'Новости',
          slug: 'news',
          kind: 'primary_org',
          parent: world.orgs.terA,
        } as never,
        overrideAccess: false,
        user,
      }),
    )
    expect(errors[0]).toMatchObject({ path: 'slug' })
    expect(errors[0]?.message).toMatch(/«news\.fed\.localhost».*«Профсоюз Б»/)
    expect(await countSlug('news')).toBe(0)
  })
})

describe('a new network root cannot take over a host', () => {
  it('with a slug that another network’s org serves (REST, as the platform admin)', async () => {
    const token = await api.login(world.users.platform.email, PASSWORD)
    // A root without a network domain lives on <slug>.localhost, where the ТООП already is.
    const response = await api.rest('POST', '/organizations', {
      token,
      body: { name: 'Яя захватчик', slug: 'toop', kind: 'federation' },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/toop\.localhost.*Объединение/)
    expect(await countSlug('toop')).toBe(1)
    expect(await hostOwner('toop.localhost')).toBe(String(world.orgs.toop))
  })
})

describe('a change above cannot move the subtree onto taken hosts', () => {
  it('refuses a network domain that would put a descendant on a taken host', async () => {
    // Union A becomes a network of its own, where the slug "toop" is free.
    await payload.update({
      collection: 'organizations',
      id: world.orgs.unionA,
      data: { hosting: { mode: 'subdomain', networkDomain: 'union-a.localhost' } },
    })
    await payload.jobs.run({ limit: 10 })
    const ppo = await payload.create({
      collection: 'organizations',
      data: {
        name: 'ППО Тооп',
        slug: 'toop',
        kind: 'primary_org',
        parent: world.orgs.terA,
      } as never,
      depth: 0,
    })
    expect(ppo.networkRoot).toBe(world.orgs.unionA)
    // Moving union A's network to `localhost` would put that ППО on toop.localhost.
    const errors = await expectRefused(() =>
      payload.update({
        collection: 'organizations',
        id: world.orgs.unionA,
        data: { hosting: { mode: 'subdomain', networkDomain: 'localhost' } },
      }),
    )
    expect(errors.map((e) => e.message).join(' ')).toMatch(
      /«ППО Тооп».*«toop\.localhost».*«Объединение»/,
    )
    const unionA = await payload.findByID({
      collection: 'organizations',
      id: world.orgs.unionA,
      depth: 0,
    })
    expect(unionA.hosting?.networkDomain).toBe('union-a.localhost')
  })
})

describe('site placement refuses two orgs on one address', () => {
  it('marks the host as clashing instead of letting the last name win', async () => {
    // A clash the save check would refuse, written past the hooks as stale data or a race could.
    const intruder = await payload.create({
      collection: 'organizations',
      data: { name: 'Яя второй', slug: 'intruder', kind: 'federation' } as never,
      depth: 0,
    })
    await payload.db.updateOne({
      collection: 'organizations',
      id: intruder.id,
      data: { slug: 'toop' },
    })
    const site = siteHosts(await OrgDirectory.load(payload)).get('toop.localhost')!
    expect(site.clashes.map((c) => c.orgs.map((o) => String(o.id)).sort())).toEqual([
      [String(world.orgs.toop), String(intruder.id)].sort(),
    ])
    await expect(exportSnapshots(payload, join(t.dataDir, 'snapshots'))).rejects.toThrow(
      /toop\.localhost.*claimed by/,
    )
    await payload.db.deleteOne({
      collection: 'organizations',
      where: { id: { equals: intruder.id } },
    })
  })
})
