import { createLocalReq, Forbidden, handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryFeed } from '../../cms/syndication/feedQuery'
import { incomingItems } from '../../cms/incoming/incomingItems'
import { waitingCount } from '../../cms/incoming/waitingCount'
import { apiClient } from '../helpers/apiClient'
import { expectRefused } from '../helpers/expectRefused'
import { requestsClient } from '../helpers/requestsClient'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

let t: TestPayload
let payload: Payload
let world: World
let api: ReturnType<typeof apiClient>
let ppoToken: string
let unionBToken: string
const extra: Record<string, number | string> = {}

const post = async (org: number | string, title: string, data: Record<string, unknown> = {}) =>
  (
    await payload.create({
      collection: 'posts',
      data: { title, organization: org, _status: 'published', ...data } as never,
      depth: 0,
    })
  ).id

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  api = apiClient(payload)
  // ППО Б1 reviews what comes from above; ППО А1 shows it at once.
  await payload.update({
    collection: 'organizations',
    id: world.orgs.ppoB1,
    data: { incomingPolicy: 'review' } as never,
  })
  extra.fedMandatory = await post(world.orgs.fed, 'Федерация: обязательная', { mandatory: true })
  extra.terA = await post(world.orgs.terA, 'Терком А: новость')
  extra.terB = await post(world.orgs.terB, 'Терком Б: новость')
  ppoToken = await api.login(world.users.ppoEditor.email, PASSWORD)
  unionBToken = await api.login(world.users.unionBEditor.email, PASSWORD)
})
afterAll(async () => t?.close())

const reqAs = async (user: keyof World['users']) => {
  const doc = await payload.findByID({ collection: 'users', id: world.users[user].id })
  return createLocalReq({ user: { ...doc, collection: 'users' } as never }, payload)
}
const list = async (org: number | string) => incomingItems(await reqAs('platform'), String(org))
const feedIds = async (org: number | string) =>
  (await queryFeed(await createLocalReq({}, payload), org, { limit: 200, now: new Date() }))
    .filter((i) => String(i.origin) !== String(org))
    .map((i) => String(i.post))
    .sort()
const act = (org: number | string, body: unknown, token = ppoToken) =>
  api.rest('POST', `/incoming/${org}`, { token, body })

describe('the review inbox lists what the site’s feed query gives, plus the waiting items', () => {
  it('an auto org: the items shown equal its feed from above', async () => {
    const { items } = await list(world.orgs.ppoA1)
    const ids = items.map((i) => String(i.post))
    expect(ids).toContain(String(extra.fedMandatory))
    expect(ids).toContain(String(extra.terA))
    expect(ids).not.toContain(String(world.posts['ppoA1:published']))
    expect(
      items
        .filter((i) => i.shown)
        .map((i) => String(i.post))
        .sort(),
    ).toEqual(await feedIds(world.orgs.ppoA1))
    expect(items.every((i) => !i.waiting)).toBe(true)
  })

  it('a reviewing org: waiting items are listed first, the rest equals its feed', async () => {
    const { org, items } = await list(world.orgs.ppoB1)
    expect(org.review).toBe(true)
    const waiting = items.filter((i) => i.waiting).map((i) => String(i.post))
    expect(waiting).toContain(String(extra.terB))
    expect(waiting).not.toContain(String(extra.fedMandatory)) // mandatory items never wait
    expect(items.slice(0, waiting.length).every((i) => i.waiting)).toBe(true)
    const feed = await feedIds(world.orgs.ppoB1)
    expect(feed).not.toContain(String(extra.terB))
    expect(
      items
        .filter((i) => i.shown)
        .map((i) => String(i.post))
        .sort(),
    ).toEqual(feed)
  })
})

