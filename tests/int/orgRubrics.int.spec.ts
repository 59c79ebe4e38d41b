import { createLocalReq, type Payload } from 'payload'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import { buildSnapshot } from '../../publishing/snapshot/buildSnapshot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient } from '../helpers/apiClient'
import { expectRefused } from '../helpers/expectRefused'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

let t: TestPayload
let payload: Payload
let world: World
let api: ReturnType<typeof apiClient>
let ppoAdmin: { id: number | string; email: string }
let tokens: Record<'ppoAdmin' | 'ppoEditor' | 'terAdmin', string>
let shared: number | string
let foreign: number | string

const rubric = async (title: string, organization?: number | string) =>
  (
    await payload.create({
      collection: 'categories',
      data: { title, ...(organization ? { organization } : {}) } as never,
      depth: 0,
    })
  ).id
const count = async (title: string) =>
  (await payload.count({ collection: 'categories', where: { title: { equals: title } } })).totalDocs
const userDoc = async (id: number | string) => ({
  ...(await payload.findByID({ collection: 'users', id, depth: 0 })),
  collection: 'users' as const,
})

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  api = apiClient(payload)
  const doc = await payload.create({
    collection: 'users',
    data: {
      email: 'ppoadmin@test.local',
      password: PASSWORD,
      name: 'ppoAdmin',
      grants: [{ organization: world.orgs.ppoA1, role: 'admin', subtree: false }],
    } as never,
    depth: 0,
  })
  ppoAdmin = { id: doc.id, email: 'ppoadmin@test.local' }
  tokens = {
    ppoAdmin: await api.login(ppoAdmin.email, PASSWORD),
    ppoEditor: await api.login(world.users.ppoEditor.email, PASSWORD),
    terAdmin: await api.login(world.users.terAdmin.email, PASSWORD),
  }
  shared = await rubric('Общая рубрика')
  foreign = await rubric('Рубрика Теркома Б', world.orgs.terB)
})
afterAll(async () => t?.close())

