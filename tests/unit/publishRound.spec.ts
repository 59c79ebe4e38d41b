import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ClaimedSite, SiteBuildQueue } from '../../domain/publishing/queueTypes'
import { FileWriter } from '../../publishing/release/files/fileWriter'
import { liveGeneration, type ReleaseDirs } from '../../publishing/release/releases'
import type { BatchBuild, BuildStep, BuiltHost } from '../../publishing/render/buildStep'
import { Rendering } from '../../publishing/render/rendering'
import { BusyTime } from '../../publishing/worker/busyTime'
import { publishRound, type Round } from '../../publishing/worker/publishRound'
import { RoundOrgs } from '../../publishing/worker/roundOrgs'

let root: string
let dirs: ReleaseDirs
const files = new FileWriter(1)
const sites: ClaimedSite[] = Array.from({ length: 30 }, (_, i) => ({
  id: i + 1,
  host: `h${i + 1}.localhost`,
  gen: 2,
  attempts: 1,
}))

/** A queue holding `sites` with no recorded changes; the calls made are recorded. */
function fakeQueue() {
  const calls = { completed: [] as number[], failed: [] as number[] }
  let claimed = false
  const queue = {
    takeChanges: async () => 0,
    claim: async () => (claimed ? [] : ((claimed = true), sites)),
    renew: async (_w: string, ids: readonly (string | number)[]) => new Set(ids.map(String)),
    completeMany: async (_w: string, done: readonly { site: ClaimedSite }[]) => {
      calls.completed.push(...done.map((d) => Number(d.site.id)))
      return new Set(done.map((d) => String(d.site.id)))
    },
    fail: async (_w: string, site: ClaimedSite) => void calls.failed.push(Number(site.id)),
    remove: async () => {},
  } as unknown as SiteBuildQueue
  return { queue, calls }
}

function hostDir(host: string) {
  const dir = path.join(root, 'work', host)
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'index.html'), host)
  return dir
}

const batchOf = (hosts: readonly string[]): BatchBuild => ({
  results: hosts.map((host) => ({ host, status: 'built', dir: hostDir(host), pages: 1 })),
  scratch: path.join(root, 'work'),
  seconds: 0,
  pages: hosts.length,
})

function round(queue: SiteBuildQueue, build: BuildStep, events: string[] = []): Round {
  // After a release the round asks whether any site has «every» subscribers: here none.
  const payload = { count: async () => ({ totalDocs: 0 }) } as unknown as Payload
  return {
    payload,
    queue,
    worker: 'w',
    leaseMs: 60_000,
    options: { dirs, workDir: path.join(root, 'work'), onSwapped: (h) => events.push(`live ${h}`) },
    orgs: new RoundOrgs(payload),
    files,
    build,
    busy: new BusyTime(),
    retryDelay: () => 1000,
  }
}

const until = async (done: () => boolean) => {
  for (let i = 0; i < 500 && !done(); i++) await new Promise((r) => setTimeout(r, 10))
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'union-sites-round-'))
  dirs = { live: path.join(root, 'sites'), releases: path.join(root, 'releases') }
})
afterEach(() => rmSync(root, { recursive: true, force: true }))
afterAll(() => files.close())

describe('a worker round', () => {
  it('puts the hosts yielded by the render stage live while the others still render', async () => {
    const { queue, calls } = fakeQueue()
    const events: string[] = []
    async function* build(_p: Payload, hosts: readonly string[]) {
      const batch = batchOf(hosts)
      for (const [index, result] of batch.results.entries()) {
        events.push(`built ${result.host}`)
        yield { index, result, builtWith: {} } satisfies BuiltHost
        // After a full chunk of 25, the renderer keeps rendering until the first host is live.
        if (index === 24) await until(() => events.includes('live h1.localhost'))
      }
      return batch
    }
    const report = await publishRound(round(queue, build, events))
    expect(events.indexOf('live h1.localhost')).toBeGreaterThan(-1)
    expect(events.indexOf('live h1.localhost')).toBeLessThan(events.indexOf('built h26.localhost'))
    expect(report?.published).toHaveLength(30)
    expect(calls.completed.sort((a, b) => a - b)).toEqual(sites.map((s) => s.id))
    expect(liveGeneration(dirs, 'h30.localhost')).toBe(2)
  })

  it('keeps the hosts already live when the render stage fails half-way, and fails the rest', async () => {
    const { queue, calls } = fakeQueue()
    const events: string[] = []
    async function* build(
      _p: Payload,
      hosts: readonly string[],
    ): AsyncGenerator<BuiltHost, BatchBuild> {
      const batch = batchOf(hosts)
      for (const [index, result] of batch.results.slice(0, 25).entries())
        yield { index, result, builtWith: {} }
      await until(() => events.includes('live h25.localhost'))
      throw new Error('disk gone')
    }
    await expect(publishRound(round(queue, build, events))).rejects.toThrow('disk gone')
    expect(liveGeneration(dirs, 'h25.localhost')).toBe(2)
    expect(liveGeneration(dirs, 'h26.localhost')).toBe(0)
    expect(calls.completed).toHaveLength(25)
    // Every claimed host is given back; for the 25 completed ones the queue changes nothing.
    expect(calls.failed).toEqual(sites.map((s) => s.id))
  })

  it('publishes a build step that reports its hosts only at its end', async () => {
    const { queue, calls } = fakeQueue()
    const build = async (_p: Payload, hosts: readonly string[]) => batchOf(hosts)
    const report = await publishRound(round(queue, build))
    expect(report?.published).toHaveLength(30)
    expect(report?.pages).toBe(30)
    expect(calls.completed).toHaveLength(30)
  })
})

describe('Rendering', () => {
  it('yields every host of a whole-batch build with its index, then knows the batch', async () => {
    const rendering = new Rendering(Promise.resolve(batchOf(['a.localhost', 'b.localhost'])))
    expect(() => rendering.batch).toThrow()
    const seen: [number, string][] = []
    for await (const built of rendering) seen.push([built.index, built.result.host])
    expect(seen).toEqual([
      [0, 'a.localhost'],
      [1, 'b.localhost'],
    ])
    expect(rendering.batch.pages).toBe(2)
  })
})
