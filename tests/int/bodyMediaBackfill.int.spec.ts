import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backfillBodyMedia } from '../../cms/db/dataMigrations/backfillBodyMedia'
import { DATA_MIGRATIONS } from '../../cms/db/dataMigrations'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import { createOwned } from '../helpers/files'
import { doc, para, text, upload } from '../helpers/lexicalNodes'
import { hostsMarkedFor } from '../helpers/publishing/hostsMarkedFor'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, type World } from '../helpers/world'

/**
 * Texts saved before `bodyMedia` existed have it empty: an edit of an image they show inline
 * found none of their sites. The data migration fills it, on SQLite (after connect) and on
 * PostgreSQL (cms/migrations), without touching anything an editor or a reader sees.
 */
let t: TestPayload
let payload: Payload
let world: World

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
}, 120_000)
afterAll(async () => t?.close())

/** A row as the schema before 20261206_200223_body_media left it: the derived list empty. */
async function asBeforeTheField(id: number | string) {
  await payload.db.updateOne({ collection: 'posts', id, data: { bodyMedia: [] }, returning: false })
}

async function stored(id: number | string) {
  return payload.findByID({
    collection: 'posts',
    id,
    depth: 0,
    select: { bodyMedia: true, updatedAt: true },
    overrideAccess: true,
  })
}

describe('bodyMedia of texts saved before the field', () => {
  it('is filled, so an edited inline image finds the sites again; nothing else changes', async () => {
    const image = await createOwned(payload, 'media', world.orgs.unionB)
    const gone = await createOwned(payload, 'media', world.orgs.unionB)
    const post = await payload.create({
      collection: 'posts',
      data: {
        title: 'Старая статья с фотографией',
        organization: world.orgs.unionB,
        reach: { scope: 'subtree' },
        body: doc(para(text('Было')), upload(image.id), upload(gone.id)),
        _status: 'published',
      } as never,
      depth: 0,
    })
    await payload.delete({ collection: 'media', id: gone.id, overrideAccess: true })
    await asBeforeTheField(post.id)
    const before = await stored(post.id)
    expect(before.bodyMedia ?? []).toEqual([])
    const ppoHost = (await OrgDirectory.load(payload)).address(world.orgs.ppoB1).host
    expect(await hostsMarkedFor(payload, image.id, world.orgs.unionB)).not.toContain(ppoHost)

    const changes = await payload.count({ collection: 'publish-changes', overrideAccess: true })
    const versions = await payload.countVersions({ collection: 'posts', overrideAccess: true })
    expect(await backfillBodyMedia(payload)).toBeGreaterThanOrEqual(1)

    const after = await stored(post.id)
    // The deleted image is left out (the foreign key would refuse it), the live one kept.
    expect((after.bodyMedia ?? []).map(String)).toEqual([String(image.id)])
    expect(after.updatedAt).toBe(before.updatedAt)
    expect(await hostsMarkedFor(payload, image.id, world.orgs.unionB)).toContain(ppoHost)
    expect(await payload.count({ collection: 'publish-changes', overrideAccess: true })).toEqual(
      changes,
    )
    expect(await payload.countVersions({ collection: 'posts', overrideAccess: true })).toEqual(
      versions,
    )
    // Idempotent: a second run fills nothing.
    expect(await backfillBodyMedia(payload)).toBe(0)
  })

  it('ran once at start on this database and is recorded as done', async () => {
    const { docs } = await payload.find({
      collection: 'payload-migrations',
      where: { name: { in: DATA_MIGRATIONS.map((m) => m.name) } },
      select: { name: true },
      depth: 0,
      limit: 10,
      overrideAccess: true,
    })
    expect(docs.map((d) => d.name).sort()).toEqual(DATA_MIGRATIONS.map((m) => m.name).sort())
  })
})
