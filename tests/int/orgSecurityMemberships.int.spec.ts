import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryFeed } from '../../cms/syndication/feedQuery'
import { apiClient } from '../helpers/apiClient'
import { expectRefused } from '../helpers/expectRefused'
import { addOrgAdmins, type OrgAdmins } from '../helpers/orgSecurityUsers'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

/**
 * Issue 12, "memberships": membership gives syndication and the right to propose, so an org may
 * not declare itself a member of an org outside its admins' scope. It asks; the target accepts.
 */
let t: TestPayload
let payload: Payload
let world: World
let admins: OrgAdmins
let api: ReturnType<typeof apiClient>

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  admins = await addOrgAdmins(payload, world)
  api = apiClient(payload)
})
afterAll(async () => t?.close())

const token = (who: keyof OrgAdmins) => api.login(admins[who].email, PASSWORD)
const userDoc = (who: keyof OrgAdmins) =>
  payload.findByID({ collection: 'users', id: admins[who].id, depth: 0 })
const membershipsOf = async (id: number | string) =>
  (await payload.findByID({ collection: 'organizations', id, depth: 0 })).memberships ?? []
const toopPost = () => world.posts['toop:published']
const feedOf = async (org: number | string) => {
  const req = await createLocalReq({}, payload)
  const items = await queryFeed(req, org, { limit: 200, now: new Date(Date.now() + 60_000) })
  return items.map((i) => i.post)
}
const REQUEST_HINT = /заявк/

