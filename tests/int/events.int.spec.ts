import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { decodeChange } from '../../cms/publishing/queue/changeRows'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import { hostMarks } from '../../cms/publishing/siteHosts'
import { expandChanges } from '../../publishing/expand/expandChanges'
import { ENDED_CHECK_MS, recordEndedEvents } from '../../publishing/expand/recordEndedEvents'
import { expandRecordedChanges } from '../../publishing/expand/expandRecordedChanges'
import { openQueue } from '../../cms/publishing/queue/openQueue'
import { buildSnapshot } from '../../publishing/snapshot/buildSnapshot'
import { snapshotSchema } from '../../domain/contract/snapshot'
import { apiClient } from '../helpers/apiClient'
import { expectRefused } from '../helpers/expectRefused'
import { createOwned } from '../helpers/files'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'
import { createLocalReq } from 'payload'

/**
 * Events (анонсы) are content like posts: scoped editors, drafts, reach. The attacks go through
 * REST, GraphQL and the Local API with overrideAccess: false; then a federation event reaches
 * every site and an ended one is announced to the sites without an edit.
 */
let t: TestPayload
let payload: Payload
let world: World
let api: ReturnType<typeof apiClient>

const HOUR = 60 * 60 * 1000
const inDays = (days: number) => new Date(Date.now() + days * 24 * HOUR).toISOString()

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  api = apiClient(payload)
})
afterAll(async () => t?.close())

let n = 0
async function event(org: keyof World['orgs'], status: 'published' | 'draft', extra = {}) {
  const doc = await payload.create({
    collection: 'events',
    data: {
      title: `Собрание ${++n}`,
      startsAt: inDays(10),
      endsAt: new Date(Date.parse(inDays(10)) + 2 * HOUR).toISOString(),
      organization: world.orgs[org],
      _status: status,
      ...extra,
    } as never,
    draft: status === 'draft',
    depth: 0,
  })
  return doc.id
}
const count = async (where = {}) =>
  (await payload.count({ collection: 'events', where, overrideAccess: true })).totalDocs
const tokenOf = (user: keyof World['users']) => api.login(world.users[user].email, PASSWORD)

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

