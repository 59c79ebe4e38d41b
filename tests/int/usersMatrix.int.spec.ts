import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient } from '../helpers/apiClient'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import {
  ACTORS,
  type Actor,
  buildMatrixWorld,
  type MatrixWorld,
  type Target,
  TARGETS,
} from '../helpers/userMatrixWorld'
import { PASSWORD } from '../helpers/world'

/**
 * The user-management matrix: every actor × every target × every field of `users`, as
 * A (the PATCH changed the field) or - (nothing changed). Field order: e-mail, password, role,
 * name, grants. The grants change adds an admin grant on ППО А1, which both the ППО admin and the
 * territorial admin may hand out (hooks/checkGrants), so their grants column stays open even on a
 * mixed-scope user while that user's e-mail, password and name are closed to them.
 */
const FIELDS = ['email', 'password', 'role', 'name', 'grants'] as const
type Field = (typeof FIELDS)[number]

const NONE = '-----'
const MATRIX: Record<Actor, Partial<Record<Target, string>>> = {
  anonymous: { inScope: NONE, mixedScope: NONE, outOfScope: NONE, platformAdmin: NONE },
  ppoEditor: {
    self: 'AA-A-',
    inScope: NONE,
    mixedScope: NONE,
    outOfScope: NONE,
    platformAdmin: NONE,
  },
  ppoAdmin: {
    self: 'AA-AA',
    inScope: 'AA-AA',
    mixedScope: '----A',
    outOfScope: NONE,
    platformAdmin: NONE,
  },
  terAdmin: {
    self: 'AA-AA',
    inScope: 'AA-AA',
    mixedScope: '----A',
    outOfScope: NONE,
    platformAdmin: NONE,
  },
  fedEditor: {
    self: 'AA-A-',
    inScope: NONE,
    mixedScope: NONE,
    outOfScope: NONE,
    platformAdmin: NONE,
  },
  platform: {
    self: 'AAAAA',
    inScope: 'AAAAA',
    mixedScope: 'AAAAA',
    outOfScope: 'AAAAA',
    platformAdmin: 'AAAAA',
  },
}

let t: TestPayload
let payload: Payload
let m: MatrixWorld
let api: ReturnType<typeof apiClient>
const tokens = new Map<Actor, string>()

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  m = await buildMatrixWorld(payload)
  api = apiClient(payload)
})
afterAll(async () => t?.close())

async function tokenOf(actor: Actor): Promise<string | undefined> {
  if (actor === 'anonymous') return undefined
  const cached = tokens.get(actor)
  if (cached) return cached
  const { email } = m.actors[actor]
  const { token } = await payload.login({
    collection: 'users',
    data: { email, password: PASSWORD },
  })
  tokens.set(actor, token!)
  return token
}

const targetId = (actor: Actor, target: Target) =>
  target === 'self' ? m.actors[actor as Exclude<Actor, 'anonymous'>].id : m.targets[target].id

interface Snapshot {
  email: string
  name: string
  role: string
  grants: { organization: number | string; role: string; subtree: boolean }[]
  hash: string
}

async function snapshot(id: number | string): Promise<Snapshot> {
  const raw = (await payload.db.findOne({
    collection: 'users',
    where: { id: { equals: id } },
  })) as Record<string, any>
  return {
    email: raw.email,
    name: raw.name,
    role: raw.role,
    grants: (raw.grants ?? []).map((g: any) => ({
      organization: typeof g.organization === 'object' ? g.organization.id : g.organization,
      role: g.role,
      subtree: Boolean(g.subtree),
    })),
    hash: raw.hash,
  }
}

/** The body a PATCH of `field` sends: always a real change of that field. */
function changeOf(field: Field, before: Snapshot): Record<string, unknown> {
  switch (field) {
    case 'email':
      return { email: `changed-${Date.now()}@matrix.local` }
    case 'password':
      return { password: 'a-new-password-42' }
    case 'role':
      return { role: before.role === 'platform-admin' ? 'member' : 'platform-admin' }
    case 'name':
      return { name: 'Изменённое имя' }
    case 'grants':
      return {
        grants: [
          ...before.grants,
          { organization: m.world.orgs.ppoA1, role: 'admin', subtree: false },
        ],
      }
  }
}

const changed = (field: Field, a: Snapshot, b: Snapshot) =>
  field === 'password' ? a.hash !== b.hash : JSON.stringify(a[field]) !== JSON.stringify(b[field])

