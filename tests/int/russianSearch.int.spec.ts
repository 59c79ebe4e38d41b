import { sql } from 'drizzle-orm'
import { createLocalReq, type Payload, type Where } from 'payload'
import { stringify } from 'qs-esm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rawSql } from '../../cms/db/rawSql'
import { backfillFoldedSearch } from '../../cms/db/dataMigrations/backfillFoldedSearch'
import { apiClient } from '../helpers/apiClient'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

let t: TestPayload
let payload: Payload
let world: World
let api: ReturnType<typeof apiClient>
let ppoToken: string
let unionBToken: string
const ids: Record<string, number | string> = {}

const TITLES = {
  signed: 'Коллективный договор подписан',
  loud: 'КОЛЛЕКТИВНЫЙ ДОГОВОР: ИТОГИ',
  other: 'О коллективном договоре',
  tree: 'Новогодняя ёлка для детей',
  treeLoud: 'ЁЛКА В ДОМЕ КУЛЬТУРЫ',
}

/** The admin list's own search: an `or` of `like` over listSearchableFields, as REST sends it. */
const listSearch = (text: string): Where => ({
  or: [{ title: { like: text } }, { lead: { like: text } }],
})
const restSearch = async (text: string, token: string, draft = false) => {
  const query = stringify(
    { where: listSearch(text), depth: 0, limit: 100, draft },
    { addQueryPrefix: true },
  )
  const res = await api.rest('GET', `/posts${query}`, { token })
  expect(res.status).toBe(200)
  return (res.body.docs as { id: number | string; title: string }[]).map((d) => d.title).sort()
}

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  api = apiClient(payload)
  for (const [key, title] of Object.entries(TITLES))
    ids[key] = (
      await payload.create({
        collection: 'posts',
        data: { title, organization: world.orgs.ppoA1, _status: 'published' } as never,
        depth: 0,
      })
    ).id
  ppoToken = await api.login(world.users.ppoEditor.email, PASSWORD)
  unionBToken = await api.login(world.users.unionBEditor.email, PASSWORD)
})
afterAll(async () => t?.close())

