import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryFeed } from '../../cms/syndication/feedQuery'
import { apiClient } from '../helpers/apiClient'
import { expectRefused } from '../helpers/expectRefused'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

/**
 * Reach by name (issue 19) against the real config: a federation item sent «только в
 * структуры» of one union reaches that union's subtree and nothing else; one sent «кроме» a
 * territorial org skips its subtree; the feed, the review inbox's count and «Кто получит
 * материал» agree. Naming an org outside the item's own subtree is refused in Russian through
 * REST, GraphQL and the Local API; more than 50 names, or names that are not ids, are refused.
 */
let t: TestPayload
let payload: Payload
let world: World
let api: ReturnType<typeof apiClient>
let fedToken: string
const now = new Date('2030-01-01T00:00:00Z')

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  api = apiClient(payload)
  fedToken = await api.login(world.users.fedEditor.email, PASSWORD)
})
afterAll(async () => t?.close())

type OrgKey = keyof World['orgs']
const ids = (keys: OrgKey[]) => keys.map((k) => world.orgs[k])

async function publish(title: string, reach: Record<string, unknown>) {
  const response = await api.rest('POST', '/posts?depth=0', {
    token: fedToken,
    body: { title, organization: world.orgs.fed, _status: 'published', reach },
  })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc.id as number | string
}

async function receivers(post: number | string): Promise<OrgKey[]> {
  const req = await createLocalReq({}, payload)
  const keys = Object.keys(world.orgs).filter((k) => k !== 'fed') as OrgKey[]
  const result: OrgKey[] = []
  for (const key of keys) {
    const feed = await queryFeed(req, world.orgs[key], { limit: 100, now })
    if (feed.some((item) => String(item.post) === String(post))) result.push(key)
  }
  return result.sort()
}

describe('an item sent to named organizations', () => {
  it('reaches only their subtrees, the named orgs included', async () => {
    const post = await publish('Только профсоюзу А', { scope: 'subtree', within: ids(['unionA']) })
    expect(await receivers(post)).toEqual(['ppoA1', 'ppoA2', 'terA', 'unionA'])
  })

  it('follows membership: the association’s subtree holds its member Терком', async () => {
    const post = await publish('Только объединению', { scope: 'subtree', within: ids(['toop']) })
    expect(await receivers(post)).toEqual(['ppoA1', 'ppoA2', 'terA', 'toop'])
  })

  it('skips the excepted subtrees, and the depth and the kinds still hold', async () => {
    const post = await publish('Всем, кроме Теркома А', {
      scope: 'subtree',
      except: ids(['terA']),
    })
    expect(await receivers(post)).toEqual(['ppoB1', 'terB', 'toop', 'unionA', 'unionB'])
    const ppos = await publish('Только ППО профсоюза Б', {
      scope: 'subtree',
      kinds: ['primary_org'],
      within: ids(['unionB']),
    })
    expect(await receivers(ppos)).toEqual(['ppoB1'])
  })

  it('«Кто получит материал» counts the same organizations', async () => {
    const query = `org=${world.orgs.fed}&scope=subtree&within=${world.orgs.unionA}&except=${world.orgs.ppoA2}`
    const preview = await api.rest('GET', `/posts/reach-preview?${query}`, { token: fedToken })
    expect(preview.status).toBe(200)
    expect(preview.body.total).toBe(3)
    expect(preview.body.sample.map((o: { name: string }) => o.name).sort()).toEqual([
      'ППО А1',
      'Профсоюз А',
      'Терком А',
    ])
  })
})

describe('names a reach may not carry', () => {
  const outside =
    'Назвать можно только организации, нижестоящие по отношению к организации материала.'

  it('another union’s org, through REST: 400 in Russian, nothing saved', async () => {
    const token = await api.login(world.users.unionBEditor.email, PASSWORD)
    const response = await api.rest('POST', '/posts?depth=0', {
      token,
      body: {
        title: 'Чужие структуры',
        organization: world.orgs.unionB,
        reach: { scope: 'subtree', within: ids(['terA']) },
      },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain(outside)
    const { totalDocs } = await payload.count({
      collection: 'posts',
      where: { title: { equals: 'Чужие структуры' } },
    })
    expect(totalDocs).toBe(0)
  })

  it('the item’s own org or one above it, through GraphQL', async () => {
    const token = await api.login(world.users.unionBEditor.email, PASSWORD)
    const response = await api.graphql(
      `mutation { createPost(data: { title: "Себе", organization: ${world.orgs.unionB},
        reach: { scope: subtree, except: [${world.orgs.fed}, ${world.orgs.unionB}] } }) { id } }`,
      token,
    )
    expect(JSON.stringify(response.body.errors ?? [])).toContain(outside)
  })

  it('through the Local API, even with access overridden', async () => {
    const errors = await expectRefused(() =>
      payload.create({
        collection: 'posts',
        data: {
          title: 'Локально',
          organization: world.orgs.terB,
          reach: { scope: 'subtree', within: ids(['ppoA1']) },
        } as never,
        overrideAccess: true,
        depth: 0,
      }),
    )
    expect(errors).toEqual([{ path: 'reach.within', message: outside }])
  })

  it('more than 50 names, or names that are not ids', async () => {
    const many = Array.from({ length: 51 }, () => world.orgs.ppoA1)
    const response = await api.rest('POST', '/posts?depth=0', {
      token: fedToken,
      body: {
        title: 'Много',
        organization: world.orgs.fed,
        reach: { scope: 'subtree', within: many },
      },
    })
    expect(response.status).toBe(400)
    for (const hostile of ['1;DROP TABLE posts', "1' OR '1'='1", 'x'.repeat(70)]) {
      const preview = await api.rest(
        'GET',
        `/posts/reach-preview?org=${world.orgs.fed}&scope=subtree&within=${encodeURIComponent(hostile)}`,
        { token: fedToken },
      )
      expect(preview.status, hostile).toBe(400)
      expect(preview.body.message).toMatch(/^Назовите не больше 50 организаций/)
    }
  })
})
