import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/**
 * A save and a delete of one document, close together: the save read the document, the delete
 * committed, then the save wrote. Payload writes an update as INSERT … ON CONFLICT DO UPDATE, so
 * the save brought the deleted document back (an editor was told «удалено», and it was online
 * again), or, for a draft, failed with a 500 on the versions' foreign key. The save must find
 * the document gone (404) and leave it deleted.
 */

let t: TestPayload
let payload: Payload
let org: number | string

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  const created = await payload.create({
    collection: 'organizations',
    data: { name: 'Федерация для гонки удаления', kind: 'federation' } as never,
  })
  org = created.id
}, 120_000)

afterAll(async () => {
  await t?.close()
})

/**
 * Holds every update of `collection` right after it read the document (where validation and the
 * project's hooks make real saves spend time) until `release` is called: the read is the
 * adapter's findOne (the latest draft is read through findVersions/queryDrafts: both held).
 */
function holdSavesAfterRead(collection: 'pages') {
  const db = payload.db as unknown as Record<string, (args: { collection?: string }) => unknown>
  const names = ['findOne', 'queryDrafts', 'findVersions'] as const
  const originals = names.map((name) => db[name]!)
  let release!: () => void
  let reached!: () => void
  const gate = new Promise<void>((r) => (release = r))
  const arrived = new Promise<void>((r) => (reached = r))
  let armed = true
  names.forEach((name, i) => {
    db[name] = async function (this: unknown, args: { collection?: string }) {
      const result = await originals[i]!.call(this, args)
      if (armed && args.collection === collection) {
        armed = false
        reached()
        await gate
      }
      return result
    }
  })
  return {
    arrived,
    release,
    restore: () => names.forEach((name, i) => (db[name] = originals[i]!)),
  }
}

describe('a save racing a delete of the same document', () => {
  for (const draft of [false, true]) {
    it(`answers «not found» and leaves the document deleted (${draft ? 'draft save' : 'publish'})`, async () => {
      const page = await payload.create({
        collection: 'pages',
        data: {
          title: `Страница под удаление (${draft ? 'черновик' : 'публикация'})`,
          organization: org,
          _status: 'published',
        } as never,
      })
      const held = holdSavesAfterRead('pages')
      try {
        const saving = payload
          .update({
            collection: 'pages',
            id: page.id,
            draft,
            data: { title: 'Правка после удаления' } as never,
          })
          .then(
            () => 'saved',
            (error: { status?: number }) => error.status ?? 500,
          )
        await held.arrived
        await payload.delete({ collection: 'pages', id: page.id })
        held.release()
        expect(await saving).toBe(404)
      } finally {
        held.restore()
      }
      const after = await payload.find({
        collection: 'pages',
        where: { id: { equals: page.id } },
        draft: true,
        depth: 0,
        limit: 1,
      })
      expect(after.docs).toEqual([])
      const versions = await payload.findVersions({
        collection: 'pages',
        where: { parent: { equals: page.id } },
        depth: 0,
        limit: 10,
      })
      expect(versions.docs).toEqual([])
    })
  }
})