async function restore(id: number | string, before: Snapshot, after: Snapshot) {
  await payload.update({
    collection: 'users',
    id,
    data: {
      email: before.email,
      name: before.name,
      role: before.role,
      grants: before.grants,
      ...(after.hash !== before.hash ? { password: PASSWORD } : {}),
    } as never,
    depth: 0,
  })
}

describe('user-management matrix through REST PATCH /api/users/:id', () => {
  it.each(ACTORS)('%s', async (actor) => {
    const actual: Partial<Record<Target, string>> = {}
    for (const target of TARGETS) {
      if (MATRIX[actor][target] === undefined) continue
      const id = targetId(actor, target)
      let row = ''
      for (const field of FIELDS) {
        const before = await snapshot(id)
        const response = await api.rest('PATCH', `/users/${id}`, {
          token: await tokenOf(actor),
          body: changeOf(field, before),
        })
        const after = await snapshot(id)
        const didChange = changed(field, before, after)
        // A refusal is a clear 4xx (a role change is dropped by field access instead).
        if (!didChange && field !== 'role')
          expect(response.status, `${actor}→${target}.${field}`).toBeGreaterThanOrEqual(400)
        if (response.status >= 500)
          throw new Error(`${actor}→${target}.${field}: ${response.status}`)
        row += didChange ? 'A' : '-'
        if (didChange) {
          await restore(id, before, after)
          if (target === 'self') tokens.delete(actor)
        }
      }
      actual[target] = row
    }
    expect(actual).toEqual(MATRIX[actor])
  })
})

describe('the same rules through GraphQL and the Local API', () => {
  it('GraphQL updateUser: a territorial admin cannot take over a platform admin or a mixed-scope user', async () => {
    const token = await tokenOf('terAdmin')
    for (const target of ['platformAdmin', 'mixedScope'] as const) {
      const { id, email } = m.targets[target]
      const result = await api.graphql(
        `mutation { updateUser(id: ${JSON.stringify(id)}, data: { email: "owned@evil.test", password: "attacker-password-1" }) { id } }`,
        token,
      )
      expect(result.body.errors?.length, target).toBeGreaterThan(0)
      const after = await snapshot(id)
      expect(after.email).toBe(email)
    }
    const inScope = m.targets.inScope
    const ok = await api.graphql(
      `mutation { updateUser(id: ${JSON.stringify(inScope.id)}, data: { name: "Через GraphQL" }) { name } }`,
      token,
    )
    expect(ok.body.data?.updateUser?.name).toBe('Через GraphQL')
  })

  it('Local API with overrideAccess: false: the same refusals and the same permissions', async () => {
    const user = await payload.findByID({ collection: 'users', id: m.actors.ppoAdmin.id, depth: 0 })
    const attempt = (id: number | string, data: Record<string, unknown>) =>
      payload.update({
        collection: 'users',
        id,
        data: data as never,
        overrideAccess: false,
        user,
        depth: 0,
      })
    await expect(
      attempt(m.targets.mixedScope.id, { password: 'attacker-password-1' }),
    ).rejects.toThrow()
    await expect(attempt(m.targets.platformAdmin.id, { name: 'Захвачен' })).rejects.toThrow()
    expect((await snapshot(m.targets.platformAdmin.id)).name).toBe('platformAdmin')
    const done = await attempt(m.targets.inScope.id, { name: 'Через Local API' })
    expect(done.name).toBe('Через Local API')
  })

  it('bulk PATCH /api/users?where=… cannot take over anybody either', async () => {
    const token = await tokenOf('terAdmin')
    for (const target of ['platformAdmin', 'mixedScope'] as const) {
      const { id, email } = m.targets[target]
      const response = await api.rest('PATCH', `/users?where[id][equals]=${id}`, {
        token,
        body: { email: 'owned@evil.test', password: 'attacker-password-1' },
      })
      expect(response.status, target).toBeLessThan(500)
      expect((await snapshot(id)).email, target).toBe(email)
    }
  })

  it('deleting: nobody but a platform admin deletes a platform admin; no admin deletes a mixed-scope user', async () => {
    for (const target of ['platformAdmin', 'mixedScope'] as const) {
      const response = await api.rest('DELETE', `/users/${m.targets[target].id}`, {
        token: await tokenOf('terAdmin'),
      })
      expect(response.status, target).toBeGreaterThanOrEqual(400)
      expect(response.status, target).toBeLessThan(500)
      expect(
        await payload.count({
          collection: 'users',
          where: { id: { equals: m.targets[target].id } },
        }),
      ).toEqual({ totalDocs: 1 })
    }
  })
})
