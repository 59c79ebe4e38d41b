import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient } from '../helpers/apiClient'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

let t: TestPayload
let payload: Payload
let world: World
let api: ReturnType<typeof apiClient>
type Role = keyof World['users']
const token = (role: Role) => api.login(world.users[role].email, PASSWORD)

const INTERNAL = ['importKey', 'importHash', 'orgLineage', 'reachDepth', 'receivers']

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  api = apiClient(payload)
  await payload.create({
    collection: 'pages',
    data: { title: 'О нас', organization: world.orgs.ppoA1, _status: 'published' } as never,
    depth: 0,
  })
  await payload.create({
    collection: 'categories',
    data: { title: 'Рубрика', importKey: 'demo:category:x', importHash: 'h' } as never,
    depth: 0,
  })
})
afterAll(async () => t?.close())

/** Fields that carry a value (GraphQL answers a hidden list with [] and a hidden group with nulls). */
const shows = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.length > 0
    : typeof value === 'object' && value !== null
      ? Object.values(value).some(shows)
      : value !== undefined && value !== null
const internalOf = (doc: Record<string, unknown>, names = INTERNAL) =>
  names.filter((name) => shows(doc[name]))

describe('internal fields are hidden from the public', () => {
  it('anonymous REST reads show none of them', async () => {
    for (const collection of ['posts', 'pages', 'categories', 'organizations']) {
      const res = await api.rest('GET', `/${collection}?limit=100&depth=0`)
      expect(res.status, collection).toBe(200)
      expect(res.body.docs.length, collection).toBeGreaterThan(0)
      for (const doc of res.body.docs)
        expect(internalOf(doc, [...INTERNAL, 'importKey']), collection).toEqual([])
    }
  })

  it('anonymous GraphQL reads show none of them', async () => {
    const res = await api.graphql(
      '{ Posts(limit: 50) { docs { id orgLineage { id } reachDepth importKey importHash receivers { primary_org } } } }',
    )
    const docs = res.body.data?.Posts?.docs ?? []
    expect(docs.length).toBeGreaterThan(0)
    for (const doc of docs) expect(internalOf(doc)).toEqual([])
  })

  it('anonymous callers cannot probe them with a where clause', async () => {
    const res = await api.rest(
      'GET',
      `/posts?depth=0&where[orgLineage][in]=${world.orgs.unionA}&where[importKey][exists]=false`,
    )
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
  })

  it('editors still see their own lineage and reach, and their list filters still work', async () => {
    const res = await api.rest('GET', `/posts/${world.posts['ppoA1:draft']}?depth=0&draft=true`, {
      token: await token('ppoEditor'),
    })
    expect(res.body.orgLineage).toEqual([
      world.orgs.fed,
      world.orgs.unionA,
      world.orgs.terA,
      world.orgs.ppoA1,
    ])
    expect(res.body.reachDepth).toBeGreaterThan(0)
    expect(res.body.importKey).toBeUndefined()
    // The admin's list filter for a subtree admin is a where on orgLineage.
    const list = await api.rest(
      'GET',
      `/posts?depth=0&draft=true&limit=100&where[orgLineage][in]=${world.orgs.terA}`,
      { token: await token('terAdmin') },
    )
    expect(list.status).toBe(200)
    expect(list.body.totalDocs).toBe(6)
    const platform = await api.rest('GET', `/categories?depth=0`, {
      token: await token('platform'),
    })
    expect(platform.body.docs[0].importKey).toBe('demo:category:x')
  })
})

describe('internal fields are never written through the API', () => {
  it('an editor PATCHing lineage, reach flags or import keys changes nothing', async () => {
    const id = world.posts['ppoA1:published']!
    const before = await payload.findByID({ collection: 'posts', id, depth: 0 })
    const res = await api.rest('PATCH', `/posts/${id}`, {
      token: await token('ppoEditor'),
      body: {
        orgLineage: [world.orgs.unionB],
        importKey: 'demo:post:stolen',
        importHash: 'forged',
        reachDepth: 99,
        receivers: { federation: true },
      },
    })
    expect(res.status).toBeLessThan(500)
    const after = await payload.findByID({ collection: 'posts', id, depth: 0 })
    for (const name of INTERNAL)
      expect(after[name as keyof typeof after], name).toEqual(before[name as keyof typeof before])
  })

  it('even the platform admin cannot set an import key through REST', async () => {
    const res = await api.rest('POST', '/posts', {
      token: await token('platform'),
      body: { title: 'Новость', organization: world.orgs.fed, importKey: 'demo:post:x' },
    })
    expect(res.status).toBe(201)
    const doc = await payload.findByID({ collection: 'posts', id: res.body.doc.id, depth: 0 })
    expect(doc.importKey ?? null).toBeNull()
  })

  it('a proposal’s receiver cannot rewrite its lineages', async () => {
    const proposal = await api.rest('POST', '/proposals', {
      token: await token('ppoEditor'),
      body: { post: world.posts['ppoA1:published'], organization: world.orgs.terA },
    })
    expect(proposal.status).toBe(201)
    const id = proposal.body.doc.id
    const before = await payload.findByID({ collection: 'proposals', id, depth: 0 })
    await api.rest('PATCH', `/proposals/${id}`, {
      token: await token('terAdmin'),
      body: { orgLineage: [world.orgs.unionB], fromLineage: [world.orgs.unionB] },
    })
    const after = await payload.findByID({ collection: 'proposals', id, depth: 0 })
    expect(after.orgLineage).toEqual(before.orgLineage)
    expect(after.fromLineage).toEqual(before.fromLineage)
  })
})

describe('publishing queue state', () => {
  it('editors see their site’s state but not the queue bookkeeping; the public sees nothing', async () => {
    const row = await payload.create({
      collection: 'site-builds',
      data: {
        host: 'ppo-a1.fed.localhost',
        organization: world.orgs.ppoA1,
        orgPath: `/${world.orgs.fed}/${world.orgs.unionA}/${world.orgs.terA}/${world.orgs.ppoA1}/`,
        requested: 2,
        built: 1,
        leaseOwner: 'worker-1',
        leaseUntil: new Date(Date.now() + 60_000).toISOString(),
      } as never,
      depth: 0,
    })
    const editor = await api.rest('GET', `/site-builds/${row.id}?depth=0`, {
      token: await token('ppoEditor'),
    })
    expect(editor.status).toBe(200)
    expect(editor.body.status).toBe('building')
    expect(
      internalOf(editor.body, ['orgPath', 'requested', 'built', 'leaseOwner', 'leaseUntil']),
    ).toEqual([])
    const platform = await api.rest('GET', `/site-builds/${row.id}?depth=0`, {
      token: await token('platform'),
    })
    expect(platform.body.leaseOwner).toBe('worker-1')
    expect((await api.rest('GET', '/site-builds')).status).toBe(403)
    expect(
      (await api.rest('GET', '/publish-changes', { token: await token('ppoEditor') })).status,
    ).toBe(403)
  })
})
