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
import { createOwned } from '../helpers/files'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, type World } from '../helpers/world'
import { createLocalReq } from 'payload'
import { eventHelpers, inDays } from '../helpers/eventsSuite'

/**
 * Events reach the sites like posts: a federation event reaches every site, an own-site one its
 * host only, an ended one is announced to the sites without an edit, and a received event's
 * address on a site. The access attacks are in events.int.spec.ts.
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

const { event } = eventHelpers(() => ({ payload, world, api }))

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