describe('batch actions through POST /api/incoming/:org', () => {
  it('hides two items, then un-hides them in one click', async () => {
    const posts = [String(extra.terA), String(world.posts['fed:published'])]
    const hide = await act(world.orgs.ppoA1, { action: 'hide', posts })
    expect(hide.status).toBe(200)
    expect(hide.body.changed).toBe(2)
    const feed = await feedIds(world.orgs.ppoA1)
    for (const p of posts) expect(feed).not.toContain(p)
    const hidden = (await list(world.orgs.ppoA1)).items.filter((i) => i.hidden)
    expect(hidden.map((i) => String(i.post)).sort()).toEqual([...posts].sort())
    const undo = await act(world.orgs.ppoA1, { action: 'unhide', posts })
    expect(undo.status).toBe(200)
    const back = await feedIds(world.orgs.ppoA1)
    for (const p of posts) expect(back).toContain(p)
  })

  it('pins until a date and un-pins', async () => {
    const posts = [String(extra.terA)]
    const pin = await act(world.orgs.ppoA1, { action: 'pin', posts, until: '2999-01-31' })
    expect(pin.status).toBe(200)
    const feed = await queryFeed(await createLocalReq({}, payload), world.orgs.ppoA1, {
      limit: 50,
      now: new Date(),
    })
    expect(String(feed[0]!.post)).toBe(String(extra.terA))
    expect(feed[0]!.pinned).toBe(true)
    const item = (await list(world.orgs.ppoA1)).items.find((i) => String(i.post) === posts[0])!
    expect(item.pinnedUntil?.slice(0, 10)).toBe('2999-01-31')
    // The saved decision is titled in Russian in the admin, not "pin" (issue 19).
    const saved = await payload.find({
      collection: 'feed-decisions',
      where: { organization: { equals: world.orgs.ppoA1 }, post: { equals: extra.terA } },
      depth: 0,
      limit: 1,
      select: { title: true },
    })
    expect(saved.docs[0]?.title).toBe('Закреплён: Терком А: новость')
    expect((await act(world.orgs.ppoA1, { action: 'unpin', posts })).status).toBe(200)
    expect(
      (await list(world.orgs.ppoA1)).items.find((i) => String(i.post) === posts[0])!.pinned,
    ).toBe(false)
  })

  it('a decision’s title follows its item’s published retitle, not a draft’s', async () => {
    const item = await post(world.orgs.terA, 'Терком А: старый заголовок')
    const other = await post(world.orgs.terA, 'Терком А: соседняя новость')
    const posts = [String(item), String(other)]
    expect((await act(world.orgs.ppoA1, { action: 'hide', posts })).status).toBe(200)
    const titles = async () =>
      (
        await payload.find({
          collection: 'feed-decisions',
          where: { organization: { equals: world.orgs.ppoA1 }, post: { in: posts } },
          depth: 0,
          limit: 2,
          sort: 'post',
          select: { title: true },
        })
      ).docs.map((d) => d.title)
    expect(await titles()).toEqual([
      'Скрыт: Терком А: старый заголовок',
      'Скрыт: Терком А: соседняя новость',
    ])
    const retitle = (title: string, draft: boolean) =>
      payload.update({
        collection: 'posts',
        id: item,
        data: { title, _status: draft ? 'draft' : 'published' } as never,
        draft,
        depth: 0,
      })
    await retitle('Терком А: черновик заголовка', true)
    expect((await titles())[0]).toBe('Скрыт: Терком А: старый заголовок')
    await retitle('Терком А: новый заголовок', false)
    expect(await titles()).toEqual([
      'Скрыт: Терком А: новый заголовок',
      'Скрыт: Терком А: соседняя новость',
    ])
    expect((await act(world.orgs.ppoA1, { action: 'unhide', posts })).status).toBe(200)
  })

  it('accepts waiting items of a reviewing org: they reach its site', async () => {
    const res = await act(
      world.orgs.ppoB1,
      { action: 'accept', posts: [String(extra.terB)] },
      unionBToken,
    )
    expect(res.status).toBe(200)
    expect(await feedIds(world.orgs.ppoB1)).toContain(String(extra.terB))
    const item = (await list(world.orgs.ppoB1)).items.find(
      (i) => String(i.post) === String(extra.terB),
    )!
    expect(item.waiting).toBe(false)
    expect(item.accepted).toBe(true)
  })

  it('refuses to hide a mandatory item with the Russian reason, changing nothing', async () => {
    const posts = [String(extra.fedMandatory), String(extra.terA)]
    const res = await act(world.orgs.ppoA1, { action: 'hide', posts })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toContain(
      'материал обязателен для сайтов ниже: скрыть его нельзя',
    )
    expect(await feedIds(world.orgs.ppoA1)).toContain(String(extra.terA))
  })

  it('refuses an oversize batch, a bad action and an item that is not incoming', async () => {
    const many = Array.from({ length: 101 }, (_, i) => String(i + 1))
    const big = await act(world.orgs.ppoA1, { action: 'hide', posts: many })
    expect(big.status).toBeGreaterThanOrEqual(400)
    expect(big.status).toBeLessThan(500)
    expect(big.body.errors[0].message).toMatch(/не больше 100/)
    const bad = await act(world.orgs.ppoA1, { action: 'drop', posts: [String(extra.terA)] })
    expect(bad.status).toBe(400)
    const own = await act(world.orgs.ppoA1, {
      action: 'hide',
      posts: [String(world.posts['ppoB1:published'])],
    })
    expect(own.status).toBe(400)
    expect(own.body.errors[0].message).toMatch(/не входит во входящие/)
  })
})

