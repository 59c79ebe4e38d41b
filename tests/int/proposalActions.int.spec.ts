import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reviewList } from '../../cms/proposals/reviewList'
import { queryFeed } from '../../cms/syndication/feedQuery'
import { apiClient } from '../helpers/apiClient'
import { expectRefused } from '../helpers/expectRefused'
import { doc, para, text } from '../helpers/lexicalNodes'
import { requestsClient } from '../helpers/requestsClient'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

let t: TestPayload
let payload: Payload
let world: World
let api: ReturnType<typeof apiClient>
const token = (key: keyof World['users']) => api.login(world.users[key].email, PASSWORD)
/** ППО А1's published story with a text, proposed in these tests. */
let story: number | string

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  api = apiClient(payload)
  story = (
    await payload.create({
      collection: 'posts',
      data: {
        title: 'Субботник в цехе № 3',
        lead: 'Сорок человек вышли на уборку территории.',
        body: doc(para(text('Профком благодарит всех участников <script>alert(1)</script>.'))),
        organization: world.orgs.ppoA1,
        _status: 'published',
      } as never,
      depth: 0,
    })
  ).id
})
afterAll(async () => t?.close())

const reqAs = async (user: keyof World['users']) => {
  const u = await payload.findByID({ collection: 'users', id: world.users[user].id })
  return createLocalReq({ user: { ...u, collection: 'users' } as never }, payload)
}
const targets = async (post: number | string, user: keyof World['users'] = 'ppoEditor') =>
  api.rest('GET', `/posts/${post}/proposals`, { token: await token(user) })
const propose = async (
  post: number | string,
  body: unknown,
  user: keyof World['users'] = 'ppoEditor',
) => api.rest('POST', `/posts/${post}/proposals`, { token: await token(user), body })
const decide = async (id: number | string, body: unknown, user: keyof World['users']) =>
  api.rest('POST', `/proposals/${id}/decide`, { token: await token(user), body })
const proposalOf = async (post: number | string, org: number | string) =>
  (
    await payload.find({
      collection: 'proposals',
      where: { and: [{ post: { equals: post } }, { organization: { equals: org } }] },
      depth: 0,
    })
  ).docs[0]
const feedPosts = async (org: number | string) =>
  (await queryFeed(await createLocalReq({}, payload), org, { limit: 200, now: new Date() })).map(
    (i) => String(i.post),
  )

describe('«Предложить выше» on the post', () => {
  it('offers the orgs above, the nearest first, labelled with their level', async () => {
    const res = await targets(story)
    expect(res.status).toBe(200)
    expect(res.body.post).toMatchObject({ title: 'Субботник в цехе № 3', published: true })
    expect(
      res.body.targets.map((x: { id: string; distance: number }) => [x.id, x.distance]),
    ).toEqual([
      [String(world.orgs.terA), 1],
      [String(world.orgs.unionA), 2],
      [String(world.orgs.toop), 2],
      [String(world.orgs.fed), 3],
    ])
    expect(res.body.targets[0]).toMatchObject({
      name: 'Терком А',
      level: 'Территориальная организация профсоюза',
      proposal: null,
    })
  })

  it('proposes with one request; the same org a second time is a Russian 409, never post_id', async () => {
    const first = await propose(story, { organization: world.orgs.terA, note: 'Просим разместить' })
    expect(first.status).toBe(201)
    expect(first.body.message).toMatch(/предложен организации «Терком А»/)
    expect(first.body.targets[0].proposal).toMatchObject({ status: 'pending' })
    const again = await propose(story, { organization: world.orgs.terA })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toMatch(/уже предложен организации «Терком А»/)
    // The collection itself answers the same through REST, not «…недействительно: post_id».
    const rest = await api.rest('POST', '/proposals', {
      token: await token('ppoEditor'),
      body: { post: story, organization: world.orgs.terA },
    })
    expect(rest.status).toBe(400)
    expect(JSON.stringify(rest.body)).toMatch(/уже предложен/)
    expect(JSON.stringify(rest.body)).not.toMatch(/post_id/)
  })

  it('the proposal is titled by its post, and its proposer cannot set the decision', async () => {
    const p = await proposalOf(story, world.orgs.terA)
    const seen = await api.rest('GET', `/proposals/${p!.id}`, { token: await token('ppoEditor') })
    expect(seen.body.title).toBe('Субботник в цехе № 3')
    expect(payload.collections.proposals.config.admin.useAsTitle).toBe('title')
    // A new proposal is pending whatever its creator sends.
    const forced = await api.rest('POST', '/proposals', {
      token: await token('ppoEditor'),
      body: {
        post: story,
        organization: world.orgs.unionA,
        status: 'accepted',
        reach: { scope: 'subtree' },
      },
    })
    expect(forced.status).toBe(201)
    expect(forced.body.doc).toMatchObject({ status: 'pending', reach: { scope: 'own' } })
    const reposts = await payload.count({
      collection: 'reposts',
      where: { post: { equals: story } },
    })
    expect(reposts.totalDocs).toBe(0)
  })

  it('refuses an org that is not above, in Russian, through the endpoint and REST', async () => {
    const res = await propose(story, { organization: world.orgs.unionB })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/вышестоящей организации/)
    const rest = await api.rest('POST', '/proposals', {
      token: await token('ppoEditor'),
      body: { post: story, organization: world.orgs.terB },
    })
    expect(rest.status).toBe(400)
    expect(JSON.stringify(rest.body)).toMatch(/вышестоящей организации/)
  })

  it('a post of an org with nobody above shows nothing to propose', async () => {
    const res = await targets(world.posts['fed:published']!, 'fedEditor')
    expect(res.status).toBe(200)
    expect(res.body.targets).toEqual([])
  })
})

