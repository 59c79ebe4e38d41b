import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CollectionSlug, Payload } from 'payload'
import { apiClient } from '../helpers/apiClient'
import { expectRefused } from '../helpers/expectRefused'
import { createOwned } from '../helpers/files'
import { twoEditorsOf, type Editor } from '../helpers/lostUpdateEditors'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

/**
 * No silent lost update: Анна and Борис, editors of one ППО, open the same document; Анна
 * saves; Борис saves what he opened. Борис's save is refused (409, in Russian, naming Анна),
 * Анна's change stays, and after reloading Борис saves normally.
 */

let t: TestPayload
let payload: Payload
let world: World
let anna: Editor
let boris: Editor
let api: ReturnType<typeof apiClient>

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  ;({ anna, boris } = await twoEditorsOf(payload, world))
  api = apiClient(payload)
}, 120_000)

afterAll(async () => {
  await t?.close()
})

const CONFLICT =
  /^Документ изменён другим пользователем после того, как вы его открыли: его сохранил\(а\) Анна Смирнова \d\d\.\d\d\.\d{4} в \d\d:\d\d:\d\d \(МСК\)\. .*Обновите страницу и внесите правки заново\.$/

type Content = Extract<CollectionSlug, 'posts' | 'pages' | 'documents'>
const drafts = (collection: Content) => collection !== 'documents'

let serial = 0

/** A document of ppoA1, as a trusted script creates it; posts and pages published. */
async function createDoc(collection: Content): Promise<{ id: string | number }> {
  if (collection === 'documents') return createOwned(payload, collection, world.orgs.ppoA1)
  serial += 1
  return payload.create({
    collection,
    data: {
      title: `Материал ${serial}`,
      organization: world.orgs.ppoA1,
      _status: 'published',
    } as never,
    depth: 0,
  })
}

async function titleOf(collection: Content, id: string | number): Promise<string> {
  const doc = await payload.findByID({ collection, id, draft: true, depth: 0 })
  return (doc as { title: string }).title
}

describe.each<Content>(['posts', 'pages', 'documents'])('%s', (collection) => {
  const query = drafts(collection) ? '?draft=true' : ''

  it('REST: the second of two editors is refused with 409 in Russian, the first keeps their change', async () => {
    const { id } = await createDoc(collection)
    const tokenA = await api.login(anna.email, PASSWORD)
    const tokenB = await api.login(boris.email, PASSWORD)
    const openedByA = await api.rest('GET', `/${collection}/${id}${query}`, { token: tokenA })
    const openedByB = await api.rest('GET', `/${collection}/${id}${query}`, { token: tokenB })
    expect(openedByA.status).toBe(200)
    expect(openedByB.body.updatedAt).toBe(openedByA.body.updatedAt)

    const savedByA = await api.rest('PATCH', `/${collection}/${id}${query}`, {
      token: tokenA,
      body: { title: 'Правка Анны', updatedAt: openedByA.body.updatedAt },
    })
    expect(savedByA.status).toBe(200)

    const savedByB = await api.rest('PATCH', `/${collection}/${id}${query}`, {
      token: tokenB,
      body: { title: 'Правка Бориса', updatedAt: openedByB.body.updatedAt },
    })
    expect(savedByB.status).toBe(409)
    expect(savedByB.body.errors[0].message).toMatch(CONFLICT)
    expect(await titleOf(collection, id)).toBe('Правка Анны')

    // Борис reloads and saves again: now he has seen Анна's change.
    const reopened = await api.rest('GET', `/${collection}/${id}${query}`, { token: tokenB })
    expect(reopened.body.title).toBe('Правка Анны')
    const savedAgain = await api.rest('PATCH', `/${collection}/${id}${query}`, {
      token: tokenB,
      body: { title: 'Правка Бориса', updatedAt: reopened.body.updatedAt },
    })
    expect(savedAgain.status).toBe(200)
    expect(await titleOf(collection, id)).toBe('Правка Бориса')
  })

  it('Local API: the same refusal, nothing changed', async () => {
    const { id } = await createDoc(collection)
    const open = async (user: Editor) =>
      payload.findByID({
        collection,
        id,
        draft: true,
        depth: 0,
        overrideAccess: false,
        user: await userDoc(user),
      })
    const openedByA = await open(anna)
    const openedByB = await open(boris)
    await payload.update({
      collection,
      id,
      data: { title: 'Правка Анны', updatedAt: openedByA.updatedAt } as never,
      draft: drafts(collection),
      overrideAccess: false,
      user: await userDoc(anna),
    })
    let status: number | undefined
    const errors = await expectRefused(async () => {
      try {
        await payload.update({
          collection,
          id,
          data: { title: 'Правка Бориса', updatedAt: openedByB.updatedAt } as never,
          draft: drafts(collection),
          overrideAccess: false,
          user: await userDoc(boris),
        })
      } catch (error) {
        status = (error as { status?: number }).status
        throw error
      }
    })
    expect(status).toBe(409)
    expect(errors[0]?.message).toMatch(CONFLICT)
    expect(await titleOf(collection, id)).toBe('Правка Анны')

    const reopened = await open(boris)
    await payload.update({
      collection,
      id,
      data: { title: 'Правка Бориса', updatedAt: reopened.updatedAt } as never,
      draft: drafts(collection),
      overrideAccess: false,
      user: await userDoc(boris),
    })
    expect(await titleOf(collection, id)).toBe('Правка Бориса')
  })
})

