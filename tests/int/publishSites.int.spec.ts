import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import { queryFeed } from '../../cms/syndication/feedQuery'
import { PublishWorker } from '../../publishing/worker/publishWorker'
import type { PreviewServer } from '../../serving/previewServer'
import { expectSameAsCleanBuild } from '../helpers/cleanBuild'
import { startPublishedDemo, type PublishedDemo } from '../helpers/publishing/publishedDemo'
import { httpGet } from '../serve/helpers/httpGet'

let demo: PublishedDemo
let payload: Payload
let root: string
let worker: PublishWorker
let server: PreviewServer
let directory: OrgDirectory
const dirs = () => demo.dirs
const orgId = (key: string) => [...directory.orgs.values()].find((o) => o.key === key)!.id

/** The page of a news item on an org's site, through the preview server. */
async function newsPage(key: string, slug: string) {
  const { host, basePath } = directory.address(orgId(key))
  const answer = await httpGet(server.port, `${host}:${server.port}`, `${basePath}/news/${slug}/`)
  return { status: answer.status, html: answer.body.toString('utf8') }
}

beforeAll(async () => {
  demo = await startPublishedDemo()
  ;({ payload, root, worker, server } = demo)
  directory = await OrgDirectory.load(payload)
})
afterAll(async () => demo?.close())