describe('attacks on GET/POST /api/posts/:id/proposals', () => {
  it('anonymous: 401 and nothing created', async () => {
    expect((await api.rest('GET', `/posts/${story}/proposals`)).status).toBe(401)
    const res = await api.rest('POST', `/posts/${story}/proposals`, {
      body: { organization: world.orgs.fed },
    })
    expect(res.status).toBe(401)
    expect(await proposalOf(story, world.orgs.fed)).toBeUndefined()
  })

  it('someone else’s post: another org’s published post is 403, its draft 404', async () => {
    const sibling = world.posts['ppoA2:published']!
    expect((await targets(sibling)).status).toBe(403)
    const res = await propose(sibling, { organization: world.orgs.terA })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/своей организации/)
    expect(await proposalOf(sibling, world.orgs.terA)).toBeUndefined()
    expect((await targets(world.posts['unionB:draft']!)).status).toBe(404)
    expect((await propose(world.posts['unionB:draft']!, { organization: 1 })).status).toBe(404)
  })

  it('an own draft cannot be proposed', async () => {
    const res = await propose(world.posts['ppoA1:draft']!, { organization: world.orgs.terA })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/Сначала опубликуйте/)
  })

  it('hostile ids and bodies are 4xx with a Russian message', async () => {
    for (const id of ['1%20OR%201=1', 'abc', '9'.repeat(16), '-1'])
      expect((await targets(id)).status).toBe(400)
    expect((await targets('999999')).status).toBe(404)
    for (const body of [
      { organization: { equals: world.orgs.terA } },
      { organization: [world.orgs.terA] },
      { organization: 'terA' },
      { organization: world.orgs.fed, note: { $gt: '' } },
      { organization: world.orgs.fed, note: 'я'.repeat(2001) },
      [world.orgs.fed],
    ]) {
      const res = await propose(story, body)
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400)
      expect(res.body.errors[0].message).toMatch(/[а-я]/)
    }
    const raw = requestsClient(payload)
    const auth = { Authorization: `JWT ${await token('ppoEditor')}` }
    const big = await raw.rest(`/posts/${story}/proposals`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ organization: world.orgs.fed, note: 'x'.repeat(40_000) }),
    })
    expect(big.status).toBeGreaterThanOrEqual(400)
    expect(big.status).toBeLessThan(500)
    const xml = await raw.rest(`/posts/${story}/proposals`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'text/xml' },
      body: '<organization>1</organization>',
    })
    expect(xml.status).toBe(400)
    expect(await proposalOf(story, world.orgs.fed)).toBeUndefined()
  })
})

