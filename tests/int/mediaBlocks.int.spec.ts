import sharp from 'sharp'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import { collectSnapshots } from '../../publishing/snapshot/collectSnapshots'
import { parseSnapshot, type Snapshot } from '../../domain/contract/snapshot'
import { apiClient } from '../helpers/apiClient'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'
import { doc, para, text } from '../helpers/lexicalNodes'
import { galleryBlock, videoBlock } from '../helpers/mediaBlockNodes'

let t: TestPayload
let payload: Payload
let world: World
let api: ReturnType<typeof apiClient>
let photos: (number | string)[] = []

const RUTUBE = 'https://rutube.ru/video/0123456789abcdef0123456789abcdef/'
const snapshotOf = async (org: number | string): Promise<Snapshot> => {
  const directory = await OrgDirectory.load(payload)
  const { snapshots } = await collectSnapshots(payload, directory, [org])
  return parseSnapshot(snapshots.get(String(org)), String(org))
}
/** A JSON value as a GraphQL value literal (the JSON scalar of a rich-text field). */
const graphqlLiteral = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(graphqlLiteral).join(', ')}]`
    : typeof value === 'object' && value !== null
      ? `{ ${Object.entries(value)
          .map(([k, v]) => `${k}: ${graphqlLiteral(v)}`)
          .join(', ')} }`
      : JSON.stringify(value)
const countTitled = async (title: string) =>
  (await payload.count({ collection: 'posts', where: { title: { equals: title } } })).totalDocs
const editor = async () => ({
  ...(await payload.findByID({ collection: 'users', id: world.users.ppoEditor.id, depth: 0 })),
  collection: 'users' as const,
})

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  api = apiClient(payload)
  for (const [i, colour] of ['#2a6', '#a26', '#26a'].entries()) {
    const data = await sharp({
      create: { width: 2000, height: 1500, channels: 3, background: colour },
    })
      .jpeg()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: {
        alt: `Кадр ${i + 1}`,
        caption: `Подпись ${i + 1}`,
        organization: world.orgs.ppoA1,
      } as never,
      file: { data, mimetype: 'image/jpeg', name: `kadr-${i + 1}.jpg`, size: data.length },
      depth: 0,
    })
    photos.push(media.id)
  }
})
afterAll(async () => t?.close())

describe('photo reports and videos in article text', () => {
  it('saves a gallery and a video through REST and exports them from the upload-time sizes', async () => {
    const token = await api.login(world.users.ppoEditor.email, PASSWORD)
    const res = await api.rest('POST', '/posts', {
      token,
      body: {
        title: 'Фоторепортаж с субботника',
        organization: world.orgs.ppoA1,
        _status: 'published',
        body: doc(
          para(text('Как это было.')),
          galleryBlock([
            { image: photos[0], caption: 'Своя <подпись>' },
            { image: photos[1] },
            { image: photos[2] },
          ]),
          videoBlock(RUTUBE, 'Субботник', photos[0]),
        ),
      },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const item = (await snapshotOf(world.orgs.ppoA1)).feed.find(
      (i) => i.title === 'Фоторепортаж с субботника',
    )!
    const thumbs = item.html.match(/<a class="rt-gallery__open"[^>]*><img [^>]*>/g) ?? []
    expect(thumbs).toHaveLength(3)
    for (const thumb of thumbs) {
      expect(thumb).toMatch(/ src="\/media\/images\/kadr-\d-[^"]*\.webp"/)
      expect(thumb).toMatch(/ srcset="[^"]*480w[^"]*960w[^"]*1600w"/)
      expect(thumb).toContain('width="2000" height="1500"')
    }
    expect(item.html).toContain('<figcaption>Своя &lt;подпись&gt;</figcaption>')
    expect(item.html).toContain('<figcaption>Подпись 2</figcaption>')
    expect(item.html.match(/<section class="rt-lightbox"/g)).toHaveLength(3)
    expect(item.html).not.toMatch(/kadr-\d\.jpg|\/api\/media/)
    expect(item.html).toContain(
      'data-embed="https://rutube.ru/play/embed/0123456789abcdef0123456789abcdef"',
    )
    expect(item.html).toContain('aria-label="Смотреть видео: Субботник"')
    expect(item.html).toMatch(/<a class="rt-video__link" [^>]*><img src="\/media\/images\/kadr-1-/)
  })
})

describe('refusing blocks the sites cannot render', () => {
  const attacks: [string, object, RegExp][] = [
    [
      'an unknown block',
      {
        type: 'block',
        version: 2,
        fields: { blockType: 'html', html: '<script>alert(1)</script>' },
      },
      /блок «html» сайты не показывают/,
    ],
    [
      'an inline block',
      { type: 'inlineBlock', version: 1, fields: { blockType: 'video', url: RUTUBE } },
      /элемент «inlineBlock»/,
    ],
    ['a gallery of one image', galleryBlock([{ image: 1 }]), /от 2 до 30 фотографий/],
    [
      'a gallery with a document',
      galleryBlock([{ image: 1 }, { image: { relationTo: 'documents', value: 1 } }]),
      /только изображения/,
    ],
    [
      'a gallery with a missing image',
      galleryBlock([{ image: 1 }, { image: 987654 }]),
      /№ 987654 нет в «Изображениях»/,
    ],
    [
      'a video with a script URL',
      videoBlock('javascript:alert(1)//youtu.be/dQw4w9WgXcQ'),
      /ссылка на видео не подходит/,
    ],
    [
      'a video of a look-alike host',
      videoBlock('https://youtube.com.evil.ru/watch?v=dQw4w9WgXcQ'),
      /ссылка на видео не подходит/,
    ],
    [
      'a video with an over-long id',
      videoBlock(`https://rutube.ru/video/${'a'.repeat(64)}/`),
      /ссылка на видео не подходит/,
    ],
  ]

  for (const [name, node, message] of attacks) {
    it(`refuses ${name} through REST with a Russian 400, saving nothing`, async () => {
      const token = await api.login(world.users.ppoEditor.email, PASSWORD)
      const title = `Атака: ${name}`
      const body = JSON.parse(
        JSON.stringify(doc(para(text('x')), node)).replaceAll(
          '"image":1',
          `"image":${JSON.stringify(photos[0])}`,
        ),
      )
      const res = await api.rest('POST', '/posts', {
        token,
        body: { title, organization: world.orgs.ppoA1, _status: 'published', body },
      })
      expect(res.status).toBe(400)
      expect(JSON.stringify(res.body)).toMatch(message)
      expect(await countTitled(title)).toBe(0)
    })
  }

  it('refuses a bad video through GraphQL, saving nothing', async () => {
    const token = await api.login(world.users.ppoEditor.email, PASSWORD)
    const body = graphqlLiteral(doc(videoBlock('https://evil.ru/video.mp4', 'x')))
    const res = await api.graphql(
      `mutation { createPost(data: { title: "Атака GraphQL", organization: ${world.orgs.ppoA1}, _status: published, reach: { scope: subtree }, body: ${body} }) { id } }`,
      token,
    )
    expect(JSON.stringify(res.body)).toMatch(/ссылка на видео не подходит/)
    expect(res.body.data?.createPost ?? null).toBeNull()
    expect(await countTitled('Атака GraphQL')).toBe(0)
  })

  it('refuses an edit through the Local API as the editor, keeping the stored text', async () => {
    const id = world.posts['ppoA1:published']!
    const before = await payload.findByID({ collection: 'posts', id, depth: 0 })
    const user = await editor()
    const update = (body: unknown) =>
      payload.update({
        collection: 'posts',
        id,
        data: { body } as never,
        user: user as never,
        overrideAccess: false,
      })
    await expect(
      update(doc(galleryBlock([{ image: photos[0] }, { image: 'abc' }]))),
    ).rejects.toMatchObject({ status: 400 })
    const refusal = await update(doc(videoBlock('https://vk.com.evil.ru/video-1_2'))).catch(
      (error: unknown) => error,
    )
    expect(refusal).toMatchObject({ status: 400 })
    expect(JSON.stringify((refusal as { data?: unknown }).data)).toMatch(
      /ссылка на видео не подходит/,
    )
    const after = await payload.findByID({ collection: 'posts', id, depth: 0 })
    expect(after.body).toEqual(before.body)
  })
})