async function userDoc(editor: Editor) {
  return payload.findByID({ collection: 'users', id: editor.id, depth: 0 })
}

describe('the version token', () => {
  it('GraphQL carries it in the update input like REST', async () => {
    const id = world.posts['ppoA1:published']!
    const token = await api.login(anna.email, PASSWORD)
    const tokenB = await api.login(boris.email, PASSWORD)
    const opened = await api.rest('GET', `/posts/${id}?draft=true`, { token: tokenB })
    const savedByA = await api.rest('PATCH', `/posts/${id}?draft=true`, {
      token,
      body: { title: 'Правка Анны', updatedAt: opened.body.updatedAt },
    })
    expect(savedByA.status).toBe(200)
    const mutation = (title: string, version: string) =>
      `mutation { updatePost(id: ${id}, draft: true, data: { title: "${title}", updatedAt: "${version}", reach: { scope: subtree } }) { title updatedAt } }`
    const stale = await api.graphql(mutation('Правка Бориса', opened.body.updatedAt), tokenB)
    expect(stale.body.errors?.[0]?.message).toMatch(CONFLICT)
    expect(await titleOf('posts', id)).toBe('Правка Анны')

    const reopened = await api.rest('GET', `/posts/${id}?draft=true`, { token: tokenB })
    const fresh = await api.graphql(mutation('Правка Бориса', reopened.body.updatedAt), tokenB)
    expect(fresh.body.errors).toBeUndefined()
    expect(await titleOf('posts', id)).toBe('Правка Бориса')
  })

  it('an editor saving twice in a row with the version each save returns is never refused (drafts, then publish)', async () => {
    const { id } = await createDoc('posts')
    const token = await api.login(anna.email, PASSWORD)
    let version = (await api.rest('GET', `/posts/${id}?draft=true`, { token })).body.updatedAt
    for (const [title, draft] of [
      ['Первая правка', true],
      ['Вторая правка', true],
      ['Опубликовано', false],
      ['Черновик после публикации', true],
    ] as const) {
      const res = await api.rest('PATCH', `/posts/${id}?draft=${draft}`, {
        token,
        body: { title, updatedAt: version, ...(draft ? {} : { _status: 'published' }) },
      })
      expect(res.status, title).toBe(200)
      version = res.body.doc.updatedAt
    }
    expect(await titleOf('posts', id)).toBe('Черновик после публикации')
  })

  it('an own save from another tab is named as such', async () => {
    const { id } = await createDoc('pages')
    const token = await api.login(anna.email, PASSWORD)
    const opened = await api.rest('GET', `/pages/${id}?draft=true`, { token })
    const body = (title: string) => ({ title, updatedAt: opened.body.updatedAt })
    expect(
      (await api.rest('PATCH', `/pages/${id}`, { token, body: body('Вкладка 1') })).status,
    ).toBe(200)
    const second = await api.rest('PATCH', `/pages/${id}`, { token, body: body('Вкладка 2') })
    expect(second.status).toBe(409)
    expect(second.body.errors[0].message).toMatch(
      /^Документ изменён после того, как вы его открыли: его сохранили вы сами — в другой вкладке или окне .*Обновите страницу/,
    )
  })

  it('a save without a version keeps last-write-wins; a version that is not a date is a Russian 400', async () => {
    const { id } = await createDoc('pages')
    const token = await api.login(boris.email, PASSWORD)
    const blind = await api.rest('PATCH', `/pages/${id}`, { token, body: { title: 'Без версии' } })
    expect(blind.status).toBe(200)
    const bad = await api.rest('PATCH', `/pages/${id}`, {
      token,
      body: { title: 'Плохая версия', updatedAt: 'вчера' },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toMatch(/^Поле updatedAt должно содержать/)
    expect(await titleOf('pages', id)).toBe('Без версии')
  })

  it('who saved last is recorded by the server only, and hidden from the public', async () => {
    const { id } = await createDoc('posts')
    const token = await api.login(boris.email, PASSWORD)
    const forged = await api.rest('PATCH', `/posts/${id}`, {
      token,
      body: { title: 'Подпись Анны?', lastEditedBy: anna.id },
    })
    expect(forged.status).toBe(200)
    const stored = await payload.findByID({ collection: 'posts', id, depth: 0 })
    expect(stored.lastEditedBy).toBe(boris.id)
    const anonymous = await api.rest('GET', `/posts/${id}?depth=0`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body).not.toHaveProperty('lastEditedBy')
  })

  it('organizations: two admins saving the same organization', async () => {
    const token = await api.login('platform@test.local', PASSWORD)
    const tokenB = await api.login('teradmin@test.local', PASSWORD)
    const path = `/organizations/${world.orgs.ppoA2}`
    const opened = await api.rest('GET', path, { token: tokenB })
    const first = await api.rest('PATCH', path, {
      token,
      body: { shortName: 'А2', updatedAt: opened.body.updatedAt },
    })
    expect(first.status).toBe(200)
    const second = await api.rest('PATCH', path, {
      token: tokenB,
      body: { shortName: 'ППО-А2', updatedAt: opened.body.updatedAt },
    })
    expect(second.status).toBe(409)
    expect(second.body.errors[0].message).toMatch(/его сохранил\(а\) platform /)
    const org = await payload.findByID({ collection: 'organizations', id: world.orgs.ppoA2 })
    expect(org.shortName).toBe('А2')
  })
})
