import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ClaimedSite, SiteBuildQueue } from '../../domain/publishing/queueTypes'
import { BatchPublisher } from '../../publishing/worker/batchPublisher'
import { FileWriter } from '../../publishing/release/files/fileWriter'
import type { HostBuild } from '../../publishing/render/buildStep'
import { liveGeneration, type ReleaseDirs } from '../../publishing/release/releases'

let root: string
let dirs: ReleaseDirs
const files = new FileWriter(1)
const sites: ClaimedSite[] = Array.from({ length: 60 }, (_, i) => ({
  id: i + 1,
  host: `h${i + 1}.localhost`,
  gen: 3,
  attempts: 1,
}))

/** The queue calls the publisher makes, recorded; `lost` ids are no longer held. */
function fakeQueue(lost: Set<number> = new Set()) {
  const calls = { renewed: [] as number[][], completed: [] as number[][], failed: [] as number[] }
  const queue = {
    renew: async (_w: string, ids: readonly (string | number)[]) => {
      calls.renewed.push(ids.map(Number))
      return new Set(ids.filter((id) => !lost.has(Number(id))).map(String))
    },
    completeMany: async (_w: string, done: readonly { site: ClaimedSite }[]) => {
      calls.completed.push(done.map((d) => Number(d.site.id)))
      return new Set(done.map((d) => String(d.site.id)))
    },
    fail: async (_w: string, site: ClaimedSite) => void calls.failed.push(Number(site.id)),
    remove: async () => {},
  } as unknown as SiteBuildQueue
  return { queue, calls }
}

function built(site: ClaimedSite): HostBuild {
  const dir = path.join(root, 'work', site.host)
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'index.html'), site.host)
  return { host: site.host, status: 'built', dir, pages: 1 }
}

const publisher = (queue: SiteBuildQueue, published: ClaimedSite[] = []) =>
  new BatchPublisher(
    {
      queue,
      worker: 'w',
      leaseMs: 60_000,
      dirs,
      files,
      retryDelay: () => 1000,
      onPublished: (site) => published.push(site),
    },
    sites,
  )

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'union-sites-publisher-'))
  dirs = { live: path.join(root, 'sites'), releases: path.join(root, 'releases') }
})
afterEach(() => rmSync(root, { recursive: true, force: true }))
afterAll(() => files.close())

describe('publishing a batch while it builds', () => {
  it('puts hosts live a chunk at a time, before the batch ends, each lease checked first', async () => {
    const { queue, calls } = fakeQueue()
    const published: ClaimedSite[] = []
    const p = publisher(queue, published)
    sites.slice(0, 30).forEach((site, i) => p.add(i, built(site), {}))
    await p.drain()
    // The first full chunk is live and recorded while the rest of the batch still builds.
    expect(calls.renewed[0]).toEqual(sites.slice(0, 25).map((s) => s.id))
    expect(published.map((s) => s.id)).toEqual(sites.slice(0, 25).map((s) => s.id))
    expect(liveGeneration(dirs, 'h1.localhost')).toBe(3)
    expect(liveGeneration(dirs, 'h26.localhost')).toBe(0)
    const results = sites.map((site) => built(site))
    const report = await p.finish({ results, scratch: root, seconds: 1, pages: 60 })
    expect(report.published).toHaveLength(60)
    expect(calls.completed.flat().sort((a, b) => a - b)).toEqual(sites.map((s) => s.id))
    expect(readFileSync(path.join(dirs.live, 'h60.localhost', 'index.html'), 'utf8')).toBe(
      'h60.localhost',
    )
  })

  it('swaps in no host whose lease was lost, and fails the hosts whose build failed', async () => {
    const { queue, calls } = fakeQueue(new Set([2]))
    const p = publisher(queue)
    const results: HostBuild[] = sites.slice(0, 3).map((site) => built(site))
    results[2] = { host: sites[2]!.host, status: 'failed', error: 'Сборка сайта не удалась' }
    const report = await p.finish({ results, scratch: root, seconds: 1, pages: 2 })
    expect(report).toEqual({ published: ['h1.localhost'], failed: ['h3.localhost'] })
    expect(liveGeneration(dirs, 'h2.localhost')).toBe(0)
    expect(calls.failed).toEqual([3])
  })

  it('fails a host whose swap failed on its own, and puts the others live', async () => {
    const { queue, calls } = fakeQueue()
    const p = publisher(queue)
    const missing: HostBuild = {
      host: 'h1.localhost',
      status: 'built',
      dir: path.join(root, 'nothing-here'),
      pages: 1,
    }
    const report = await p.finish({
      results: [missing, built(sites[1]!)],
      scratch: root,
      seconds: 1,
      pages: 1,
    })
    expect(report).toEqual({ published: ['h2.localhost'], failed: ['h1.localhost'] })
    expect(calls.failed).toEqual([1])
    expect(liveGeneration(dirs, 'h1.localhost')).toBe(0)
    expect(liveGeneration(dirs, 'h2.localhost')).toBe(3)
  })
})