describe('an org admin cannot declare membership in an org outside its scope', () => {
  it('through REST (a ППО admin joins a foreign ТООП)', async () => {
    const response = await api.rest('PATCH', `/organizations/${world.orgs.ppoA1}`, {
      token: await token('ppoAdmin'),
      body: { memberships: [world.orgs.toop] },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(REQUEST_HINT)
    expect(await membershipsOf(world.orgs.ppoA1)).toEqual([])
  })

  it('through GraphQL (a territorial admin joins a foreign ТООП)', async () => {
    const response = await api.graphql(
      `mutation { updateOrganization(id: ${JSON.stringify(world.orgs.terB)}, data: { memberships: [${JSON.stringify(world.orgs.toop)}], hosting: { mode: subdomain }, branding: { theme: federation } }) { id } }`,
      await token('terBAdmin'),
    )
    expect(response.body.data?.updateOrganization ?? null).toBeNull()
    expect(JSON.stringify(response.body.errors)).toMatch(REQUEST_HINT)
    expect(await membershipsOf(world.orgs.terB)).toEqual([])
  })

  it('through the Local API as the user', async () => {
    const errors = await expectRefused(async () =>
      payload.update({
        collection: 'organizations',
        id: world.orgs.terB,
        data: { memberships: [world.orgs.toop] } as never,
        overrideAccess: false,
        user: await userDoc('terBAdmin'),
      }),
    )
    expect(errors[0]).toMatchObject({ path: 'memberships' })
    expect(errors[0]?.message).toMatch(/«Объединение»/)
    expect(await membershipsOf(world.orgs.terB)).toEqual([])
  })

  it('and the target’s admin cannot add the member from its side', async () => {
    const response = await api.rest('PATCH', `/organizations/${world.orgs.terB}`, {
      token: await token('toopAdmin'),
      body: { memberships: [world.orgs.toop] },
    })
    expect(response.status).toBe(403)
    expect(await membershipsOf(world.orgs.terB)).toEqual([])
  })

  it('so the ТООП’s materials do not reach the org, nor may it propose to the ТООП', async () => {
    expect(await feedOf(world.orgs.terB)).not.toContain(toopPost())
    await expectRefused(() =>
      payload.create({
        collection: 'proposals',
        data: { post: world.posts['terB:published'], organization: world.orgs.toop } as never,
      }),
    )
  })
})

describe('a membership request', () => {
  let requestId: number | string

  it('is created by the joining org’s admin and changes nothing yet', async () => {
    const response = await api.rest('POST', '/membership-requests', {
      token: await token('terBAdmin'),
      body: {
        fromOrganization: world.orgs.terB,
        toOrganization: world.orgs.toop,
        note: 'Просим принять в объединение',
        status: 'accepted',
      },
    })
    expect(response.status).toBe(201)
    expect(response.body.doc).toMatchObject({ status: 'pending' })
    requestId = response.body.doc.id
    expect(await membershipsOf(world.orgs.terB)).toEqual([])
    expect(await feedOf(world.orgs.terB)).not.toContain(toopPost())
  })

  it('is not created for an org outside the requester’s admin scope, nor twice', async () => {
    const foreign = await api.rest('POST', '/membership-requests', {
      token: await token('ppoAdmin'),
      body: { fromOrganization: world.orgs.terB, toOrganization: world.orgs.toop },
    })
    expect(foreign.status).toBe(400)
    const twice = await api.rest('POST', '/membership-requests', {
      token: await token('terBAdmin'),
      body: { fromOrganization: world.orgs.terB, toOrganization: world.orgs.toop },
    })
    expect(twice.status).toBe(400)
    expect(JSON.stringify(twice.body)).toMatch(/уже/)
  })

  it('is seen by both sides only', async () => {
    const seen = async (who: keyof OrgAdmins) =>
      (await api.rest('GET', '/membership-requests', { token: await token(who) })).body.totalDocs
    expect(await seen('terBAdmin')).toBe(1)
    expect(await seen('toopAdmin')).toBe(1)
    expect(await seen('ppoAdmin')).toBe(0)
    const anonymous = await api.rest('GET', '/membership-requests')
    expect(anonymous.body.totalDocs ?? 0).toBe(0)
  })

  it('cannot be accepted by the requester', async () => {
    const response = await api.rest('PATCH', `/membership-requests/${requestId}`, {
      token: await token('terBAdmin'),
      body: { status: 'accepted' },
    })
    expect(response.status).toBe(403)
    expect(await membershipsOf(world.orgs.terB)).toEqual([])
  })

  it('accepted by the target’s admin adds the membership, and syndication follows', async () => {
    const response = await api.rest('PATCH', `/membership-requests/${requestId}`, {
      token: await token('toopAdmin'),
      body: { status: 'accepted' },
    })
    expect(response.status).toBe(200)
    expect(response.body.doc).toMatchObject({ status: 'accepted' })
    expect(String(response.body.doc.decidedBy?.id ?? response.body.doc.decidedBy)).toBe(
      String(admins.toopAdmin.id),
    )
    expect(await membershipsOf(world.orgs.terB)).toEqual([world.orgs.toop])
    expect(await feedOf(world.orgs.terB)).toContain(toopPost())
    const proposal = await payload.create({
      collection: 'proposals',
      data: { post: world.posts['terB:published'], organization: world.orgs.toop } as never,
      overrideAccess: false,
      user: await userDoc('terBAdmin'),
    })
    expect(proposal.status).toBe('pending')
  })

  it('once decided stays decided; the member may leave by itself', async () => {
    const again = await api.rest('PATCH', `/membership-requests/${requestId}`, {
      token: await token('toopAdmin'),
      body: { status: 'declined', reason: 'передумали' },
    })
    expect(again.status).toBe(400)
    const leave = await api.rest('PATCH', `/organizations/${world.orgs.terB}`, {
      token: await token('terBAdmin'),
      body: { memberships: [] },
    })
    expect(leave.status).toBe(200)
    expect(await membershipsOf(world.orgs.terB)).toEqual([])
  })

  it('declined by the target leaves the org as it was; a pending one can be withdrawn', async () => {
    const ppo = await token('ppoAdmin')
    const asked = await api.rest('POST', '/membership-requests', {
      token: ppo,
      body: { fromOrganization: world.orgs.ppoA1, toOrganization: world.orgs.toop },
    })
    expect(asked.status).toBe(201)
    const declined = await api.rest('PATCH', `/membership-requests/${asked.body.doc.id}`, {
      token: await token('toopAdmin'),
      body: { status: 'declined', reason: 'Организация не входит в регион объединения' },
    })
    expect(declined.status).toBe(200)
    expect(await membershipsOf(world.orgs.ppoA1)).toEqual([])

    const second = await api.rest('POST', '/membership-requests', {
      token: ppo,
      body: { fromOrganization: world.orgs.ppoA1, toOrganization: world.orgs.toop },
    })
    expect(second.status).toBe(201)
    const byTarget = await api.rest('DELETE', `/membership-requests/${second.body.doc.id}`, {
      token: await token('toopAdmin'),
    })
    expect(byTarget.status).toBe(403)
    const withdrawn = await api.rest('DELETE', `/membership-requests/${second.body.doc.id}`, {
      token: ppo,
    })
    expect(withdrawn.status).toBe(200)
  })

  it('is not needed by a platform admin, who sets memberships directly', async () => {
    const response = await api.rest('PATCH', `/organizations/${world.orgs.terB}`, {
      token: await api.login(world.users.platform.email, PASSWORD),
      body: { memberships: [world.orgs.toop] },
    })
    expect(response.status).toBe(200)
    expect(await membershipsOf(world.orgs.terB)).toEqual([world.orgs.toop])
  })

  it('goes away with a deleted org', async () => {
    const doomed = await payload.create({
      collection: 'organizations',
      data: { name: 'Упраздняемая ППО', kind: 'primary_org', parent: world.orgs.terB } as never,
      depth: 0,
    })
    const asked = await api.rest('POST', '/membership-requests', {
      token: await token('terBAdmin'),
      body: { fromOrganization: doomed.id, toOrganization: world.orgs.toop },
    })
    expect(asked.status).toBe(201)
    await payload.delete({ collection: 'organizations', id: doomed.id })
    const left = await payload.count({
      collection: 'membership-requests',
      where: { id: { equals: asked.body.doc.id } },
    })
    expect(left.totalDocs).toBe(0)
  })
})
