import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import type { PublishWorker } from '../../publishing/worker/publishWorker'
import { startPublishedMini, type PublishedDemo } from '../helpers/publishing/publishedDemo'
import type { PreviewServer } from '../../serving/previewServer'
import { expectSameAsCleanBuild } from '../helpers/cleanBuild'
import { httpGet } from '../serve/helpers/httpGet'

/**
 * A slug change through incremental publishing: the worker rebuilds the origin's host and the
 * receivers' (the change expansion of any published post), each answers the old address with
 * 301, and the live sites still equal a clean full build byte for byte.
 */
let site: PublishedDemo
let payload: Payload
let root: string
let worker: PublishWorker
let server: PreviewServer
let directory: OrgDirectory
const dirs = () => ({ live: path.join(root, 'sites'), releases: path.join(root, 'releases') })
const orgId = (key: string) => [...directory.orgs.values()].find((o) => o.key === key)!.id

async function answer(key: string, slug: string) {
  const { host, basePath } = directory.address(orgId(key))
  const got = await httpGet(server.port, host, `${basePath}/news/${slug}/`)
  return [got.status, got.headers.location] as const
}

beforeAll(async () => {
  site = await startPublishedMini()
  ;({ payload, root, worker, server } = site)
  directory = await OrgDirectory.load(payload)
}, 300_000)

afterAll(async () => site?.close())

describe('a published post renamed, published incrementally', () => {
  it('answers 301 from the old address on the origin and on a receiving section site', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: {
        title: 'Отчётная конференция федерации',
        slug: 'otchetnaya-konferentsiya',
        organization: orgId('mini-fed'),
        _status: 'published',
      } as never,
    })
    expect((await worker.runOnce())?.failed).toEqual([])
    expect((await answer('mini-ppo-school', 'otchetnaya-konferentsiya'))[0]).toBe(200)

    await payload.update({
      collection: 'posts',
      id: post.id,
      data: { slug: 'konferentsiya-2026', _status: 'published' } as never,
    })
    expect((await worker.runOnce())?.failed).toEqual([])
    for (const key of ['mini-fed', 'mini-ppo-school']) {
      const base = directory.address(orgId(key)).basePath
      expect(await answer(key, 'otchetnaya-konferentsiya'), key).toEqual([
        301,
        `${base}/news/konferentsiya-2026/`,
      ])
      expect((await answer(key, 'konferentsiya-2026'))[0], key).toBe(200)
    }
  })

  it('leaves the live sites equal to a clean full build, byte for byte', async () => {
    await expectSameAsCleanBuild(payload, path.join(root, 'clean'), dirs().live)
  })
})