describe('a ППО editor cannot act on another org’s incoming', () => {
  const target = () => String(extra.terB) // arrives at ППО Б1, not the editor's org

  it('through the new endpoint (403)', async () => {
    const res = await act(world.orgs.ppoB1, { action: 'hide', posts: [target()] })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/недоступны/)
  })

  it('through REST on feed-decisions', async () => {
    const res = await api.rest('POST', '/feed-decisions', {
      token: ppoToken,
      body: { organization: world.orgs.ppoB1, post: target(), action: 'hide' },
    })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
  })

  it('through GraphQL on feed-decisions', async () => {
    const res = await api.graphql(
      `mutation { createFeedDecision(data: { organization: ${world.orgs.ppoB1}, post: ${target()}, action: hide }) { id } }`,
      ppoToken,
    )
    expect(res.body.errors?.length).toBeGreaterThan(0)
  })

  it('through the Local API as the user', async () => {
    const user = (await reqAs('ppoEditor')).user
    await expectRefused(() =>
      payload.create({
        collection: 'feed-decisions',
        data: { organization: world.orgs.ppoB1, post: target(), action: 'hide' } as never,
        user,
        overrideAccess: false,
      }),
    )
    await expect(
      incomingItems(await reqAs('ppoEditor'), String(world.orgs.ppoB1)),
    ).rejects.toThrow()
    const decisions = await payload.count({
      collection: 'feed-decisions',
      where: {
        and: [{ organization: { equals: world.orgs.ppoB1 } }, { action: { equals: 'hide' } }],
      },
    })
    expect(decisions.totalDocs).toBe(0)
  })

  it('a forged cross-site form POST with the session cookie is refused', async () => {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: world.users.ppoEditor.email, password: PASSWORD },
    })
    const cookie = `${payload.config.cookiePrefix}-token=${token}`
    const form = new URLSearchParams({ action: 'hide', post: String(extra.terA) })
    const res = await requestsClient(payload).rest(`/incoming/${world.orgs.ppoA1}`, {
      method: 'POST',
      headers: {
        Cookie: cookie,
        Origin: 'https://evil.example',
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: form.toString(),
    })
    expect([401, 403]).toContain(res.status)
    expect(await feedIds(world.orgs.ppoA1)).toContain(String(extra.terA))
  })

  it('the same form from the admin’s own origin works and redirects back to the inbox', async () => {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: world.users.ppoEditor.email, password: PASSWORD },
    })
    const res = await requestsClient(payload).rest(`/incoming/${world.orgs.ppoA1}`, {
      method: 'POST',
      headers: {
        Cookie: `${payload.config.cookiePrefix}-token=${token}`,
        Origin: 'http://localhost:3000',
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ one: `pin:${extra.terA}` }).toString(),
    })
    expect(res.status).toBe(303)
    expect(
      (await list(world.orgs.ppoA1)).items.find((i) => String(i.post) === String(extra.terA))!
        .pinned,
    ).toBe(true)
    await act(world.orgs.ppoA1, { action: 'unpin', posts: [String(extra.terA)] })
  })
})