describe('an organization’s admins keep their own rubrics', () => {
  it('a ППО admin creates, edits and deletes a rubric of its org (REST)', async () => {
    const created = await api.rest('POST', '/categories', {
      token: tokens.ppoAdmin,
      body: { title: 'Охрана труда ППО', organization: world.orgs.ppoA1 },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const edited = await api.rest('PATCH', `/categories/${id}`, {
      token: tokens.ppoAdmin,
      body: { title: 'Охрана труда' },
    })
    expect(edited.status).toBe(200)
    expect((await api.rest('DELETE', `/categories/${id}`, { token: tokens.ppoAdmin })).status).toBe(
      200,
    )
  })

  it('a ППО admin creates one through GraphQL and the Local API', async () => {
    const gql = await api.graphql(
      `mutation { createCategory(data: { title: "Спорт ППО", organization: ${world.orgs.ppoA1} }) { id } }`,
      tokens.ppoAdmin,
    )
    expect(gql.body.errors).toBeUndefined()
    const local = await payload.create({
      collection: 'categories',
      data: { title: 'Молодёжь ППО', organization: world.orgs.ppoA1 } as never,
      user: await userDoc(ppoAdmin.id),
      overrideAccess: false,
    })
    expect(local.id).toBeDefined()
  })

  it('a Терком admin (subtree) manages its ППО’s rubric too', async () => {
    const id = await rubric('Рубрика ППО А2', world.orgs.ppoA2)
    const res = await api.rest('PATCH', `/categories/${id}`, {
      token: tokens.terAdmin,
      body: { description: 'Правка Теркома' },
    })
    expect(res.status).toBe(200)
  })
})

describe('nobody but the platform admin makes shared rubrics or another org’s', () => {
  it('a shared rubric (no org) is refused: REST, GraphQL, Local API', async () => {
    const rest = await api.rest('POST', '/categories', {
      token: tokens.ppoAdmin,
      body: { title: 'Самовольная общая' },
    })
    expect(rest.status).toBe(400)
    expect(rest.body.errors[0].data.errors[0].message).toMatch(/администратор платформы/)
    const gql = await api.graphql(
      'mutation { createCategory(data: { title: "Самовольная общая" }) { id } }',
      tokens.ppoAdmin,
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    const errors = await expectRefused(async () =>
      payload.create({
        collection: 'categories',
        data: { title: 'Самовольная общая' } as never,
        user: await userDoc(ppoAdmin.id),
        overrideAccess: false,
      }),
    )
    expect(errors[0]!.message).toMatch(/администратор платформы/)
    expect(await count('Самовольная общая')).toBe(0)
  })

  it('another org’s rubric is refused: REST, GraphQL, Local API', async () => {
    const rest = await api.rest('POST', '/categories', {
      token: tokens.ppoAdmin,
      body: { title: 'Чужая', organization: world.orgs.ppoB1 },
    })
    expect(rest.status).toBe(400)
    const gql = await api.graphql(
      `mutation { createCategory(data: { title: "Чужая", organization: ${world.orgs.terA} }) { id } }`,
      tokens.ppoAdmin,
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    await expectRefused(async () =>
      payload.create({
        collection: 'categories',
        data: { title: 'Чужая', organization: world.orgs.ppoA2 } as never,
        user: await userDoc(ppoAdmin.id),
        overrideAccess: false,
      }),
    )
    expect(await count('Чужая')).toBe(0)
  })

  it('an editor (not admin) creates none; an org admin edits neither shared nor others’ rubrics', async () => {
    const rest = await api.rest('POST', '/categories', {
      token: tokens.ppoEditor,
      body: { title: 'Редакторская', organization: world.orgs.ppoA1 },
    })
    expect(rest.status).toBe(403)
    for (const id of [shared, foreign]) {
      const patch = await api.rest('PATCH', `/categories/${id}`, {
        token: tokens.ppoAdmin,
        body: { title: 'Захвачено' },
      })
      expect([403, 404]).toContain(patch.status)
      const del = await api.rest('DELETE', `/categories/${id}`, { token: tokens.ppoAdmin })
      expect([403, 404]).toContain(del.status)
    }
    const own = await rubric('Своя ППО', world.orgs.ppoA1)
    const steal = await api.rest('PATCH', `/categories/${own}`, {
      token: tokens.ppoAdmin,
      body: { organization: null },
    })
    expect(steal.status).toBe(400)
    expect(await count('Захвачено')).toBe(0)
    expect(await count('Общая рубрика')).toBe(1)
  })
})

describe('editors assign their org’s rubrics and the shared ones, never another org’s', () => {
  const postBody = (category: number | string, title: string) => ({
    title,
    organization: world.orgs.ppoA1,
    category,
    _status: 'published',
  })

  it('own and shared rubrics are accepted', async () => {
    const own = await rubric('Своя для поста', world.orgs.ppoA1)
    for (const [category, title] of [
      [own, 'С своей рубрикой'],
      [shared, 'С общей рубрикой'],
    ] as const) {
      const res = await api.rest('POST', '/posts', {
        token: tokens.ppoEditor,
        body: postBody(category, title),
      })
      expect(res.status).toBe(201)
    }
  })

  it('another org’s rubric is refused: REST, GraphQL, Local API, drafts too', async () => {
    const parent = await rubric('Рубрика Теркома А', world.orgs.terA)
    for (const category of [foreign, parent]) {
      const rest = await api.rest('POST', '/posts', {
        token: tokens.ppoEditor,
        body: postBody(category, 'С чужой рубрикой'),
      })
      expect(rest.status).toBe(400)
      expect(JSON.stringify(rest.body)).toMatch(/принадлежит другой организации/)
    }
    const gql = await api.graphql(
      `mutation { createPost(data: { title: "С чужой рубрикой", organization: ${world.orgs.ppoA1}, category: ${foreign} }, draft: true) { id } }`,
      tokens.ppoEditor,
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    await expectRefused(async () =>
      payload.create({
        collection: 'posts',
        data: {
          title: 'С чужой рубрикой',
          organization: world.orgs.ppoA1,
          category: foreign,
        } as never,
        draft: true,
        user: await userDoc(world.users.ppoEditor.id),
        overrideAccess: false,
      }),
    )
    const updated = await api.rest('PATCH', `/posts/${world.posts['ppoA1:published']}`, {
      token: tokens.ppoEditor,
      body: { category: foreign },
    })
    expect(updated.status).toBe(400)
    const posts = await payload.count({
      collection: 'posts',
      where: { category: { equals: foreign } },
    })
    expect(posts.totalDocs).toBe(0)
  })
})

describe('the sites show an org’s rubrics only on that org’s site', () => {
  it('a Терком’s rubric labels its post on its own site; its ППО site shows the post without it', async () => {
    const own = await rubric('Новости Теркома А', world.orgs.terA)
    const post = await payload.create({
      collection: 'posts',
      data: {
        title: 'Терком А в рубрике',
        organization: world.orgs.terA,
        category: own,
        _status: 'published',
      } as never,
      depth: 0,
    })
    const req = await createLocalReq({}, payload)
    const directory = await OrgDirectory.load(payload)
    const ter = await buildSnapshot(req, directory, world.orgs.terA)
    const terItem = ter.feed!.find((i) => i.id === String(post.id))
    expect(terItem?.category?.title).toBe('Новости Теркома А')
    expect(ter.categories!.map((c) => c.title)).toContain('Новости Теркома А')
    const ppo = await buildSnapshot(req, directory, world.orgs.ppoA1)
    const ppoItem = ppo.feed!.find((i) => i.id === String(post.id))
    expect(ppoItem, 'the item still arrives below').toBeDefined()
    expect(ppoItem!.category).toBeUndefined()
    expect(ppo.categories!.map((c) => c.title)).not.toContain('Новости Теркома А')
  })
})

describe('rubric slugs are unique per organization, not network-wide', () => {
  const slugOf = async (id: number | string) =>
    (await payload.findByID({ collection: 'categories', id, depth: 0 })).slug
  const platformToken = () => api.login(world.users.platform.email, PASSWORD)
  const slugError = (body: any) => body.errors[0].data.errors as { path: string; message: string }[]

  it('two orgs each have «novosti-ppo»; the same org, GraphQL and the Local API are refused a second', async () => {
    const a = await api.rest('POST', '/categories', {
      token: tokens.ppoAdmin,
      body: { title: 'Новости ППО', organization: world.orgs.ppoA1 },
    })
    expect(a.status).toBe(201)
    expect(a.body.doc.slug).toBe('novosti-ppo')
    const b = await api.rest('POST', '/categories', {
      token: await platformToken(),
      body: { title: 'Новости ППО', organization: world.orgs.ppoB1 },
    })
    expect(b.status).toBe(201)
    expect(b.body.doc.slug).toBe('novosti-ppo')
    // The Терком above ППО А1 too: its sites differ from the ППО's.
    expect(await slugOf(await rubric('Новости ППО', world.orgs.terA))).toBe('novosti-ppo')

    const again = await api.rest('POST', '/categories', {
      token: tokens.ppoAdmin,
      body: { title: 'Ещё новости', slug: 'novosti-ppo', organization: world.orgs.ppoA1 },
    })
    expect(again.status).toBe(400)
    expect(slugError(again.body)).toEqual([
      {
        path: 'slug',
        message:
          'У этой организации уже есть рубрика с адресом «novosti-ppo» — «Новости ППО». Выберите другой адрес.',
      },
    ])
    const gql = await api.graphql(
      `mutation { createCategory(data: { title: "Новости ППО", organization: ${world.orgs.ppoA1} }) { id } }`,
      tokens.ppoAdmin,
    )
    expect(JSON.stringify(gql.body.errors)).toMatch(/уже есть рубрика с адресом «novosti-ppo»/)
    const local = await expectRefused(async () =>
      payload.create({
        collection: 'categories',
        data: { title: 'Новости ППО', organization: world.orgs.ppoA1 } as never,
        user: await userDoc(ppoAdmin.id),
        overrideAccess: false,
      }),
    )
    expect(local).toEqual([expect.objectContaining({ path: 'slug' })])
    // Trusted calls too (the importer): the rule is the data's, not a right.
    await expectRefused(() => rubric('Новости ППО', world.orgs.ppoA1))
    expect(
      (
        await payload.count({
          collection: 'categories',
          where: { slug: { equals: 'novosti-ppo' } },
        })
      ).totalDocs,
    ).toBe(3)
  })

  it('a rubric keeps its own slug on save; renaming it onto a sibling’s slug is refused', async () => {
    const own = await rubric('Культура ППО', world.orgs.ppoA1)
    const other = await rubric('Спорт ППО А1', world.orgs.ppoA1)
    const same = await api.rest('PATCH', `/categories/${own}`, {
      token: tokens.ppoAdmin,
      body: { slug: 'kultura-ppo', description: 'Сохранение без смены адреса' },
    })
    expect(same.status).toBe(200)
    const onto = await api.rest('PATCH', `/categories/${other}`, {
      token: tokens.ppoAdmin,
      body: { slug: 'kultura-ppo' },
    })
    expect(onto.status).toBe(400)
    expect(slugError(onto.body)[0]).toMatchObject({ path: 'slug' })
    expect(await slugOf(other)).toBe('sport-ppo-a1')
  })

  it('shared rubrics: unique among themselves and against any org’s (one site lists both)', async () => {
    const token = await platformToken()
    const first = await api.rest('POST', '/categories', { token, body: { title: 'Экология' } })
    expect(first.status).toBe(201)
    const twice = await api.rest('POST', '/categories', { token, body: { title: 'Экология' } })
    expect(twice.status).toBe(400)
    expect(slugError(twice.body)[0]!.message).toBe(
      'Общая рубрика с адресом «ekologiya» уже есть — «Экология». Выберите другой адрес.',
    )
    const onOrgs = await api.rest('POST', '/categories', {
      token,
      body: { title: 'Новости ППО' },
    })
    expect(onOrgs.status).toBe(400)
    expect(slugError(onOrgs.body)[0]!.message).toMatch(
      /^Адрес «novosti-ppo» уже занят рубрикой «Новости ППО» организации «[^»]+»: общая рубрика совпала бы с ней на её сайте/,
    )
    const ownOnShared = await api.rest('POST', '/categories', {
      token: tokens.ppoAdmin,
      body: { title: 'Экология', organization: world.orgs.ppoA1 },
    })
    expect(ownOnShared.status).toBe(400)
    expect(slugError(ownOnShared.body)[0]!.message).toMatch(
      /^Адрес «ekologiya» занят общей рубрикой сети «Экология»/,
    )
    expect(
      (await payload.count({ collection: 'categories', where: { slug: { equals: 'ekologiya' } } }))
        .totalDocs,
    ).toBe(1)
  })

  it('each site lists its own «novosti-ppo» only, at its own address; an item from above comes without its rubric', async () => {
    const byOrg = async (org: number | string) =>
      (
        await payload.find({
          collection: 'categories',
          where: {
            and: [{ slug: { equals: 'novosti-ppo' } }, { organization: { equals: org } }],
          },
          depth: 0,
          limit: 1,
        })
      ).docs[0]!.id
    const publish = async (org: number | string, title: string) =>
      (
        await payload.create({
          collection: 'posts',
          data: {
            title,
            organization: org,
            category: await byOrg(org),
            _status: 'published',
          } as never,
          depth: 0,
        })
      ).id
    await payload.update({
      collection: 'categories',
      id: await byOrg(world.orgs.ppoB1),
      data: { title: 'Новости нашей ППО', slug: 'novosti-ppo' },
    })
    const fromA = await publish(world.orgs.ppoA1, 'ППО А1 о своём')
    const fromB = await publish(world.orgs.ppoB1, 'ППО Б1 о своём')
    const fromTer = await publish(world.orgs.terA, 'Терком А для всех ППО')
    const req = await createLocalReq({}, payload)
    const directory = await OrgDirectory.load(payload)
    const a = await buildSnapshot(req, directory, world.orgs.ppoA1)
    const b = await buildSnapshot(req, directory, world.orgs.ppoB1)
    const rubricsOf = (s: typeof a) => s.categories!.filter((c) => c.slug === 'novosti-ppo')
    expect(rubricsOf(a)).toEqual([expect.objectContaining({ title: 'Новости ППО' })])
    expect(rubricsOf(b)).toEqual([expect.objectContaining({ title: 'Новости нашей ППО' })])
    const item = (s: typeof a, id: number | string) => s.feed!.find((i) => i.id === String(id))
    expect(item(a, fromA)!.category).toEqual({ slug: 'novosti-ppo', title: 'Новости ППО' })
    expect(item(b, fromB)!.category).toEqual({ slug: 'novosti-ppo', title: 'Новости нашей ППО' })
    expect(item(a, fromB)).toBeUndefined()
    // The Терком's own «novosti-ppo» reaches ППО А1 without its rubric: no clash on that site.
    expect(item(a, fromTer)).toBeDefined()
    expect(item(a, fromTer)!.category).toBeUndefined()
    // /news/rubric/novosti-ppo/ lives under each site's own address.
    const siteOf = (s: typeof a) => `${s.site!.origin}${s.site!.basePath}`
    expect(siteOf(a)).not.toBe(siteOf(b))
  })
})
