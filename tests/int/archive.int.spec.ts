import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import { importBundle } from '../../cms/import/importBundle'
import { PROJECT_ROOT } from '../../config/paths'
import { loadBundle } from '../../content/lib/loadBundle'
import { parseSnapshot, type Snapshot } from '../../domain/contract/snapshot'
import { RECEIVED_WINDOW } from '../../domain/publishing/keptItems'
import { runAstroBuild } from '../../publishing/render/astroBuild'
import { exportSnapshots } from '../../publishing/snapshot/exportSnapshots'
import { nginxConfigForSites } from '../../serving/nginxConfigForSites'
import { startPreviewServer, type PreviewServer } from '../../serving/previewServer'
import { httpGet } from '../serve/helpers/httpGet'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/**
 * The whole archive: 250 posts of one organization (more than the window of received items)
 * all keep their addresses on its site and are reachable from the news list through the archive
 * by year; a renamed post's old address answers 301 on the preview server and in nginx.
 */
const COUNT = 250
let t: TestPayload
let payload: Payload
let root: string
let server: PreviewServer
let host: string
const snapshots = new Map<string, Snapshot>()
const slugOf = (i: number) => `novost-${String(i).padStart(3, '0')}`

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  await importBundle(payload, loadBundle(path.join(PROJECT_ROOT, 'tests/fixtures/bundles/mini')))
  const directory = await OrgDirectory.load(payload)
  const union = [...directory.orgs.values()].find((o) => o.key === 'mini-union')!
  host = directory.address(union.id).host
  // Every 4 days from 1 January 2023: three years of news, through the real Local API and hooks.
  const start = Date.UTC(2023, 0, 1, 9)
  const ids: (string | number)[] = []
  for (let i = 0; i < COUNT; i++) {
    const post = await payload.create({
      collection: 'posts',
      data: {
        title: `Новость номер ${i}`,
        slug: slugOf(i),
        organization: union.id,
        publishedAt: new Date(start + i * 4 * 86_400_000).toISOString(),
        _status: 'published',
      } as never,
    })
    ids.push(post.id)
  }
  // The oldest post is renamed after publishing: its first address must keep answering.
  await payload.update({
    collection: 'posts',
    id: ids[0]!,
    data: { slug: 'novost-pereimenovana', _status: 'published' } as never,
  })
  root = mkdtempSync(path.join(tmpdir(), 'union-sites-archive-'))
  await exportSnapshots(payload, path.join(root, 'snapshots'))
  for (const key of ['mini-union', 'mini-terkom']) {
    const file = path.join(root, 'snapshots', `${key}.json`)
    snapshots.set(key, parseSnapshot(readFileSync(file, 'utf8'), key))
  }
  const build = await runAstroBuild({
    snapshots: path.join(root, 'snapshots'),
    out: path.join(root, 'sites'),
  })
  expect(build.ok, build.log.slice(-2000)).toBe(true)
  server = await startPreviewServer({
    outDir: path.join(root, 'sites'),
    mediaDir: path.join(root, 'media'),
    port: 0,
  })
}, 300_000)

afterAll(async () => {
  await server?.close()
  if (root) rmSync(root, { recursive: true, force: true })
  await t?.close()
})

const get = (url: string) => httpGet(server.port, host, url)
const hrefs = (html: string) => [...html.matchAll(/href="([^"#?]+)"/g)].map((m) => m[1]!)

describe('the whole archive of an organization', () => {
  it(`keeps all ${COUNT} own items on the origin's site; a receiver keeps a bounded window`, () => {
    const own = snapshots.get('mini-union')!.feed.filter((i) => i.provenance.isOwn)
    expect(own.filter((i) => /^novost-/.test(i.slug))).toHaveLength(COUNT)
    const received = snapshots.get('mini-terkom')!.feed.filter((i) => !i.provenance.isOwn)
    expect(received.length).toBeLessThanOrEqual(RECEIVED_WINDOW)
    for (const i of [1, 100, COUNT - 1]) {
      expect(existsSync(path.join(root, 'sites', host, 'news', slugOf(i), 'index.html'))).toBe(true)
    }
  })

  it('reaches every article from the news list by following the archive links', async () => {
    const seen = new Set<string>()
    const queue = ['/news/']
    const articles = new Set<string>()
    while (queue.length > 0) {
      const url = queue.shift()!
      if (seen.has(url)) continue
      seen.add(url)
      const answer = await get(url)
      expect(answer.status, url).toBe(200)
      for (const href of hrefs(answer.body.toString('utf8'))) {
        if (/^\/news\/archive\/\d{4}\/(?:page\/\d+\/)?$/.test(href)) queue.push(href)
        const article = /^\/news\/(novost-[a-z0-9-]+)\/$/.exec(href)
        if (article && url.startsWith('/news/archive/')) articles.add(article[1]!)
      }
    }
    // The bundle's own news of the union add their year beside these three.
    expect([...seen]).toEqual(
      expect.arrayContaining(['/news/archive/2023/', '/news/archive/2024/', '/news/archive/2025/']),
    )
    expect(seen.has('/news/archive/2023/page/4/')).toBe(true)
    expect(articles.size).toBe(COUNT)
    expect(articles.has('novost-pereimenovana')).toBe(true)
    const sitemap = readFileSync(path.join(root, 'sites', host, 'sitemap-site.xml'), 'utf8')
    expect(sitemap).toContain(`/news/archive/2024/</loc>`)
  })

  it("answers a renamed post's old address with 301 to the new one, on the preview server and in nginx", async () => {
    const answer = await get(`/news/${slugOf(0)}/`)
    expect([answer.status, answer.headers.location]).toEqual([301, '/news/novost-pereimenovana/'])
    expect((await get('/news/novost-pereimenovana/')).status).toBe(200)
    const { config } = nginxConfigForSites({
      networks: ['mini.localhost'],
      outDir: path.join(root, 'sites'),
      mediaDir: path.join(root, 'media'),
      brotli: 'off',
      defaultServer: true,
    })
    expect(config).toContain(`"${host}/news/${slugOf(0)}/" "/news/novost-pereimenovana/";`)
    expect(config).toContain('return 301 $union_sites_redirect$is_args$args;')
  })

  it('records old slugs from the stored rows only: a client cannot plant a redirect', async () => {
    const { docs } = await payload.find({
      collection: 'posts',
      where: { slug: { equals: slugOf(5) } },
      limit: 1,
    })
    const post = docs[0]!
    // A draft with a new slug records nothing; a payload's own list is ignored either way.
    const draft = await payload.update({
      collection: 'posts',
      id: post.id,
      data: { slug: 'chernovik', oldSlugs: ['kontakty'], _status: 'draft' } as never,
      draft: true,
    })
    expect(draft.oldSlugs ?? []).toEqual([])
    const published = await payload.update({
      collection: 'posts',
      id: post.id,
      data: { slug: 'opublikovano', oldSlugs: ['kontakty'], _status: 'published' } as never,
    })
    // The published slug before this publish, not the draft's in between.
    expect(published.oldSlugs).toEqual([slugOf(5)])
  })
})