describe('the «Входящие» link’s number: GET /api/incoming/:org/count', () => {
  const count = async (org: number | string | string, token?: string) => {
    const headers = new Headers(token ? { Authorization: `JWT ${token}` } : {})
    const request = new Request(`http://localhost:3000/api/incoming/${org}/count`, { headers })
    const response = await handleEndpoints({ config: payload.config, request })
    return { status: response.status, headers: response.headers, body: await response.json() }
  }
  const inboxWaiting = async (org: number | string) =>
    (await list(org)).items.filter((i) => i.waiting).length

  it('equals the inbox’s waiting items, an upstream repost included, and follows the decisions', async () => {
    // The federation passes on a ППО А1 story: it arrives at ППО Б1 by repost alone.
    const story = await post(world.orgs.ppoA1, 'ППО А1: история для всех')
    await payload.create({
      collection: 'reposts',
      data: { post: story, organization: world.orgs.fed, reach: { scope: 'subtree' } } as never,
    })
    const fresh = await post(world.orgs.terB, 'Терком Б: ещё новость')
    const waiting = await inboxWaiting(world.orgs.ppoB1)
    expect(waiting).toBeGreaterThanOrEqual(2)
    const ids = (await list(world.orgs.ppoB1)).items.filter((i) => i.waiting).map((i) => i.post)
    expect(ids.map(String)).toEqual(expect.arrayContaining([String(story), String(fresh)]))
    const asEditor = await count(world.orgs.ppoB1, unionBToken)
    expect(asEditor.status).toBe(200)
    expect(asEditor.body).toEqual({ waiting })
    expect(asEditor.headers.get('cache-control')).toBe('private, no-cache')
    const accept = await act(
      world.orgs.ppoB1,
      { action: 'accept', posts: [String(fresh)] },
      unionBToken,
    )
    expect(accept.status).toBe(200)
    const hide = await act(
      world.orgs.ppoB1,
      { action: 'hide', posts: [String(story)] },
      unionBToken,
    )
    expect(hide.status).toBe(200)
    expect((await count(world.orgs.ppoB1, unionBToken)).body).toEqual({ waiting: waiting - 2 })
    expect(await inboxWaiting(world.orgs.ppoB1)).toBe(waiting - 2)
    // An org that shows everything at once has nothing waiting.
    expect((await count(world.orgs.ppoA1, ppoToken)).body).toEqual({ waiting: 0 })
  })

  it('another org’s count is refused: REST 403, the Local API as the user Forbidden', async () => {
    const rest = await count(world.orgs.ppoB1, ppoToken)
    expect(rest.status).toBe(403)
    expect(rest.body).toEqual({
      errors: [{ message: 'Входящие этой организации вам недоступны.' }],
    })
    await expect(
      waitingCount(await reqAs('ppoEditor'), String(world.orgs.ppoB1)),
    ).rejects.toBeInstanceOf(Forbidden)
  })

  it('anonymous 401, an unknown org 404, a malformed id 400 — before any count', async () => {
    expect((await count(world.orgs.ppoB1)).status).toBe(401)
    expect((await count(987654321, ppoToken)).status).toBe(404)
    for (const bad of ['abc', '1%20OR%201%3D1', '1'.repeat(20)])
      expect((await count(bad, ppoToken)).status).toBe(400)
  })
})
