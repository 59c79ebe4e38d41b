import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient } from '../helpers/apiClient'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createOwned } from '../helpers/files'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

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

type Role = keyof World['users'] | 'anonymous'
const token = async (role: Role) =>
  role === 'anonymous' ? undefined : api.login(world.users[role].email, PASSWORD)
const userDoc = async (role: Role) =>
  role === 'anonymous'
    ? undefined
    : payload.findByID({ collection: 'users', id: world.users[role].id, depth: 0 })

/** Local API as the given user, with access enforced. Returns 'ok' or 'denied'. */
async function local(role: Role, run: (user: any) => Promise<unknown>): Promise<'ok' | 'denied'> {
  try {
    await run(await userDoc(role))
    return 'ok'
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 401 || status === 400 || status === 404) return 'denied'
    throw error
  }
}

const postTitles = (docs: { title: string }[]) => docs.map((d) => d.title).sort()

describe('reading posts', () => {
  it('anonymous readers see published posts only, through REST and the Local API', async () => {
    const rest = await api.rest('GET', '/posts?limit=100&depth=0')
    expect(rest.status).toBe(200)
    expect(rest.body.docs.every((d: any) => d._status === 'published')).toBe(true)
    expect(rest.body.totalDocs).toBe(9)
    const viaLocal = await payload.find({
      collection: 'posts',
      limit: 100,
      depth: 0,
      overrideAccess: false,
    })
    expect(postTitles(viaLocal.docs)).toEqual(postTitles(rest.body.docs))
  })

  it('a ППО editor sees its own drafts and nobody else’s, also with draft=true', async () => {
    const rest = await api.rest('GET', '/posts?limit=100&depth=0&draft=true', {
      token: await token('ppoEditor'),
    })
    const drafts = rest.body.docs.filter((d: any) => d._status === 'draft').map((d: any) => d.title)
    expect(drafts).toEqual(['draft ppoA1'])
    const other = await api.rest('GET', `/posts/${world.posts['ppoA2:draft']}?draft=true`, {
      token: await token('ppoEditor'),
    })
    expect(other.status).toBe(404)
  })

  it('a subtree admin sees the drafts of the whole subtree but not of a sibling subtree', async () => {
    const rest = await api.rest('GET', '/posts?limit=100&depth=0&draft=true', {
      token: await token('terAdmin'),
    })
    const drafts = rest.body.docs
      .filter((d: any) => d._status === 'draft')
      .map((d: any) => d.title)
      .sort()
    expect(drafts).toEqual(['draft ppoA1', 'draft ppoA2', 'draft terA'])
  })

  it('version history of another org is closed', async () => {
    const own = await api.rest(
      'GET',
      `/posts/versions?where[parent][equals]=${world.posts['ppoA1:draft']}`,
      { token: await token('ppoEditor') },
    )
    expect(own.status).toBe(200)
    expect(own.body.totalDocs).toBeGreaterThan(0)
    const foreign = await api.rest(
      'GET',
      `/posts/versions?where[parent][equals]=${world.posts['ppoB1:draft']}`,
      { token: await token('ppoEditor') },
    )
    expect(foreign.body.totalDocs ?? 0).toBe(0)
    const anonymous = await api.rest('GET', '/posts/versions')
    expect(anonymous.status).toBe(403)
  })

  it('GraphQL applies the same rules', async () => {
    const query = `{ Posts(draft: true, limit: 100) { docs { title _status } } }`
    const anon = await api.graphql(query)
    expect(anon.body.data.Posts.docs.every((d: any) => d._status === 'published')).toBe(true)
    const editor = await api.graphql(query, await token('ppoEditor'))
    const drafts = editor.body.data.Posts.docs
      .filter((d: any) => d._status === 'draft')
      .map((d: any) => d.title)
    expect(drafts).toEqual(['draft ppoA1'])
  })
})