describe('events reach the sites like posts', () => {
  beforeEach(async () => {
    await payload.delete({
      collection: 'publish-changes',
      where: { id: { exists: true } },
      overrideAccess: true,
    })
  })

  it('publishing a federation event marks every reached host; a ППО’s snapshot shows it', async () => {
    const id = await event('fed', 'published', { reach: { scope: 'subtree' }, place: 'Москва' })
    const { docs } = await payload.find({
      collection: 'publish-changes',
      overrideAccess: true,
      limit: 10,
    })
    expect(docs).toHaveLength(1)
    const directory = await OrgDirectory.load(payload)
    const { marks } = await expandChanges(
      payload,
      docs.map((d) => decodeChange(d as never)),
    )
    const every = hostMarks(directory, [...directory.orgs.keys()]).map((m) => m.host)
    expect(marks.map((m) => m.host).sort()).toEqual([...new Set(every)].sort())
    const req = await createLocalReq({}, payload)
    const snapshot = snapshotSchema.parse(await buildSnapshot(req, directory, world.orgs.ppoB1))
    const shown = snapshot.events.find((e) => e.id === String(id))
    expect(shown).toMatchObject({
      ended: false,
      place: 'Москва',
      provenance: { isOwn: false, orgName: 'Федерация' },
    })
    expect(shown!.provenance.canonicalUrl).toMatch(/^http:\/\/fed\.localhost.*\/events\//)
  })

  it('an own-site event of a ППО marks its host only and is not on its sibling’s snapshot', async () => {
    const id = await event('ppoA1', 'published', { reach: { scope: 'own' } })
    const { docs } = await payload.find({
      collection: 'publish-changes',
      overrideAccess: true,
      limit: 10,
    })
    const directory = await OrgDirectory.load(payload)
    const { marks } = await expandChanges(
      payload,
      docs.map((d) => decodeChange(d as never)),
    )
    expect(marks.map((m) => m.host)).toEqual([directory.address(world.orgs.ppoA1).host])
    const req = await createLocalReq({}, payload)
    const sibling = await buildSnapshot(req, directory, world.orgs.ppoB1)
    expect((sibling.events ?? []).map((e) => e.id)).not.toContain(String(id))
  })

  it('an ended event is announced once, without any edit, and moves to the past', async () => {
    const start = new Date(Date.now() + 500).toISOString()
    const id = await event('unionA', 'published', {
      startsAt: start,
      endsAt: new Date(Date.parse(start) + 500).toISOString(),
    })
    await payload.delete({
      collection: 'publish-changes',
      where: { id: { exists: true } },
      overrideAccess: true,
    })
    expect(await recordEndedEvents(payload, new Date())).toBe(0)
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(await recordEndedEvents(payload)).toBe(1)
    expect(await recordEndedEvents(payload)).toBe(0)
    const { docs } = await payload.find({
      collection: 'publish-changes',
      overrideAccess: true,
      limit: 10,
    })
    expect(docs).toHaveLength(1)
    const change = decodeChange(docs[0] as never).change
    expect(change).toMatchObject({ kind: 'post', org: String(world.orgs.unionA) })
    const directory = await OrgDirectory.load(payload)
    const req = await createLocalReq({}, payload)
    const below = await buildSnapshot(req, directory, world.orgs.ppoA1)
    expect(below.events?.find((e) => e.id === String(id))?.ended).toBe(true)
    // Edited again with a later end: the flag is cleared, the next end is announced again.
    await payload.update({
      collection: 'events',
      id,
      data: { endsAt: inDays(1) } as never,
      depth: 0,
    })
    const stored = await payload.findByID({ collection: 'events', id, showHiddenFields: true })
    expect(stored.endRecorded).toBe(false)
  })

  it('the worker’s expand stage records an ended event by itself and marks its sites', async () => {
    const start = new Date(Date.now() + 500).toISOString()
    await event('terA', 'published', {
      title: 'Закончилось само',
      startsAt: start,
      endsAt: new Date(Date.parse(start) + 500).toISOString(),
    })
    await payload.delete({
      collection: 'publish-changes',
      where: { id: { exists: true } },
      overrideAccess: true,
    })
    await payload.delete({
      collection: 'site-builds',
      where: { id: { exists: true } },
      overrideAccess: true,
    })
    const orgs = {
      load: () => OrgDirectory.load(payload),
      reload: () => OrgDirectory.load(payload),
    }
    // The check runs at most once a minute per process, and other files in this process may
    // have run it just now: the clock is moved past both the event's end and that minute.
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      vi.setSystemTime(Date.now() + ENDED_CHECK_MS + 5_000)
      expect(await expandRecordedChanges(payload, openQueue(payload), orgs)).toBe(1)
    } finally {
      vi.useRealTimers()
    }
    const directory = await OrgDirectory.load(payload)
    const { docs } = await payload.find({
      collection: 'site-builds',
      overrideAccess: true,
      limit: 100,
    })
    const hosts = docs.map((d) => d.host)
    for (const org of [world.orgs.terA, world.orgs.ppoA1, world.orgs.ppoA2])
      expect(hosts).toContain(directory.address(org).host)
    expect(hosts).not.toContain(directory.address(world.orgs.ppoB1).host)
  })

  it('an image edited: the sites of a published event with it as cover are rebuilt', async () => {
    const media = await createOwned(payload, 'media', world.orgs.unionB)
    await event('unionB', 'published', { cover: media.id, reach: { scope: 'subtree' } })
    const directory = await OrgDirectory.load(payload)
    const change = { kind: 'media' as const, org: world.orgs.unionB, media: media.id }
    const { marks } = await expandChanges(payload, [{ id: 0, change, reason: 'test' }])
    const hosts = marks.map((m) => m.host)
    for (const org of [world.orgs.unionB, world.orgs.terB, world.orgs.ppoB1])
      expect(hosts).toContain(directory.address(org).host)
  })
})

describe('event addresses on a site', () => {
  it('an own event keeps its slug; a received one with the same slug gets its origin as suffix', async () => {
    // The federation's event comes sooner, so it is listed first; the own one still keeps its slug.
    const fed = await event('fed', 'published', { slug: 'obshchee-sobranie', startsAt: inDays(2) })
    const own = await event('ppoA1', 'published', {
      slug: 'obshchee-sobranie',
      reach: { scope: 'own' },
      startsAt: inDays(4),
    })
    const directory = await OrgDirectory.load(payload)
    const req = await createLocalReq({}, payload)
    const snapshot = snapshotSchema.parse(await buildSnapshot(req, directory, world.orgs.ppoA1))
    const slugOf = (id: unknown) => snapshot.events.find((e) => e.id === String(id))?.slug
    expect(slugOf(own)).toBe('obshchee-sobranie')
    expect(slugOf(fed)).toBe('obshchee-sobranie-fed')
    expect(snapshot.events.find((e) => e.id === String(fed))?.provenance.canonicalUrl).toMatch(
      /\/events\/obshchee-sobranie\/$/,
    )
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
