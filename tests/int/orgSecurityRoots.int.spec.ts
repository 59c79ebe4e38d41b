import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient } from '../helpers/apiClient'
import { expectRefused } from '../helpers/expectRefused'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

/**
 * Issue 12, "escaping the subtree": a territorial admin must not create root organizations nor
 * detach its own organizations into new roots (and so out of every admin above it).
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

const terAdmin = async () => ({
  token: await api.login(world.users.terAdmin.email, PASSWORD),
  user: await payload.findByID({ collection: 'users', id: world.users.terAdmin.id, depth: 0 }),
})
const rootCount = async () =>
  (await payload.count({ collection: 'organizations', where: { parent: { exists: false } } }))
    .totalDocs
const ROOT_MESSAGE = /администратор платформы/

describe('a subtree admin cannot create a root organization', () => {
  it('through REST', async () => {
    const { token } = await terAdmin()
    const before = await rootCount()
    const response = await api.rest('POST', '/organizations', {
      token,
      body: { name: 'Новая федерация', slug: 'new-root-rest', kind: 'federation', parent: null },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(ROOT_MESSAGE)
    expect(await rootCount()).toBe(before)
  })

  it('through GraphQL', async () => {
    const { token } = await terAdmin()
    const before = await rootCount()
    const response = await api.graphql(
      'mutation { createOrganization(data: { name: "Новая федерация", slug: "new-root-gql", kind: federation, incomingPolicy: auto, hosting: { mode: subdomain }, branding: { theme: federation } }) { id } }',
      token,
    )
    expect(response.body.data?.createOrganization ?? null).toBeNull()
    expect(JSON.stringify(response.body.errors)).toMatch(ROOT_MESSAGE)
    expect(await rootCount()).toBe(before)
  })

  it('through the Local API as the user', async () => {
    const { user } = await terAdmin()
    const before = await rootCount()
    const errors = await expectRefused(() =>
      payload.create({
        collection: 'organizations',
        data: { name: 'Новая федерация', slug: 'new-root-local', kind: 'federation' } as never,
        overrideAccess: false,
        user,
      }),
    )
    expect(errors.map((e) => e.message).join(' ')).toMatch(ROOT_MESSAGE)
    expect(await rootCount()).toBe(before)
  })
})

describe('a subtree admin cannot detach its own organization into a root', () => {
  it('through REST', async () => {
    const { token } = await terAdmin()
    const response = await api.rest('PATCH', `/organizations/${world.orgs.ppoA1}`, {
      token,
      body: { parent: null, kind: 'federation' },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(ROOT_MESSAGE)
    const ppo = await payload.findByID({
      collection: 'organizations',
      id: world.orgs.ppoA1,
      depth: 0,
    })
    expect(ppo).toMatchObject({ parent: world.orgs.terA, kind: 'primary_org' })
  })

  it('through GraphQL', async () => {
    const { token } = await terAdmin()
    const response = await api.graphql(
      `mutation { updateOrganization(id: ${JSON.stringify(world.orgs.ppoA2)}, data: { parent: null, kind: federation, hosting: { mode: subdomain }, branding: { theme: federation } }) { id parent { id } } }`,
      token,
    )
    expect(response.body.data?.updateOrganization ?? null).toBeNull()
    expect(JSON.stringify(response.body.errors)).toMatch(ROOT_MESSAGE)
    const ppo = await payload.findByID({
      collection: 'organizations',
      id: world.orgs.ppoA2,
      depth: 0,
    })
    expect(ppo.parent).toBe(world.orgs.terA)
  })

  it('through the Local API as the user, also by a kind change alone', async () => {
    const { user } = await terAdmin()
    const detach = await expectRefused(() =>
      payload.update({
        collection: 'organizations',
        id: world.orgs.ppoA1,
        data: { parent: null, kind: 'federation' } as never,
        overrideAccess: false,
        user,
      }),
    )
    expect(detach.map((e) => e.message).join(' ')).toMatch(ROOT_MESSAGE)
    const federation = await expectRefused(() =>
      payload.update({
        collection: 'organizations',
        id: world.orgs.ppoA1,
        data: { kind: 'federation' } as never,
        overrideAccess: false,
        user,
      }),
    )
    expect(federation.some((e) => e.path === 'kind' && ROOT_MESSAGE.test(e.message))).toBe(true)
    expect(
      (await payload.findByID({ collection: 'organizations', id: world.orgs.ppoA1, depth: 0 }))
        .kind,
    ).toBe('primary_org')
  })
})

describe('a platform admin still can', () => {
  it('create a root federation and move nothing else', async () => {
    const token = await api.login(world.users.platform.email, PASSWORD)
    const response = await api.rest('POST', '/organizations', {
      token,
      body: { name: 'Вторая федерация', slug: 'second-fed', kind: 'federation' },
    })
    expect(response.status).toBe(201)
    expect(response.body.doc).toMatchObject({ parent: null, depth: 0 })
  })

  it('while a subtree admin still places orgs inside its subtree', async () => {
    const { token } = await terAdmin()
    const response = await api.rest('POST', '/organizations', {
      token,
      body: { name: 'Новая ППО', slug: 'new-ppo', kind: 'primary_org', parent: world.orgs.terA },
    })
    expect(response.status).toBe(201)
  })
})
