import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import { apiClient } from '../helpers/apiClient'
import { createOwned } from '../helpers/files'
import { doc, para, text, upload } from '../helpers/lexicalNodes'
import { galleryBlock, videoBlock } from '../helpers/mediaBlockNodes'
import { hostsMarkedFor } from '../helpers/publishing/hostsMarkedFor'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

/**
 * An image edited in «Изображения» (its alt, caption or file) changes every page that shows it:
 * covers, and the images, photo reports and video posters inside texts, on every site the text
 * reaches. The expansion of the media change must find the texts as it finds the covers.
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

const RUTUBE = 'https://rutube.ru/video/0123456789abcdef0123456789abcdef/'

async function publishUnionPost(body: unknown) {
  return payload.create({
    collection: 'posts',
    data: {
      title: `Фоторепортаж ${Math.random()}`,
      organization: world.orgs.unionB,
      reach: { scope: 'subtree' },
      body,
      _status: 'published',
    } as never,
    depth: 0,
  })
}

describe('an edited image rebuilds the sites whose texts show it', () => {
  it('an image only inside a photo report: every site of the post', async () => {
    const [a, b] = [
      await createOwned(payload, 'media', world.orgs.unionB),
      await createOwned(payload, 'media', world.orgs.unionB),
    ]
    await publishUnionPost(
      doc(para(text('Смена')), galleryBlock([{ image: a.id }, { image: b.id }])),
    )
    const directory = await OrgDirectory.load(payload)
    const hosts = await hostsMarkedFor(payload, b.id, world.orgs.unionB)
    for (const org of [world.orgs.unionB, world.orgs.terB, world.orgs.ppoB1])
      expect(hosts).toContain(directory.address(org).host)
  })

  it('an image inside the text, and a video poster: every site of the post', async () => {
    const [inline, poster] = [
      await createOwned(payload, 'media', world.orgs.unionB),
      await createOwned(payload, 'media', world.orgs.unionB),
    ]
    await publishUnionPost(
      doc(para(text('Видео')), upload(inline.id), videoBlock(RUTUBE, 'Сюжет', poster.id)),
    )
    const directory = await OrgDirectory.load(payload)
    for (const media of [inline.id, poster.id]) {
      const hosts = await hostsMarkedFor(payload, media, world.orgs.unionB)
      for (const org of [world.orgs.terB, world.orgs.ppoB1])
        expect(hosts).toContain(directory.address(org).host)
    }
  })

  it('the list of images a text shows is derived: a client cannot plant or hide one', async () => {
    const planted = await createOwned(payload, 'media', world.orgs.unionB)
    const api = apiClient(payload)
    const token = await api.login(world.users.unionBEditor.email, PASSWORD)
    const answer = await api.rest('POST', '/posts', {
      token,
      body: {
        title: 'Без картинок',
        organization: world.orgs.unionB,
        body: doc(para(text('Только текст'))),
        bodyMedia: [planted.id],
        _status: 'published',
      },
    })
    expect(answer.status).toBeLessThan(300)
    const stored = await payload.findByID({
      collection: 'posts',
      id: answer.body.doc.id,
      depth: 0,
      showHiddenFields: true,
    })
    expect((stored as { bodyMedia?: unknown[] }).bodyMedia ?? []).toEqual([])
  })
})