describe('writing content', () => {
  const contentCases: [Role, keyof World['orgs'], 'ok' | 'denied'][] = [
    ['anonymous', 'ppoA1', 'denied'],
    ['ppoEditor', 'ppoA1', 'ok'],
    ['ppoEditor', 'ppoA2', 'denied'],
    ['ppoEditor', 'terA', 'denied'],
    ['terAdmin', 'ppoA2', 'ok'],
    ['terAdmin', 'terA', 'ok'],
    ['terAdmin', 'unionA', 'denied'],
    ['terAdmin', 'ppoB1', 'denied'],
    ['fedEditor', 'fed', 'ok'],
    ['fedEditor', 'unionA', 'denied'],
    ['unionBEditor', 'ppoB1', 'ok'],
    ['unionBEditor', 'ppoA1', 'denied'],
    ['platform', 'ppoB1', 'ok'],
  ]

  it.each(contentCases)(
    '%s creating a post for %s: %s (Local API and REST agree)',
    async (role, orgKey, expected) => {
      const org = world.orgs[orgKey]
      const viaLocal = await local(role, (user) =>
        payload.create({
          collection: 'posts',
          data: { title: `local ${role} ${orgKey}`, organization: org } as never,
          user,
          overrideAccess: false,
          draft: true,
        }),
      )
      expect(viaLocal).toBe(expected)
      const viaRest = await api.rest('POST', '/posts?draft=true', {
        token: await token(role),
        body: { title: `rest ${role} ${orgKey}`, organization: org },
      })
      expect(viaRest.status < 300 ? 'ok' : 'denied').toBe(expected)
    },
  )

  it.each(contentCases)(
    '%s updating and deleting a post of %s: %s',
    async (role, orgKey, expected) => {
      const id = world.posts[`${orgKey}:published`]!
      const update = await api.rest('PATCH', `/posts/${id}`, {
        token: await token(role),
        body: { lead: `edited by ${role}` },
      })
      expect(update.status < 300 ? 'ok' : 'denied').toBe(expected)
      const created = await payload.create({
        collection: 'posts',
        data: {
          title: `to delete ${role} ${orgKey}`,
          organization: world.orgs[orgKey],
          _status: 'published',
        } as never,
        depth: 0,
      })
      const removed = await local(role, (user) =>
        payload.delete({ collection: 'posts', id: created.id, user, overrideAccess: false }),
      )
      expect(removed).toBe(expected)
    },
  )

  it('an editor cannot move a post of its org to another org', async () => {
    const id = world.posts['ppoA1:published']!
    const moved = await api.rest('PATCH', `/posts/${id}`, {
      token: await token('ppoEditor'),
      body: { organization: world.orgs.ppoB1 },
    })
    expect(moved.status).toBe(400)
    expect(JSON.stringify(moved.body)).toContain('нет прав')
    const after = await payload.findByID({ collection: 'posts', id, depth: 0 })
    expect(String(after.organization)).toBe(String(world.orgs.ppoA1))
  })

  it.each(['pages', 'documents', 'media'] as CollectionSlug[])(
    '%s follow the same scope',
    async (collection) => {
      const doc = await createOwned(payload, collection, world.orgs.ppoA2)
      const title = collection === 'media' ? { alt: 'Новое описание' } : { title: 'Новое название' }
      const denied = await api.rest('PATCH', `/${collection}/${doc.id}`, {
        token: await token('ppoEditor'),
        body: title,
      })
      expect(denied.status).toBe(403)
      const allowed = await api.rest('PATCH', `/${collection}/${doc.id}`, {
        token: await token('terAdmin'),
        body: title,
      })
      expect(allowed.status).toBe(200)
      const read = await api.rest('GET', `/${collection}/${doc.id}`)
      expect(read.status).toBe(200)
      expect(
        (
          await api.rest('DELETE', `/${collection}/${doc.id}`, {
            token: await token('unionBEditor'),
          })
        ).status,
      ).toBe(403)
      expect(
        (await api.rest('DELETE', `/${collection}/${doc.id}`, { token: await token('terAdmin') }))
          .status,
      ).toBe(200)
    },
  )
})

