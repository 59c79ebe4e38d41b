import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient } from '../helpers/apiClient'
import { expectRefused } from '../helpers/expectRefused'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, type World } from '../helpers/world'
import { eventHelpers, inDays } from '../helpers/eventsSuite'

/**
 * Events (анонсы) are content like posts: scoped editors, drafts, checked dates and links, and
 * they follow their organization. The attacks go through REST, GraphQL and the Local API with
 * overrideAccess: false. Publishing is in eventsPublishing.int.spec.ts.
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

const { event, count, tokenOf } = eventHelpers(() => ({ payload, world, api }))

describe('events: another organization’s editor is refused everywhere', () => {
  it('cannot create an event for another org (REST, GraphQL, Local API)', async () => {
    const before = await count()
    const token = await tokenOf('unionBEditor')
    const body = {
      title: 'Чужое',
      startsAt: inDays(3),
      organization: world.orgs.ppoA1,
      _status: 'published',
    }
    const rest = await api.rest('POST', '/events', { token, body })
    expect(rest.status).toBe(400)
    expect(JSON.stringify(rest.body)).toMatch(/нет прав публиковать/)
    const gql = await api.graphql(
      `mutation { createEvent(data: { title: "Чужое", startsAt: "${inDays(3)}", organization: ${world.orgs.ppoA1}, _status: published }) { id } }`,
      token,
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    const user = await payload.findByID({ collection: 'users', id: world.users.unionBEditor.id })
    await expectRefused(() =>
      payload.create({ collection: 'events', data: body as never, overrideAccess: false, user }),
    )
    expect(await count()).toBe(before)
  })

  it('cannot update or delete an event of another org (REST, GraphQL, Local API)', async () => {
    const id = await event('ppoA1', 'published')
    const token = await tokenOf('unionBEditor')
    const patch = await api.rest('PATCH', `/events/${id}`, { token, body: { title: 'Взлом' } })
    expect(patch.status).toBeGreaterThanOrEqual(400)
    expect(patch.status).toBeLessThan(500)
    const gql = await api.graphql(
      `mutation { updateEvent(id: ${id}, data: { title: "Взлом" }) { id } }`,
      token,
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    const user = await payload.findByID({ collection: 'users', id: world.users.unionBEditor.id })
    await expectRefused(() =>
      payload.update({
        collection: 'events',
        id,
        data: { title: 'Взлом' },
        overrideAccess: false,
        user,
      }),
    )
    const del = await api.rest('DELETE', `/events/${id}`, { token })
    expect(del.status).toBeGreaterThanOrEqual(400)
    expect((await payload.findByID({ collection: 'events', id })).title).not.toBe('Взлом')
  })

  it('drafts are read by their org’s editors only; anonymous readers see published events only', async () => {
    const draft = await event('ppoA1', 'draft')
    const published = await event('ppoA1', 'published')
    const other = await tokenOf('unionBEditor')
    const own = await tokenOf('ppoEditor')
    for (const token of [undefined, other]) {
      const one = await api.rest('GET', `/events/${draft}?draft=true`, { token })
      expect(one.status).toBe(404)
      const list = await api.rest('GET', '/events?draft=true&limit=100', { token })
      const ids = list.body.docs.map((d: { id: unknown }) => d.id)
      expect(ids).toContain(published)
      expect(ids).not.toContain(draft)
      const gql = await api.graphql(
        `{ Events(draft: true, limit: 100) { docs { id _status } } }`,
        token,
      )
      const statuses = gql.body.data.Events.docs.map((d: { _status: string }) => d._status)
      expect(statuses.length).toBeGreaterThan(0)
      expect(statuses).not.toContain('draft')
      const versions = await api.rest('GET', `/events/versions?where[parent][equals]=${draft}`, {
        token,
      })
      expect(versions.body?.docs ?? []).toEqual([])
    }
    const user = await payload.findByID({ collection: 'users', id: world.users.unionBEditor.id })
    const local = await payload.find({
      collection: 'events',
      draft: true,
      overrideAccess: false,
      user,
      limit: 100,
    })
    expect(local.docs.map((d) => d.id)).not.toContain(draft)
    expect((await api.rest('GET', `/events/${draft}?draft=true`, { token: own })).status).toBe(200)
  })
})

describe('events: dates and links are checked, in Russian, nothing saved', () => {
  it('an end before the start is refused with 400, drafts too', async () => {
    const before = await count()
    const token = await tokenOf('ppoEditor')
    for (const status of ['published', 'draft']) {
      const res = await api.rest('POST', `/events${status === 'draft' ? '?draft=true' : ''}`, {
        token,
        body: {
          title: 'Наоборот',
          startsAt: inDays(5),
          endsAt: inDays(4),
          organization: world.orgs.ppoA1,
          _status: status,
        },
      })
      expect(res.status).toBe(400)
      expect(JSON.stringify(res.body)).toMatch(/не может закончиться раньше/)
    }
    expect(await count()).toBe(before)
  })

  it('online and registration links must be https', async () => {
    const token = await tokenOf('ppoEditor')
    for (const field of ['onlineUrl', 'registrationUrl']) {
      const res = await api.rest('POST', '/events', {
        token,
        body: {
          title: 'Ссылка',
          startsAt: inDays(5),
          [field]: 'http://example.ru/x',
          organization: world.orgs.ppoA1,
          _status: 'published',
        },
      })
      expect(res.status).toBe(400)
      expect(JSON.stringify(res.body)).toMatch(/https:\/\//)
    }
  })
})

describe('events follow their organization when it moves or goes', () => {
  it('after a move, the old subtree’s admin loses the org’s events and the new one gains them', async () => {
    // A ППО of terA (terAdmin's subtree) moves under terB (unionBEditor's subtree).
    const ppo = (
      await payload.create({
        collection: 'organizations',
        data: {
          name: 'ППО переезжающая',
          slug: 'ppo-move',
          kind: 'primary_org',
          parent: world.orgs.terA,
        } as never,
        depth: 0,
      })
    ).id
    const id = (
      await payload.create({
        collection: 'events',
        data: {
          title: 'Собрание до переезда',
          startsAt: inDays(5),
          organization: ppo,
          _status: 'published',
        } as never,
        depth: 0,
      })
    ).id
    await payload.update({
      collection: 'organizations',
      id: ppo,
      data: { parent: world.orgs.terB } as never,
    })
    await payload.jobs.run({ limit: 10 })
    const oldAdmin = await tokenOf('terAdmin')
    const stale = await api.rest('PATCH', `/events/${id}`, {
      token: oldAdmin,
      body: { title: 'Старый админ' },
    })
    expect(stale.status).toBeGreaterThanOrEqual(400)
    expect(stale.status).toBeLessThan(500)
    const newEditor = await tokenOf('unionBEditor')
    const fresh = await api.rest('PATCH', `/events/${id}`, {
      token: newEditor,
      body: { title: 'Новый редактор' },
    })
    expect(fresh.status).toBe(200)
  })

  it('an organization with events cannot be deleted: they would be orphaned', async () => {
    const ppo = (
      await payload.create({
        collection: 'organizations',
        data: {
          name: 'ППО с анонсом',
          slug: 'ppo-with-event',
          kind: 'primary_org',
          parent: world.orgs.terB,
        } as never,
        depth: 0,
      })
    ).id
    await payload.create({
      collection: 'events',
      data: {
        title: 'Последнее собрание',
        startsAt: inDays(5),
        organization: ppo,
        _status: 'published',
      } as never,
      depth: 0,
    })
    const refused = await expectRefused(() =>
      payload.delete({ collection: 'organizations', id: ppo }),
    )
    expect(refused[0]!.message).toMatch(/мероприятий/)
    expect(
      (await payload.count({ collection: 'events', where: { organization: { equals: ppo } } }))
        .totalDocs,
    ).toBe(1)
  })
})
