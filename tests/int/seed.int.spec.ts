import { join } from 'node:path'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importBundle } from '../../cms/import/importBundle'
import { changedCount } from '../../cms/import/importReport'
import { PROJECT_ROOT } from '../../config/paths'
import { loadBundle } from '../../content/lib/loadBundle'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let t: TestPayload
let payload: Payload
const bundle = loadBundle(join(PROJECT_ROOT, 'tests/fixtures/bundles/mini'))
const COLLECTIONS: CollectionSlug[] = [
  'categories',
  'organizations',
  'media',
  'documents',
  'posts',
  'pages',
  'users',
]

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
})
afterAll(async () => t?.close())

/** Everything an import could touch: ids with their update times, and version rows. */
async function snapshot() {
  const state: Record<string, unknown> = {}
  for (const collection of COLLECTIONS) {
    const { docs } = await payload.find({
      collection,
      limit: 0,
      pagination: false,
      depth: 0,
      draft: true,
      select: { updatedAt: true },
    })
    state[collection] = docs.map((d) => `${d.id}@${(d as { updatedAt?: string }).updatedAt}`).sort()
  }
  for (const collection of ['posts', 'pages'] as const) {
    state[`${collection}:versions`] = (await payload.countVersions({ collection })).totalDocs
  }
  return state
}

describe('seeding a bundle', () => {
  it('imports everything with hooks applied', async () => {
    const report = await importBundle(payload, bundle)
    expect(report.organizations?.created).toBe(bundle.organizations.length)
    expect(report.posts?.created).toBe(bundle.posts.length)
    const ppo = await payload.find({
      collection: 'organizations',
      where: { kind: { equals: 'primary_org' } },
      depth: 0,
      limit: 10,
    })
    expect(ppo.docs.every((o) => (o.ancestors?.length ?? 0) >= 2)).toBe(true)
    const image = (await payload.find({ collection: 'media', limit: 1, depth: 0 })).docs[0]!
    expect(image.mimeType).toBe('image/png')
    expect(image.sizes?.thumbnail?.filename).toMatch(/\.webp$/)
    const drafts = await payload.find({
      collection: 'posts',
      where: { _status: { equals: 'draft' } },
      draft: true,
      depth: 0,
    })
    expect(drafts.totalDocs).toBe(bundle.posts.filter((p) => p.status === 'draft').length)
    const post = (
      await payload.find({
        collection: 'posts',
        where: { _status: { equals: 'published' } },
        depth: 0,
        limit: 1,
      })
    ).docs[0]!
    expect(post.body?.root.children.length).toBeGreaterThan(0)
    const child = bundle.pages.find((p) => p.parent)!
    const page = (
      await payload.find({ collection: 'pages', where: { slug: { equals: child.slug } }, depth: 1 })
    ).docs[0]!
    expect(typeof page.parent === 'object' && page.parent?.slug).toBe(child.parent)
    const user = bundle.users[0]!
    await expect(
      payload.login({ collection: 'users', data: { email: user.email, password: user.password } }),
    ).resolves.toHaveProperty('token')
  })

  it('a second run changes nothing', async () => {
    const before = await snapshot()
    const report = await importBundle(payload, bundle)
    expect(changedCount(report)).toBe(0)
    expect(await snapshot()).toEqual(before)
  })

  it('a changed entry is updated in place, keeping its id', async () => {
    const edited = structuredClone(bundle)
    edited.posts[0]!.title = `${edited.posts[0]!.title} (уточнено)`
    const before = await payload.find({
      collection: 'posts',
      where: { slug: { equals: edited.posts[0]!.slug } },
      draft: true,
      depth: 0,
    })
    const report = await importBundle(payload, edited)
    expect(report.posts).toMatchObject({ created: 0, updated: 1 })
    const after = await payload.find({
      collection: 'posts',
      where: { slug: { equals: edited.posts[0]!.slug } },
      draft: true,
      depth: 0,
    })
    expect(after.docs[0]!.id).toBe(before.docs[0]!.id)
    expect(after.docs[0]!.title).toMatch(/уточнено/)
  })
})
