import sharp from 'sharp'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import { collectSnapshots } from '../../publishing/snapshot/collectSnapshots'
import { buildSnapshot } from '../../publishing/snapshot/buildSnapshot'
import { parseSnapshot, type Snapshot } from '../../domain/contract/snapshot'
import { join } from 'node:path'
import { bodyMedia } from '../../cms/import/bodyMedia'
import { markdownToLexical } from '../../cms/import/markdownToLexical'
import { PROJECT_ROOT } from '../../config/paths'
import { loadBundle } from '../../content/lib/loadBundle'
import { richTextProblems } from '../../domain/richText/richTextNodes'
import { apiClient } from '../helpers/apiClient'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'
import { doc, para, text, upload } from '../helpers/lexicalNodes'

let t: TestPayload
let payload: Payload
let world: World
let api: ReturnType<typeof apiClient>
let photo: number | string

const internal = (relationTo: string, value: unknown, words: string) => ({
  type: 'link',
  version: 3,
  children: [text(words)],
  fields: { linkType: 'internal', doc: { relationTo, value }, newTab: false },
  indent: 0,
  direction: null,
  format: '',
})
const snapshotOf = async (org: number | string): Promise<Snapshot> => {
  const directory = await OrgDirectory.load(payload)
  const { snapshots } = await collectSnapshots(payload, directory, [org])
  return parseSnapshot(snapshots.get(String(org)), String(org))
}

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  api = apiClient(payload)
  // A photo of a phone's proportions (4:3), larger than every size made at upload.
  const data = await sharp({
    create: { width: 2000, height: 1500, channels: 3, background: '#2a6' },
  })
    .jpeg()
    .toBuffer()
  photo = (
    await payload.create({
      collection: 'media',
      data: {
        alt: 'Собрание трудового коллектива',
        caption: 'Собрание 12 марта',
        organization: world.orgs.ppoA1,
      } as never,
      file: { data, mimetype: 'image/jpeg', name: 'sobranie.jpg', size: data.length },
      depth: 0,
    })
  ).id
})
afterAll(async () => t?.close())

