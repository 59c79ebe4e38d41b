import { existsSync, readdirSync, statSync } from 'node:fs'
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
 * The search indexes hold each host's OWN content: a federation post re-indexes the federation's
 * host alone (every receiver's index is hard-linked from its live release, same inode), a ППО
 * post only the ППО's, and the result equals a clean build byte for byte.
 */
let site: PublishedDemo
let payload: Payload
let root: string
let worker: PublishWorker
let server: PreviewServer
let directory: OrgDirectory
const dirs = () => ({ live: path.join(root, 'sites'), releases: path.join(root, 'releases') })
const orgId = (key: string) => [...directory.orgs.values()].find((o) => o.key === key)!.id
const hostOf = (key: string) => directory.address(orgId(key)).host

/** The inode of each live host's index entry file: a new inode is a rebuilt index. */
function indexInodes(): Map<string, number> {
  const live = dirs().live
  const inodes = new Map<string, number>()
  for (const host of readdirSync(live).filter((h) => !h.startsWith('_') && !h.startsWith('.'))) {
    const entry = path.join(live, host, '_search', 'pagefind-entry.json')
    if (existsSync(entry)) inodes.set(host, statSync(entry).ino)
  }
  return inodes
}

const changed = (before: Map<string, number>, after: Map<string, number>) =>
  [...after].filter(([host, ino]) => before.get(host) !== ino).map(([host]) => host)

async function publish(key: string, slug: string, title: string) {
  await payload.create({
    collection: 'posts',
    data: { title, slug, lead: title, organization: orgId(key), _status: 'published' } as never,
  })
  for (let report = await worker.runOnce(); report; report = await worker.runOnce())
    expect(report.failed).toEqual([])
}

beforeAll(async () => {
  site = await startPublishedMini()
  ;({ payload, root, worker, server } = site)
  directory = await OrgDirectory.load(payload)
}, 300_000)

afterAll(async () => site?.close())

describe('search indexes when a post is published', () => {
  it('every published host has its index, served on another host of the network', async () => {
    const before = indexInodes()
    expect(before.size).toBeGreaterThan(2)
    const fed = hostOf('mini-fed')
    const ppo = hostOf('mini-ppo-school')
    const answer = await httpGet(
      server.port,
      `${ppo}:${server.port}`,
      `/_search/${fed}/pagefind-entry.json`,
    )
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.body.toString('utf8'))).toHaveProperty('languages.ru')
  })

  it('a federation post re-indexes one index: the federation’s', async () => {
    const before = indexInodes()
    await publish('mini-fed', 'dogovory-2026', 'Коллективные договоры 2026 года')
    const after = indexInodes()
    expect(changed(before, after)).toEqual([hostOf('mini-fed')])
    // …while every receiver did get the post (its scope file lists it).
    const ppo = hostOf('mini-ppo-school')
    const scope = await httpGet(server.port, `${ppo}:${server.port}`, '/search-scope.json')
    expect(scope.body.toString('utf8')).toContain('/news/dogovory-2026/')
  })

  it('a ППО post re-indexes only the ППО’s index, and the sites equal a clean build', async () => {
    const before = indexInodes()
    await publish('mini-ppo-school', 'sobranie-profkoma', 'Собрание профкома')
    expect(changed(before, indexInodes())).toEqual([hostOf('mini-ppo-school')])
    await expectSameAsCleanBuild(payload, path.join(root, 'clean'), dirs().live)
  })
})
