import { statSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import type { PublishWorker } from '../../publishing/worker/publishWorker'
import { startPublishedMini, type PublishedDemo } from '../helpers/publishing/publishedDemo'
import type { PreviewServer } from '../../serving/previewServer'
import { expectSameAsCleanBuild } from '../helpers/cleanBuild'
import { httpGet } from '../serve/helpers/httpGet'
import { drainWorker } from '../helpers/publishing/drainWorker'

/**
 * Whose news is whose through the CMS and incremental publishing: `mandatory` reaches the
 * snapshot and the label, a post slugged `own` leaves /news/own/ to the own-news list, and a new
 * post re-renders the related block of exactly the older articles it enters — the live sites
 * staying equal to a clean full build byte for byte.
 */
let site: PublishedDemo
let payload: Payload
let root: string
let worker: PublishWorker
let server: PreviewServer
let directory: OrgDirectory
const dirs = () => ({ live: path.join(root, 'sites'), releases: path.join(root, 'releases') })
const orgId = (key: string) => [...directory.orgs.values()].find((o) => o.key === key)!.id

/** A page of an org's site: status, HTML and the live file's inode (a new one: re-rendered). */
async function page(key: string, sitePath: string) {
  const { host, basePath } = directory.address(orgId(key))
  const got = await httpGet(server.port, host, `${basePath}${sitePath}`)
  const file = path.join(dirs().live, host, basePath, sitePath, 'index.html')
  const inode = got.status === 200 ? statSync(file).ino : undefined
  return { status: got.status, html: got.body.toString('utf8'), inode }
}

const relatedLinks = (html: string) =>
  [
    ...(/<section class="related"[^>]*>(.*?)<\/section>/s.exec(html)?.[1] ?? '').matchAll(
      /href="([^"]+)"/g,
    ),
  ].map((m) => m[1])

async function post(key: string, data: Record<string, unknown>) {
  const doc = await payload.create({
    collection: 'posts',
    data: { organization: orgId(key), _status: 'published', ...data } as never,
  })
  return doc.id
}

beforeAll(async () => {
  site = await startPublishedMini()
  ;({ payload, root, worker, server } = site)
  directory = await OrgDirectory.load(payload)
}, 300_000)

afterAll(async () => site?.close())

describe('whose news is whose, published incrementally', () => {
  it('labels a mandatory federation post on the ППО site that receives it', async () => {
    await post('mini-fed', {
      title: 'Обязательное заявление федерации',
      slug: 'obyazatelnoe-zayavlenie',
      mandatory: true,
    })
    await post('mini-ppo-school', { title: 'Собрание в школе', slug: 'sobranie-v-shkole' })
    await drainWorker(worker)
    const article = await page('mini-ppo-school', '/news/obyazatelnoe-zayavlenie/')
    expect(article.status).toBe(200)
    expect(article.html).toContain(
      '<span class="item-label item-label-mandatory">Обязательно к размещению</span>',
    )
    const home = await page('mini-ppo-school', '/')
    expect(home.html).toMatch(/id="news-heading">Наши новости<\/h2>.*sobranie-v-shkole/s)
  })

  it('keeps /news/own/ for the own-news list when a post is slugged «own»', async () => {
    await post('mini-ppo-school', { title: 'Своя новость', slug: 'own' })
    await drainWorker(worker)
    const list = await page('mini-ppo-school', '/news/own/')
    expect(list.status).toBe(200)
    expect(list.html).toMatch(/<h1[^>]*>Наши новости<\/h1>/)
    const moved = await page('mini-ppo-school', '/news/own-mini-ppo-school/')
    expect(moved.status).toBe(200)
    expect(moved.html).toContain('<h1>Своя новость</h1>')
  })

  it('re-renders an older article when a new post enters its related block, only then', async () => {
    const related = (i: number, publishedAt: string) =>
      post('mini-ppo-plant', {
        title: `Связанная новость ${i}`,
        slug: `svyaz-${i}`,
        tags: ['связанные'],
        publishedAt,
      })
    for (const i of [1, 2, 3, 4]) await related(i, `2020-0${i}-01T09:00:00.000Z`)
    await drainWorker(worker)
    const before = await page('mini-ppo-plant', '/news/svyaz-1/')
    expect(relatedLinks(before.html)).toEqual([
      '/news/svyaz-4/',
      '/news/svyaz-3/',
      '/news/svyaz-2/',
    ])
    // Older than the three shown: the key is unchanged, the file is hard-linked as it was.
    await related(0, '2019-01-01T09:00:00.000Z')
    await drainWorker(worker)
    const unchanged = await page('mini-ppo-plant', '/news/svyaz-1/')
    expect(unchanged.inode).toBe(before.inode)
    expect(unchanged.html).toBe(before.html)
    await related(5, '2020-06-01T09:00:00.000Z')
    await drainWorker(worker)
    const after = await page('mini-ppo-plant', '/news/svyaz-1/')
    expect(relatedLinks(after.html)).toEqual(['/news/svyaz-5/', '/news/svyaz-4/', '/news/svyaz-3/'])
    expect(after.inode).not.toBe(before.inode)
  })

  it('leaves the live sites equal to a clean full build, byte for byte', async () => {
    await expectSameAsCleanBuild(payload, path.join(root, 'clean'), dirs().live)
  })
})