describe('search in Russian (issue 19): case and ё/е folded on every database', () => {
  it('finds the same items for «коллективный», «Коллективный» and «КОЛЛЕКТИВНЫЙ» (REST, as the list asks)', async () => {
    const lower = await restSearch('коллективный', ppoToken)
    expect(lower).toEqual([TITLES.loud, TITLES.signed].sort())
    expect(await restSearch('Коллективный', ppoToken)).toEqual(lower)
    expect(await restSearch('КОЛЛЕКТИВНЫЙ', ppoToken)).toEqual(lower)
  })

  it('reads ё as е both in the text and in the query', async () => {
    const found = await restSearch('елка', ppoToken)
    expect(found).toEqual([TITLES.tree, TITLES.treeLoud].sort())
    expect(await restSearch('ЁЛКА', ppoToken)).toEqual(found)
  })

  it('searches the drafts the admin list shows (draft=true reads the latest versions)', async () => {
    const draft = await payload.create({
      collection: 'posts',
      data: { title: 'ЧЕРНОВИК О Зарплате', organization: world.orgs.ppoA1 } as never,
      draft: true,
      depth: 0,
    })
    expect(await restSearch('зарплате', ppoToken, true)).toEqual(['ЧЕРНОВИК О Зарплате'])
    await payload.delete({ collection: 'posts', id: draft.id })
  })

  it('GraphQL and the Local API fold the same way', async () => {
    const gql = await api.graphql(
      `{ Posts(where: { title: { like: "КОЛЛЕКТИВНЫЙ" } }, limit: 50) { docs { title } } }`,
      ppoToken,
    )
    expect(gql.status).toBe(200)
    const titles = (gql.body.data.Posts.docs as { title: string }[]).map((d) => d.title).sort()
    expect(titles).toEqual([TITLES.loud, TITLES.signed].sort())
    const local = await payload.find({
      collection: 'posts',
      where: { title: { contains: 'ДОГОВОР' } },
      select: { title: true },
      depth: 0,
      limit: 50,
    })
    expect(local.docs.map((d) => d.title).sort()).toEqual(
      [TITLES.loud, TITLES.signed, TITLES.other].sort(),
    )
  })

  it('never reaches past the caller’s access: another union’s editor finds published items only', async () => {
    // Published news is public (it is on the sites); a draft is not, and no search finds it.
    const draft = await payload.create({
      collection: 'posts',
      data: { title: 'Коллективный черновик', organization: world.orgs.ppoA1 } as never,
      draft: true,
      depth: 0,
    })
    const published = [TITLES.loud, TITLES.signed].sort()
    expect(await restSearch('КОЛЛЕКТИВНЫЙ', unionBToken, true)).toEqual(published)
    expect(await restSearch('коллективный', ppoToken, true)).toEqual(
      [...published, 'Коллективный черновик'].sort(),
    )
    const gql = await api.graphql(
      `{ Posts(draft: true, where: { titleFolded: { like: "черновик" } }, limit: 50) { docs { title } } }`,
      unionBToken,
    )
    expect(JSON.stringify(gql.body)).not.toContain('черновик')
    const user = await payload.findByID({ collection: 'users', id: world.users.unionBEditor.id })
    const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
    const local = await payload.find({
      collection: 'posts',
      where: { title: { like: 'ЧЕРНОВИК' } },
      draft: true,
      overrideAccess: false,
      req,
      depth: 0,
      limit: 50,
    })
    expect(local.docs).toEqual([])
    await payload.delete({ collection: 'posts', id: draft.id })
  })

  it('keeps the folded copy true to the saved text whatever a caller sends, and out of answers', async () => {
    const res = await api.rest('PATCH', `/posts/${ids.other}`, {
      token: ppoToken,
      body: { lead: 'Переговоры продолжаются', titleFolded: 'подмена' },
    })
    expect(res.status).toBe(200)
    expect(res.body.doc).not.toHaveProperty('titleFolded')
    expect(await restSearch('подмена', ppoToken)).toEqual([])
    // The title was not sent: its copy still follows it; the lead's copy follows the new lead.
    expect(await restSearch('КОЛЛЕКТИВНОМ', ppoToken)).toEqual([TITLES.other])
    expect(await restSearch('ПЕРЕГОВОРЫ', ppoToken)).toEqual([TITLES.other])
    await api.rest('PATCH', `/posts/${ids.other}`, {
      token: ppoToken,
      body: { title: 'Об отраслевом соглашении' },
    })
    expect(await restSearch('коллективном', ppoToken)).toEqual([])
    expect(await restSearch('ОТРАСЛЕВОМ', ppoToken)).toEqual(['Об отраслевом соглашении'])
  })

  it('answers hostile search text with no match or a Russian 400, never a 500', async () => {
    for (const text of ['%', '_', "'; DROP TABLE posts; --", 'Ё'.repeat(5000), 'а\u0000б']) {
      const query = stringify(
        { where: listSearch(text), depth: 0, limit: 5 },
        { addQueryPrefix: true },
      )
      const res = await api.rest('GET', `/posts${query}`, { token: ppoToken })
      if (text.includes('\u0000')) {
        // PostgreSQL refuses NUL in a parameter: refused before the query, on every database.
        expect(res.status).toBe(400)
        expect(JSON.stringify(res.body)).toContain('нулевой символ')
      } else expect(res.status, text.slice(0, 20)).toBe(200)
    }
  })

  it('searches organizations, users and the other lists an editor uses the same way', async () => {
    const orgs = await payload.find({
      collection: 'organizations',
      where: { name: { like: 'ппо а1' } },
      select: { name: true },
      depth: 0,
      limit: 5,
    })
    expect(orgs.docs.map((d) => d.name)).toEqual(['ППО А1'])
    const config = payload.collections.posts.config.admin
    expect(config.listSearchableFields).toEqual(expect.arrayContaining(['title', 'lead']))
    expect(payload.collections.documents.config.admin.listSearchableFields).toContain('title')
  })

  it('fills the copies of texts saved before they existed (the data migration)', async () => {
    const req = await createLocalReq({}, payload)
    const db = (await rawSql(req))!
    await db.run(sql`UPDATE posts SET title_folded = NULL, lead_folded = NULL`)
    await db.run(sql`UPDATE _posts_v SET version_title_folded = NULL`)
    expect(await restSearch('коллективный', ppoToken)).toEqual([])
    expect(await backfillFoldedSearch(payload, req)).toBeGreaterThan(0)
    expect(await restSearch('КОЛЛЕКТИВНЫЙ', ppoToken)).toEqual([TITLES.loud, TITLES.signed].sort())
    expect(await restSearch('коллективный', ppoToken, true)).toEqual(
      [TITLES.loud, TITLES.signed].sort(),
    )
  })
})
