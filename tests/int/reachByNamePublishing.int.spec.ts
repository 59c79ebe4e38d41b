import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import type { PublishWorker } from '../../publishing/worker/publishWorker'
import type { PreviewServer } from '../../serving/previewServer'
import { expectSameAsCleanBuild } from '../helpers/cleanBuild'
import { startPublishedMini, type PublishedDemo } from '../helpers/publishing/publishedDemo'
import { httpGet } from '../serve/helpers/httpGet'
import { drainWorker } from '../helpers/publishing/drainWorker'

/**
 * Reach by name through incremental publishing (issue 19): a federation post sent only into the
 * Терком's subtree lands on the school's site and nowhere else; renamed to the plant, it leaves
 * the school's site and lands on the plant's; the live sites stay equal to a clean full build.
 */
let site: PublishedDemo
let payload: Payload
let root: string
let worker: PublishWorker
let server: PreviewServer
let directory: OrgDirectory
const orgId = (key: string) => [...directory.orgs.values()].find((o) => o.key === key)!.id
const SLUG = 'tolko-terkomu'

async function status(key: string, sitePath: string) {
  const { host, basePath } = directory.address(orgId(key))
  return (await httpGet(server.port, host, `${basePath}${sitePath}`)).status
}

const shownAt = async () => {
  const keys = ['mini-union', 'mini-terkom', 'mini-ppo-school', 'mini-ppo-plant']
  const shown: string[] = []
  for (const key of keys) if ((await status(key, `/news/${SLUG}/`)) === 200) shown.push(key)
  return shown
}

beforeAll(async () => {
  site = await startPublishedMini()
  ;({ payload, root, worker, server } = site)
  directory = await OrgDirectory.load(payload)
}, 300_000)

afterAll(async () => site?.close())

describe('a post sent to named organizations, published incrementally', () => {
  it('lands only in the named subtree, and moves when the names change', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: {
        title: 'Только Теркому',
        slug: SLUG,
        organization: orgId('mini-fed'),
        _status: 'published',
        reach: { scope: 'subtree', within: [orgId('mini-terkom')] },
      } as never,
      depth: 0,
    })
    await drainWorker(worker)
    expect(await shownAt()).toEqual(['mini-terkom', 'mini-ppo-school'])

    await payload.update({
      collection: 'posts',
      id: post.id,
      data: { reach: { scope: 'subtree', within: [orgId('mini-ppo-plant')] } } as never,
      depth: 0,
    })
    await drainWorker(worker)
    expect(await shownAt()).toEqual(['mini-ppo-plant'])

    await payload.update({
      collection: 'posts',
      id: post.id,
      data: { reach: { scope: 'subtree', within: [], except: [orgId('mini-terkom')] } } as never,
      depth: 0,
    })
    await drainWorker(worker)
    expect(await shownAt()).toEqual(['mini-union', 'mini-ppo-plant'])
  })

  it('leaves the live sites equal to a clean full build, byte for byte', async () => {
    await expectSameAsCleanBuild(payload, path.join(root, 'clean'), path.join(root, 'sites'))
  })
})
