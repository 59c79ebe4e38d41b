import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryFeed } from '../../cms/syndication/feedQuery'
import { apiClient } from '../helpers/apiClient'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

let t: TestPayload
let payload: Payload
let world: World
let api: ReturnType<typeof apiClient>
const token = (key: keyof World['users']) => api.login(world.users[key].email, PASSWORD)

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  api = apiClient(payload)
})
afterAll(async () => t?.close())

describe('proposing local news upward', () => {
  it('only to orgs above, only own published posts', async () => {
    const own = world.posts['ppoA1:published']
    const toSibling = await api.rest('POST', '/proposals', {
      token: await token('ppoEditor'),
      body: { post: own, organization: world.orgs.unionB },
    })
    expect(toSibling.status).toBe(400)
    expect(JSON.stringify(toSibling.body)).toMatch(/вышестоящей/)
    const foreign = await api.rest('POST', '/proposals', {
      token: await token('ppoEditor'),
      body: { post: world.posts['ppoA2:published'], organization: world.orgs.terA },
    })
    expect(foreign.status).toBe(400)
    const draft = await api.rest('POST', '/proposals', {
      token: await token('ppoEditor'),
      body: { post: world.posts['ppoA1:draft'], organization: world.orgs.terA },
    })
    expect(draft.status).toBe(400)
    // A ТООП the territorial org belongs to is "above" too.
    const toToop = await api.rest('POST', '/proposals', {
      token: await token('ppoEditor'),
      body: { post: own, organization: world.orgs.toop },
    })
    expect(toToop.status).toBe(201)
  })

  it('the receiver declines with a reason the proposer sees; accepting reposts with the receiver’s reach', async () => {
    const own = world.posts['ppoA1:published']
    const created = await api.rest('POST', '/proposals', {
      token: await token('ppoEditor'),
      body: { post: own, organization: world.orgs.terA, note: 'Важная новость' },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect(
      (await api.rest('GET', `/proposals/${id}`, { token: await token('unionBEditor') })).status,
    ).toBe(404)
    expect(
      (
        await api.rest('PATCH', `/proposals/${id}`, {
          token: await token('ppoEditor'),
          body: { status: 'accepted' },
        })
      ).status,
    ).toBe(403)

    const noReason = await api.rest('PATCH', `/proposals/${id}`, {
      token: await token('terAdmin'),
      body: { status: 'declined' },
    })
    expect(noReason.status).toBe(400)
    const declined = await api.rest('PATCH', `/proposals/${id}`, {
      token: await token('terAdmin'),
      body: { status: 'declined', reason: 'Уже опубликовано нами' },
    })
    expect(declined.status).toBe(200)
    const seen = await api.rest('GET', `/proposals/${id}`, { token: await token('ppoEditor') })
    expect(seen.body).toMatchObject({ status: 'declined', reason: 'Уже опубликовано нами' })
    expect(
      (
        await api.rest('PATCH', `/proposals/${id}`, {
          token: await token('terAdmin'),
          body: { status: 'accepted' },
        })
      ).status,
    ).toBe(400)

    const toUnion = await api.rest('POST', '/proposals', {
      token: await token('ppoEditor'),
      body: { post: own, organization: world.orgs.unionA },
    })
    await api.rest('PATCH', `/proposals/${toUnion.body.doc.id}`, {
      token: await token('platform'),
      body: { status: 'accepted', reach: { scope: 'subtree' } },
    })
    const reposts = await payload.find({
      collection: 'reposts',
      where: { post: { equals: own } },
      depth: 0,
    })
    expect(reposts.docs.map((r) => r.organization)).toEqual([world.orgs.unionA])
    const req = await createLocalReq({}, payload)
    const sibling = await queryFeed(req, world.orgs.ppoA2, { limit: 100, now: new Date() })
    expect(sibling.find((i) => i.post === own)).toMatchObject({
      origin: world.orgs.ppoA1,
      via: world.orgs.unionA,
    })
  })

  it('editors of the receiving org are notified through a job', async () => {
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'notifyEditors' } },
      limit: 0,
      pagination: false,
      depth: 0,
    })
    expect(jobs.totalDocs).toBeGreaterThanOrEqual(4)
    await payload.jobs.run({ limit: 100 })
    // Completed jobs are deleted; a failed one would stay behind with its error.
    const left = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'notifyEditors' } },
      limit: 10,
      depth: 0,
    })
    expect(left.docs.map((j) => j.log)).toEqual([])
  })
})

describe('who will receive this', () => {
  it('counts receivers by kind along children and memberships', async () => {
    const fromToop = await api.rest(
      'GET',
      `/posts/reach-preview?org=${world.orgs.toop}&scope=subtree`,
      { token: await token('fedEditor') },
    )
    expect(fromToop.body).toMatchObject({
      total: 3,
      byKind: { territorial_org: 1, primary_org: 2 },
      // MANDATORY_CONFIRM_ABOVE's default: the publish button asks above it (issue 19).
      confirmAbove: 100,
    })
    // Grouped by parent: the two ППО under Терком А; Терком А itself (a member of the ТООП)
    // under its own parent, the union.
    expect(fromToop.body.groups).toEqual([
      { parent: 'Терком А', count: 2 },
      { parent: 'Профсоюз А', count: 1 },
    ])
    const onlyPpo = await api.rest(
      'GET',
      `/posts/reach-preview?org=${world.orgs.fed}&scope=subtree&kinds=primary_org`,
      { token: await token('fedEditor') },
    )
    expect(onlyPpo.body.total).toBe(3)
    const children = await api.rest(
      'GET',
      `/posts/reach-preview?org=${world.orgs.fed}&scope=children`,
      { token: await token('fedEditor') },
    )
    expect(children.body.total).toBe(3)
    expect((await api.rest('GET', `/posts/reach-preview?org=${world.orgs.fed}`)).status).toBe(401)
  })
})