describe('organizations and users', () => {
  it('anyone reads organizations; only admins in scope update them', async () => {
    expect((await api.rest('GET', '/organizations?limit=1')).status).toBe(200)
    const cases: [Role, keyof World['orgs'], number][] = [
      ['anonymous', 'ppoA1', 403],
      ['ppoEditor', 'ppoA1', 403],
      ['terAdmin', 'ppoA1', 200],
      ['terAdmin', 'terA', 200],
      ['terAdmin', 'unionA', 403],
      ['platform', 'unionA', 200],
    ]
    for (const [role, orgKey, status] of cases) {
      const res = await api.rest('PATCH', `/organizations/${world.orgs[orgKey]}`, {
        token: await token(role),
        body: { memberCount: 100 },
      })
      expect([role, orgKey, res.status]).toEqual([role, orgKey, status])
    }
  })

  it('a subtree admin creates orgs inside the subtree only', async () => {
    const inside = await api.rest('POST', '/organizations', {
      token: await token('terAdmin'),
      body: { name: 'ППО А3', kind: 'primary_org', parent: world.orgs.terA },
    })
    expect(inside.status).toBe(201)
    expect(inside.body.doc.slug).toBe('ppo-a3')
    const outside = await api.rest('POST', '/organizations', {
      token: await token('terAdmin'),
      body: { name: 'ППО Б9', kind: 'primary_org', parent: world.orgs.terB },
    })
    expect(outside.status).toBe(400)
    expect(
      (
        await api.rest('POST', '/organizations', {
          token: await token('ppoEditor'),
          body: { name: 'X', kind: 'primary_org', parent: world.orgs.terA },
        })
      ).status,
    ).toBe(403)
  })

  it('only the platform admin sets network domains', async () => {
    await api.rest('PATCH', `/organizations/${world.orgs.terA}`, {
      token: await token('terAdmin'),
      body: { hosting: { mode: 'subdomain', networkDomain: 'evil.example' } },
    })
    const after = await payload.findByID({
      collection: 'organizations',
      id: world.orgs.terA,
      depth: 0,
    })
    expect(after.hosting?.networkDomain ?? null).toBeNull()
  })

  it('users: editors see only themselves; admins see users in scope and cannot grant outside it', async () => {
    const own = await api.rest('GET', '/users?limit=100', { token: await token('ppoEditor') })
    expect(own.body.docs.map((u: any) => u.email)).toEqual([world.users.ppoEditor.email])
    const admin = await api.rest('GET', '/users?limit=100', { token: await token('terAdmin') })
    expect(admin.body.docs.map((u: any) => u.email).sort()).toEqual(
      [world.users.ppoEditor.email, world.users.terAdmin.email].sort(),
    )

    const escalate = await api.rest('PATCH', `/users/${world.users.ppoEditor.id}`, {
      token: await token('ppoEditor'),
      body: { grants: [{ organization: world.orgs.fed, role: 'admin', subtree: true }] },
    })
    expect(escalate.status).toBe(400)
    const becomePlatform = await api.rest('PATCH', `/users/${world.users.ppoEditor.id}`, {
      token: await token('ppoEditor'),
      body: { role: 'platform-admin' },
    })
    expect(becomePlatform.status).toBe(200)
    expect(
      (await payload.findByID({ collection: 'users', id: world.users.ppoEditor.id, depth: 0 }))
        .role,
    ).toBe('member')

    const outside = await api.rest('POST', '/users', {
      token: await token('terAdmin'),
      body: {
        email: 'new@test.local',
        password: PASSWORD,
        name: 'Новый',
        grants: [{ organization: world.orgs.ppoB1, role: 'editor' }],
      },
    })
    expect(outside.status).toBe(400)
    const inside = await api.rest('POST', '/users', {
      token: await token('terAdmin'),
      body: {
        email: 'new@test.local',
        password: PASSWORD,
        name: 'Новый',
        grants: [{ organization: world.orgs.ppoA2, role: 'editor' }],
      },
    })
    expect(inside.status).toBe(201)
  })

  it('categories are managed by the platform admin only', async () => {
    expect(
      (
        await api.rest('POST', '/categories', {
          token: await token('fedEditor'),
          body: { title: 'Новая' },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await api.rest('POST', '/categories', {
          token: await token('platform'),
          body: { title: 'Новая' },
        })
      ).status,
    ).toBe(201)
    expect((await api.rest('GET', '/categories')).status).toBe(200)
  })
})

describe('the rest of the matrix', () => {
  it('uploads: editors create media and documents for their own org only', async () => {
    const ownMedia = await local('ppoEditor', async (user) => {
      const { tinyPng } = await import('../helpers/files')
      const data = await tinyPng()
      return payload.create({
        collection: 'media',
        data: { alt: 'Своя картинка', organization: world.orgs.ppoA1 } as never,
        file: { data, mimetype: 'image/png', name: 'own.png', size: data.length },
        user,
        overrideAccess: false,
      })
    })
    expect(ownMedia).toBe('ok')
    const foreignDoc = await local('ppoEditor', async (user) => {
      const { SAMPLE_PDF } = await import('../helpers/files')
      return payload.create({
        collection: 'documents',
        data: {
          title: 'Чужой отчёт',
          docType: 'public_report',
          year: 2025,
          organization: world.orgs.ppoB1,
        } as never,
        file: {
          data: SAMPLE_PDF,
          mimetype: 'application/pdf',
          name: 'x.pdf',
          size: SAMPLE_PDF.length,
        },
        user,
        overrideAccess: false,
      })
    })
    expect(foreignDoc).toBe('denied')
    expect((await api.rest('POST', '/media', { body: { alt: 'x' } })).status).toBe(403)
  })

  it('organizations: deletion is for admins above the org, never for the org’s own admin', async () => {
    const leaf = await payload.create({
      collection: 'organizations',
      data: { name: 'ППО на удаление', kind: 'primary_org', parent: world.orgs.terA } as never,
      depth: 0,
    })
    expect(
      (
        await api.rest('DELETE', `/organizations/${world.orgs.terA}`, {
          token: await token('terAdmin'),
        })
      ).status,
    ).toBe(403)
    expect(
      (await api.rest('DELETE', `/organizations/${leaf.id}`, { token: await token('ppoEditor') }))
        .status,
    ).toBe(403)
    expect(
      (
        await api.rest('DELETE', `/organizations/${leaf.id}`, {
          token: await token('unionBEditor'),
        })
      ).status,
    ).toBe(403)
    expect(
      (await api.rest('DELETE', `/organizations/${leaf.id}`, { token: await token('terAdmin') }))
        .status,
    ).toBe(200)
  })

  it('users: admins delete users of their scope only, editors delete nobody', async () => {
    const inScope = await payload.create({
      collection: 'users',
      data: {
        email: 'leaving@test.local',
        password: PASSWORD,
        name: 'Уходит',
        grants: [{ organization: world.orgs.ppoA2, role: 'editor' }],
      } as never,
      depth: 0,
    })
    const shared = await payload.create({
      collection: 'users',
      data: {
        email: 'shared@test.local',
        password: PASSWORD,
        name: 'Общий',
        grants: [
          { organization: world.orgs.ppoA2, role: 'editor' },
          { organization: world.orgs.ppoB1, role: 'editor' },
        ],
      } as never,
      depth: 0,
    })
    expect(
      (await api.rest('DELETE', `/users/${inScope.id}`, { token: await token('ppoEditor') }))
        .status,
    ).toBe(403)
    expect(
      (await api.rest('DELETE', `/users/${shared.id}`, { token: await token('terAdmin') })).status,
    ).toBe(400)
    expect(
      (await api.rest('DELETE', `/users/${inScope.id}`, { token: await token('terAdmin') })).status,
    ).toBe(200)
    expect(
      (
        await api.rest('DELETE', `/users/${world.users.terAdmin.id}`, {
          token: await token('terAdmin'),
        })
      ).status,
    ).toBe(403)
  })

  it('categories: nobody but the platform admin edits or deletes them', async () => {
    const category = await payload.create({
      collection: 'categories',
      data: { title: 'Проверочная' } as never,
      depth: 0,
    })
    for (const role of ['anonymous', 'fedEditor', 'terAdmin'] as Role[]) {
      expect(
        (
          await api.rest('PATCH', `/categories/${category.id}`, {
            token: await token(role),
            body: { title: 'x' },
          })
        ).status,
      ).toBe(403)
      expect(
        (await api.rest('DELETE', `/categories/${category.id}`, { token: await token(role) }))
          .status,
      ).toBe(403)
    }
    expect(
      (await api.rest('DELETE', `/categories/${category.id}`, { token: await token('platform') }))
        .status,
    ).toBe(200)
  })
})