describe('publishing to the sites', () => {
  it('a federation post reaches a union, a territorial org and a ППО with provenance; unpublishing removes it', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: {
        title: 'Единый день охраны труда',
        slug: 'edinyy-den-okhrany-truda',
        lead: 'Федерация призывает провести проверки условий труда.',
        organization: orgId('fnpr'),
        _status: 'published',
      } as never,
    })
    const report = await worker.runOnce()
    expect(report?.failed).toEqual([])
    const canonical = `${directory.address(orgId('fnpr')).url}news/edinyy-den-okhrany-truda/`
    for (const key of ['union-coal', 'coal-kuzbass', 'ppo-mine-rassvet']) {
      const page = await newsPage(key, 'edinyy-den-okhrany-truda')
      expect(page.status, key).toBe(200)
      expect(page.html).toContain('Единый день охраны труда')
      expect(page.html).toContain('Материал')
      expect(page.html).toContain(`<link rel="canonical" href="${canonical}"`)
    }
    await payload.update({ collection: 'posts', id: post.id, data: { _status: 'draft' } as never })
    await worker.runOnce()
    for (const key of ['fnpr', 'union-coal', 'coal-kuzbass', 'ppo-mine-rassvet'])
      expect((await newsPage(key, 'edinyy-den-okhrany-truda')).status, key).toBe(404)
  })

  it('deletes retired releases only once the queue has been idle for a while', async () => {
    const trash = path.join(dirs().releases, '.trash')
    const waiting = () => (existsSync(trash) ? readdirSync(trash).length : 0)
    // The previous test gave every site of the federation's reach a third release.
    expect(waiting()).toBeGreaterThan(0)
    const tidyAfterMs = 2_000
    const runner = new PublishWorker(payload, {
      dirs: dirs(),
      workDir: path.join(root, 'work'),
      pollMs: 50,
      tidyAfterMs,
    })
    await payload.create({
      collection: 'posts',
      data: {
        title: 'Собрание профгруппы',
        organization: orgId('ppo-mine-rassvet'),
        _status: 'published',
      } as never,
    })
    expect((await runner.runOnce())?.published).toHaveLength(1)
    const idleFrom = performance.now()
    const running = runner.run()
    try {
      await new Promise((r) => setTimeout(r, tidyAfterMs / 2))
      // Nothing is deleted before the queue has been idle for tidyAfterMs.
      if (performance.now() - idleFrom < tidyAfterMs) expect(waiting()).toBeGreaterThan(0)
      for (const deadline = Date.now() + 60_000; waiting() > 0 && Date.now() < deadline;)
        await new Promise((r) => setTimeout(r, 100))
      expect(waiting()).toBe(0)
      expect(performance.now() - idleFrom).toBeGreaterThanOrEqual(tidyAfterMs)
    } finally {
      runner.stop()
      await running
    }
  })

  it('queues the sites rendered by older templates or themes when a worker starts', async () => {
    const host = directory.address(orgId('ppo-mine-rassvet')).host
    const { docs } = await payload.find({
      collection: 'site-builds',
      where: { host: { equals: host } },
      depth: 0,
      limit: 1,
    })
    const current = docs[0]!.renderer
    expect(current).toMatch(/^[0-9a-f]{16}$/)
    await payload.update({ collection: 'site-builds', id: docs[0]!.id, data: { renderer: 'old' } })
    expect(await worker.warmUp()).toBe(1)
    const report = await worker.runOnce()
    expect(report?.published).toEqual([host])
    const after = await payload.findByID({ collection: 'site-builds', id: docs[0]!.id, depth: 0 })
    expect(after.renderer).toBe(current)
    expect(await worker.warmUp()).toBe(0)
  })

  it('after edits, moves and decisions the published sites equal a clean full build, byte for byte', async () => {
    const { docs: posts } = await payload.find({
      collection: 'posts',
      where: { mandatory: { equals: false } },
      sort: 'id',
      limit: 3,
      depth: 0,
    })
    const { docs: pages } = await payload.find({
      collection: 'pages',
      where: { organization: { equals: orgId('coal-kuzbass') } },
      limit: 1,
      depth: 0,
    })
    const { docs: ppo } = await payload.find({
      collection: 'organizations',
      where: { parent: { equals: orgId('coal-kuzbass') } },
      limit: 1,
      depth: 0,
    })
    // An item low in a ППО's feed: pinning it moves it to the top of the home page.
    const req = await createLocalReq({}, payload)
    const feed = await queryFeed(req, orgId('ppo-school-1234'), { limit: 10, now: new Date() })
    const lowItem = feed.filter((i) => !i.pinned).at(-1)!

    // Wide changes first, then narrow ones: a later wide rebuild would cover up a narrow change
    // that the tracking missed. Each edit is followed by the worker, as in production.
    await applyEach([
      () =>
        payload.update({
          collection: 'posts',
          id: posts[0]!.id,
          data: { title: `${posts[0]!.title} — дополнено` },
        }),
      () =>
        payload.update({
          collection: 'posts',
          id: posts[1]!.id,
          data: { _status: 'draft' } as never,
        }),
      () =>
        payload.update({
          collection: 'organizations',
          id: orgId('coal-vorkuta'),
          data: { shortName: 'Терком Воркуты' },
        }),
      // A ППО moves to another territorial org: the subtree refresh job runs, then the worker.
      async () => {
        await payload.update({
          collection: 'organizations',
          id: ppo[0]!.id,
          data: { parent: orgId('coal-vorkuta') } as never,
        })
        await payload.jobs.run({ limit: 10 })
      },
    ])
    await expectCleanBuild()
    await applyEach([
      () =>
        payload.create({
          collection: 'feed-decisions',
          data: {
            organization: orgId('ppo-school-1234'),
            post: lowItem.post,
            action: 'pin',
          } as never,
        }),
      () =>
        payload.update({
          collection: 'pages',
          id: pages[0]!.id,
          data: { title: `${pages[0]!.title} и задачи` },
        }),
      () =>
        payload.update({
          collection: 'organizations',
          id: orgId('ppo-zel-kindergarten'),
          data: { contacts: { phone: '+7 (499) 000-00-01' } } as never,
        }),
      () =>
        payload.create({
          collection: 'posts',
          data: {
            title: 'Собрание профкома шахты',
            organization: orgId('ppo-mine-rassvet'),
            _status: 'published',
          } as never,
        }),
    ])
    await expectCleanBuild()
  })
})

async function applyEach(edits: (() => Promise<unknown>)[]) {
  for (const edit of edits) {
    await edit()
    while (await worker.runOnce()) {
      /* until the queue is empty */
    }
  }
}

let cleanBuilds = 0
const expectCleanBuild = () =>
  expectSameAsCleanBuild(payload, path.join(root, `clean-${++cleanBuilds}`), dirs().live)