describe('images and links in article text', () => {
  it('exports an image in the text from its upload-time sizes, with caption, and links by URL', async () => {
    const user = await payload.findByID({
      collection: 'users',
      id: world.users.ppoEditor.id,
      depth: 0,
    })
    const target = world.posts['ppoA1:published']!
    const fedPost = world.posts['fed:published']!
    const post = await payload.create({
      collection: 'posts',
      data: {
        title: 'Собрание в цехе',
        organization: world.orgs.ppoA1,
        _status: 'published',
        body: doc(
          para(text('Фото с собрания.')),
          upload(photo),
          para(
            internal('posts', target, 'прошлая новость'),
            text(' и '),
            internal('posts', fedPost, 'новость федерации'),
            text(' и '),
            internal('posts', world.posts['ppoA1:draft'], 'черновик'),
          ),
          { type: 'relationship', version: 2, format: '', relationTo: 'posts', value: target },
        ),
      } as never,
      user: { ...user, collection: 'users' } as never,
      overrideAccess: false,
      depth: 0,
    })
    const snapshot = await snapshotOf(world.orgs.ppoA1)
    const item = snapshot.feed.find((i) => i.id === String(post.id))!
    expect(item).toBeDefined()
    const img = /<img [^>]*>/.exec(item.html)?.[0] ?? ''
    expect(img).toMatch(/ src="\/media\/images\/sobranie-[^"]*\.webp"/)
    expect(img).toMatch(/ srcset="[^"]*480w[^"]*960w[^"]*1600w"/)
    expect(img).toContain('width="2000" height="1500"')
    expect(img).toContain('alt="Собрание трудового коллектива"')
    expect(img).not.toContain('sobranie.jpg')
    expect(item.html).toContain('<figcaption>Собрание 12 марта</figcaption>')
    expect(item.html).not.toContain('/api/media')
    expect(item.html).not.toContain('href="#"')
    expect(item.html).not.toContain('unknown node')
    const targetSlug = (await payload.findByID({ collection: 'posts', id: target, depth: 0 })).slug
    const fedSlug = (await payload.findByID({ collection: 'posts', id: fedPost, depth: 0 })).slug
    // A link to a never-published draft keeps its words, with no link to a missing page.
    expect(item.html).toMatch(/<\/a> и черновик<\/p>/)
    const fed = await snapshotOf(world.orgs.fed)
    expect(item.html).toContain(
      `href="${snapshot.site.origin}${snapshot.site.basePath}/news/${targetSlug}/"`,
    )
    expect(item.html).toContain(`href="${fed.site.origin}${fed.site.basePath}/news/${fedSlug}/"`)
    expect(item.html).toMatch(/<p class="rt-card"><a href="[^"]+">published ppoA1<\/a><\/p>/)
    // The single-org path (buildSnapshot) converts the same way.
    const directory = await OrgDirectory.load(payload)
    const one = await buildSnapshot(await createLocalReq({}, payload), directory, world.orgs.ppoA1)
    expect(one.feed!.find((i) => i.id === String(post.id))!.html).toBe(item.html)
  })

  it('exports an image in a page text too', async () => {
    await payload.create({
      collection: 'pages',
      data: {
        title: 'О нас',
        organization: world.orgs.ppoA1,
        _status: 'published',
        body: doc(upload(photo)),
      } as never,
      depth: 0,
    })
    const page = (await snapshotOf(world.orgs.ppoA1)).pages.find((p) => p.title === 'О нас')!
    expect(page.html).toMatch(/^<figure class="rt-figure"><img src="\/media\/images\//)
  })
})

describe('refusing what the sites cannot render', () => {
  const bad = doc(para(text('Текст')), {
    type: 'block',
    version: 2,
    format: '',
    fields: { blockType: 'x' },
  })

  it('refuses an unknown node through REST with a Russian 400, saving nothing', async () => {
    const token = await api.login(world.users.ppoEditor.email, PASSWORD)
    const res = await api.rest('POST', '/posts', {
      token,
      body: {
        title: 'Плохой текст',
        organization: world.orgs.ppoA1,
        _status: 'published',
        body: bad,
      },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('блок «x» сайты не показывают')
    const { totalDocs } = await payload.count({
      collection: 'posts',
      where: { title: { equals: 'Плохой текст' } },
    })
    expect(totalDocs).toBe(0)
  })

  it('refuses a document upload and a link to users through the Local API', async () => {
    const user = await payload.findByID({
      collection: 'users',
      id: world.users.ppoEditor.id,
      depth: 0,
    })
    const save = (body: unknown) =>
      payload.create({
        collection: 'pages',
        data: {
          title: 'Страница',
          organization: world.orgs.ppoA1,
          _status: 'published',
          body,
        } as never,
        user: { ...user, collection: 'users' } as never,
        overrideAccess: false,
      })
    await expect(save(doc(upload(1, 'documents')))).rejects.toThrow(/только изображение|Текст/)
    await expect(save(doc(para(internal('users', 1, 'кто-то'))))).rejects.toThrow(/Текст/)
    await expect(save(bad)).rejects.toMatchObject({ status: 400 })
  })
})

describe('a slash-menu leftover in the text (issue 19)', () => {
  const leftover = doc(para(text('Итоги конференции')), para(text('/Несортир')))

  it('is refused on publishing with a Russian 400 naming it; a draft keeps it', async () => {
    const token = await api.login(world.users.ppoEditor.email, PASSWORD)
    // A draft is saved as the admin saves one: `?draft=true`, which skips validation.
    const post = (status: string, title: string) =>
      api.rest('POST', status === 'draft' ? '/posts?draft=true' : '/posts', {
        token,
        body: { title, organization: world.orgs.ppoA1, _status: status, body: leftover },
      })
    const published = await post('published', 'С остатком команды')
    expect(published.status).toBe(400)
    expect(JSON.stringify(published.body)).toContain('осталась команда меню «/Несортир»')
    const draft = await post('draft', 'Черновик с остатком команды')
    expect(draft.status).toBe(201)
    const { totalDocs } = await payload.count({
      collection: 'posts',
      where: { title: { equals: 'С остатком команды' } },
    })
    expect(totalDocs).toBe(0)
  })
})

describe('the demo texts', () => {
  it('place images by media key and hold nothing the sites cannot render', async () => {
    const bundle = loadBundle(join(PROJECT_ROOT, 'content/demo'))
    const keys = new Map(bundle.media.map((m, i) => [m.key, i + 1]))
    let images = 0
    for (const item of [...bundle.posts, ...bundle.pages]) {
      const body = await markdownToLexical(
        payload.config,
        bodyMedia(item.body, (key) => keys.get(key) ?? Number.NaN),
      )
      expect(richTextProblems(body), item.file).toEqual([])
      images += JSON.stringify(body).split('"type":"upload"').length - 1
    }
    expect(images).toBeGreaterThanOrEqual(2)
  })
})