describe('the reviewer’s decision', () => {
  it('lists the pending proposal with the whole item, for the receiver only', async () => {
    const pending = await reviewList(await reqAs('terAdmin'), 'pending')
    const item = pending.find((i) => i.post?.title === 'Субботник в цехе № 3')!
    expect(item).toMatchObject({
      fromName: 'ППО А1',
      toName: 'Терком А',
      note: 'Просим разместить',
    })
    expect(item.post!.lead).toMatch(/Сорок человек/)
    expect(item.post!.html).toContain('<p')
    expect(item.post!.html).toContain('Профком благодарит')
    expect(item.post!.html).not.toContain('<script>')
    // The proposer made it but does not decide it; another union's editor does not see it.
    expect(await reviewList(await reqAs('ppoEditor'), 'pending')).toEqual([])
    expect(
      (await reviewList(await reqAs('unionBEditor'), 'pending')).map((i) => i.post?.title),
    ).not.toContain('Субботник в цехе № 3')
  })

  it('declining needs a reason, in Russian', async () => {
    const p = await proposalOf(story, world.orgs.terA)
    const res = await decide(p!.id, { decision: 'decline', reason: '  ' }, 'terAdmin')
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBe(
      'Укажите причину отказа — её увидит предложившая организация.',
    )
    // The collection's own validation agrees (the admin form's path).
    const rest = await api.rest('PATCH', `/proposals/${p!.id}`, {
      token: await token('terAdmin'),
      body: { status: 'declined' },
    })
    expect(rest.status).toBe(400)
    expect(JSON.stringify(rest.body)).toMatch(/Укажите причину отказа/)
  })

  it('nobody but the receiver decides: REST, GraphQL, the Local API and the endpoint', async () => {
    const p = (await proposalOf(story, world.orgs.terA))!
    for (const user of ['ppoEditor', 'unionBEditor', 'fedEditor'] as const) {
      const res = await decide(p.id, { decision: 'accept' }, user)
      expect(res.status, user).toBeGreaterThanOrEqual(400)
      expect(res.status, user).toBeLessThan(500)
      expect(res.body.errors[0].message).toMatch(/[а-я]/)
    }
    expect((await api.rest('POST', `/proposals/${p.id}/decide`, { body: {} })).status).toBe(401)
    const rest = await api.rest('PATCH', `/proposals/${p.id}`, {
      token: await token('ppoEditor'),
      body: { status: 'accepted' },
    })
    expect(rest.status).toBeGreaterThanOrEqual(400)
    const gql = await api.graphql(
      `mutation { updateProposal(id: ${p.id}, data: { status: accepted }) { id status } }`,
      await token('unionBEditor'),
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    await expectRefused(() =>
      payload.update({
        collection: 'proposals',
        id: p.id,
        data: { status: 'accepted' } as never,
        overrideAccess: false,
      }),
    )
    const asProposer = (await reqAs('ppoEditor')).user
    await expectRefused(() =>
      payload.update({
        collection: 'proposals',
        id: p.id,
        data: { status: 'accepted' } as never,
        user: asProposer,
        overrideAccess: false,
      }),
    )
    for (const id of ['abc', '1%20OR%201=1', '9'.repeat(16)])
      expect((await decide(id, { decision: 'accept' }, 'terAdmin')).status).toBe(400)
    expect((await decide(999999, { decision: 'accept' }, 'terAdmin')).status).toBe(404)
    expect((await decide(p.id, { decision: 'publish' }, 'terAdmin')).status).toBe(400)
    expect((await decide(p.id, { decision: 'accept', scope: 'all' }, 'terAdmin')).status).toBe(400)
    expect((await proposalOf(story, world.orgs.terA))!.status).toBe('pending')
    expect(
      (await payload.count({ collection: 'reposts', where: { post: { equals: story } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('a Терком cannot accept a proposal addressed to another org', async () => {
    const b = (
      await payload.create({
        collection: 'proposals',
        data: { post: world.posts['ppoB1:published'], organization: world.orgs.terB } as never,
        depth: 0,
      })
    ).id
    const res = await decide(b, { decision: 'accept' }, 'terAdmin')
    expect(res.status).toBe(404)
    const gql = await api.graphql(
      `mutation { updateProposal(id: ${b}, data: { status: accepted }) { id } }`,
      await token('terAdmin'),
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    expect((await payload.findByID({ collection: 'proposals', id: b, depth: 0 })).status).toBe(
      'pending',
    )
  })

  it('accepting by default reaches only the receiver’s own site, not the sibling ППО', async () => {
    const p = (await proposalOf(story, world.orgs.terA))!
    const res = await decide(p.id, { decision: 'accept' }, 'terAdmin')
    expect(res.status).toBe(200)
    expect(res.body.message).toMatch(/на вашем сайте/)
    const repost = (
      await payload.find({ collection: 'reposts', where: { post: { equals: story } }, depth: 0 })
    ).docs
    expect(repost.map((r) => [r.organization, r.reach?.scope])).toEqual([[world.orgs.terA, 'own']])
    expect(await feedPosts(world.orgs.terA)).toContain(String(story))
    expect(await feedPosts(world.orgs.ppoA2)).not.toContain(String(story))
    const decided = await reviewList(await reqAs('terAdmin'), 'decided')
    expect(decided.find((i) => i.id === String(p.id))).toMatchObject({ status: 'accepted' })
    // Final once decided; the proposer sees the outcome on the post.
    expect((await decide(p.id, { decision: 'decline', reason: 'Нет' }, 'terAdmin')).status).toBe(
      400,
    )
    const seen = await targets(story)
    expect(seen.body.targets[0].proposal).toMatchObject({ status: 'accepted' })
  })

  it('the admin form path: a decided proposal through REST without a reach is own-site only', async () => {
    const p = (await proposalOf(story, world.orgs.unionA))!
    const res = await api.rest('PATCH', `/proposals/${p.id}`, {
      token: await token('platform'),
      body: { status: 'accepted' },
    })
    expect(res.status).toBe(200)
    const repost = (
      await payload.find({
        collection: 'reposts',
        where: {
          and: [{ post: { equals: story } }, { organization: { equals: world.orgs.unionA } }],
        },
        depth: 0,
      })
    ).docs[0]!
    expect(repost.reach?.scope).toBe('own')
    expect(await feedPosts(world.orgs.terB)).not.toContain(String(story))
  })

  it('a declined proposal shows its reason to the proposer on the post', async () => {
    const res = await propose(story, { organization: world.orgs.toop })
    expect(res.status).toBe(201)
    const p = (await proposalOf(story, world.orgs.toop))!
    const declined = await decide(
      p.id,
      { decision: 'decline', reason: 'Не по теме ТООП' },
      'platform',
    )
    expect(declined.status).toBe(200)
    const toop = (await targets(story)).body.targets.find(
      (x: { id: string }) => x.id === String(world.orgs.toop),
    )
    expect(toop.proposal).toEqual({
      id: String(p.id),
      status: 'declined',
      reason: 'Не по теме ТООП',
    })
  })

  it('the view’s form works from the admin’s origin (303) and not cross-site', async () => {
    const { token: session } = await payload.login({
      collection: 'users',
      data: { email: world.users.ppoEditor.email, password: PASSWORD },
    })
    const res = await requestsClient(payload).rest(`/posts/${story}/proposals`, {
      method: 'POST',
      headers: {
        Cookie: `${payload.config.cookiePrefix}-token=${session}`,
        Origin: 'https://evil.example',
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ organization: String(world.orgs.fed) }).toString(),
    })
    expect([401, 403]).toContain(res.status)
    expect(await proposalOf(story, world.orgs.fed)).toBeUndefined()
    const b = (await proposalOf(world.posts['ppoB1:published']!, world.orgs.terB))!
    const { token: reviewer } = await payload.login({
      collection: 'users',
      data: { email: world.users.unionBEditor.email, password: PASSWORD },
    })
    const form = (origin: string) =>
      requestsClient(payload).rest(`/proposals/${b.id}/decide`, {
        method: 'POST',
        headers: {
          Cookie: `${payload.config.cookiePrefix}-token=${reviewer}`,
          Origin: origin,
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ decision: 'decline', reason: 'Уже было у нас' }).toString(),
      })
    expect([401, 403]).toContain((await form('https://evil.example')).status)
    expect((await proposalOf(world.posts['ppoB1:published']!, world.orgs.terB))!.status).toBe(
      'pending',
    )
    expect((await form('http://localhost:3000')).status).toBe(303)
    expect((await proposalOf(world.posts['ppoB1:published']!, world.orgs.terB))!.status).toBe(
      'declined',
    )
  })
})
