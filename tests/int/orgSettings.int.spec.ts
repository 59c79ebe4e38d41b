import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient } from '../helpers/apiClient'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

/**
 * The organization form's settings (issue 19): addresses pasted without https:// are completed,
 * not refused; what is not a web address is still refused in Russian; the queries the save
 * confirmation makes (names, the subtree's size) answer an org's admin and tell nobody else
 * more than the org list already does.
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

const token = (key: keyof World['users']) => api.login(world.users[key].email, PASSWORD)

describe('web addresses on the organization form', () => {
  it('completes a map link and social links pasted without their scheme', async () => {
    const res = await api.rest('PATCH', `/organizations/${world.orgs.terA}`, {
      token: await token('terAdmin'),
      body: {
        contacts: { mapUrl: 'yandex.ru/maps/-/CDxZ4' },
        social: { vk: ' vk.com/profkom-ter-a ', telegram: 't.me/profkom_ter_a' },
      },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.doc.contacts.mapUrl).toBe('https://yandex.ru/maps/-/CDxZ4')
    expect(res.body.doc.social.vk).toBe('https://vk.com/profkom-ter-a')
    expect(res.body.doc.social.telegram).toBe('https://t.me/profkom_ter_a')
  })

  it('still refuses what is not a web address, in Russian, and keeps the stored value', async () => {
    for (const mapUrl of ['javascript:alert(1)', 'на карте у метро', 'data:text/html,<b>x</b>']) {
      const res = await api.rest('PATCH', `/organizations/${world.orgs.terA}`, {
        token: await token('terAdmin'),
        body: { contacts: { mapUrl } },
      })
      expect(res.status, mapUrl).toBe(400)
      expect(JSON.stringify(res.body)).toMatch(/Введите полный адрес страницы/)
    }
    const vk = await api.rest('PATCH', `/organizations/${world.orgs.terA}`, {
      token: await token('terAdmin'),
      body: { social: { vk: 'evil.example/profkom' } },
    })
    expect(vk.status).toBe(400)
    expect(JSON.stringify(vk.body)).toMatch(/Это не ссылка на/)
    const stored = await payload.findByID({
      collection: 'organizations',
      id: world.orgs.terA,
      depth: 0,
    })
    expect(stored.contacts?.mapUrl).toBe('https://yandex.ru/maps/-/CDxZ4')
    expect(stored.social?.vk).toBe('https://vk.com/profkom-ter-a')
  })

  it('an editor cannot change the settings through REST or GraphQL, with or without a scheme', async () => {
    const rest = await api.rest('PATCH', `/organizations/${world.orgs.ppoA1}`, {
      token: await token('ppoEditor'),
      body: { contacts: { mapUrl: 'yandex.ru/maps/-/evil' } },
    })
    expect(rest.status).toBe(403)
    const gql = await api.graphql(
      `mutation { updateOrganization(id: ${world.orgs.ppoA1}, data: { contacts: { mapUrl: "yandex.ru/maps/-/evil" } }) { id } }`,
      await token('ppoEditor'),
    )
    expect(JSON.stringify(gql.body)).toMatch(/errors/)
    const stored = await payload.findByID({
      collection: 'organizations',
      id: world.orgs.ppoA1,
      depth: 0,
    })
    expect(stored.contacts?.mapUrl ?? null).toBeNull()
  })
})

describe('what the save confirmation asks the server', () => {
  it('the subtree size below an org, for its admin', async () => {
    const below = await api.rest(
      'GET',
      `/organizations?where[ancestors][in]=${world.orgs.terA}&depth=0&limit=1&select[name]=true`,
      { token: await token('terAdmin') },
    )
    expect(below.status).toBe(200)
    expect(below.body.totalDocs).toBe(2)
  })

  it('an anonymous caller cannot probe the tree by the internal lineage', async () => {
    const res = await api.rest(
      'GET',
      `/organizations?where[ancestors][in]=${world.orgs.terA}&depth=0&limit=1`,
    )
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
  })
})
