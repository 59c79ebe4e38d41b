import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import { importBundle } from '../../cms/import/importBundle'
import { publishEverything } from '../../publishing/worker/publishEverything'
import { PublishWorker } from '../../publishing/worker/publishWorker'
import {
  liveGeneration,
  liveHosts,
  publishHost,
  type ReleaseDirs,
} from '../../publishing/release/releases'
import { apiClient } from '../helpers/apiClient'
import { demoWithoutFiles } from '../helpers/demoWithoutFiles'
import { until } from '../helpers/faults/faultWorkers'
import { mountSmallDisk, type SmallDisk } from '../helpers/faults/smallDisk'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const disk = mountSmallDisk(160)
const skipReason = typeof disk === 'string' ? disk : undefined
let t: TestPayload
let payload: Payload
let dirs: ReleaseDirs
let workDir: string

beforeAll(async () => {
  if (skipReason) return
  const { dir } = disk as SmallDisk
  t = await startTestPayload()
  payload = t.payload
  dirs = { live: path.join(dir, 'sites'), releases: path.join(dir, 'releases') }
  workDir = path.join(dir, 'work')
  await importBundle(payload, demoWithoutFiles())
  const first = await publishEverything(new PublishWorker(payload, { dirs, workDir }), payload)
  if (first.failed > 0) throw new Error(`${first.failed} demo site(s) did not build`)
})
afterAll(async () => {
  await t?.close()
  if (!skipReason) (disk as SmallDisk).unmount()
})

describe.skipIf(skipReason)(
  `the disk filling up while a site is written${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    it('keeps the live site, says so in Russian in «Публикация сайтов», and publishes once space returns', async () => {
      const { fill, free } = disk as SmallDisk
      const directory = await OrgDirectory.load(payload)
      const org = [...directory.orgs.values()].find((o) => o.key === 'ppo-mine-rassvet')!
      const { host, basePath } = directory.address(org.id)
      const newsFile = () =>
        readFileSync(path.join(dirs.live, host, basePath, 'news', 'index.html'), 'utf8')
      const before = { gen: liveGeneration(dirs, host), news: newsFile() }
      const api = apiClient(payload)
      const token = await api.login('admin@union-sites.local', 'demo-admin-2026')
      const row = async () => {
        const answer = await api.rest('GET', `/site-builds?where[host][equals]=${host}&depth=0`, {
          token,
        })
        expect(answer.status).toBe(200)
        return answer.body.docs[0] as { status: string; lastError?: string | null }
      }

      // The worker runs on its own from here on, as `npm run worker` does; nobody touches it.
      const logs: string[] = []
      const worker = new PublishWorker(payload, {
        dirs,
        workDir,
        pollMs: 100,
        retryMs: 300,
        log: (line) => logs.push(line),
      })
      const running = worker.run()
      try {
        fill()
        const title = 'Профком добился ремонта бытовок'
        await payload.create({
          collection: 'posts',
          data: { title, organization: org.id, _status: 'published' } as never,
        })
        await until(
          'the failed write to be reported',
          async () => (await row()).status === 'failed',
        )
        const failed = await row()
        expect(failed.lastError).toMatch(/^Недостаточно места на диске/)
        expect(failed.lastError).not.toMatch(/Something went wrong|Error:/)

        // The live site is the one from before, whole.
        expect(liveGeneration(dirs, host)).toBe(before.gen)
        expect(newsFile()).toBe(before.news)
        // Still failing while the disk is full (the worker keeps trying, the site stays put).
        await new Promise((r) => setTimeout(r, 1500))
        expect(newsFile()).toBe(before.news)

        free()
        await until('the site to be published', async () => (await row()).status === 'published')
        expect(newsFile()).toContain(title)
        expect(liveGeneration(dirs, host)).toBeGreaterThan(before.gen)
        expect((await row()).lastError ?? null).toBeNull()
      } finally {
        worker.stop()
        await running
      }
    })

    it('a swap that runs out of space leaves the live link and no half-made release behind', async () => {
      const { fill, free } = disk as SmallDisk
      const host = liveHosts(dirs)[0]!
      const gen = liveGeneration(dirs, host)
      const built = path.join(workDir, 'swap-test', host)
      mkdirSync(built, { recursive: true })
      writeFileSync(path.join(built, 'index.html'), '<!doctype html><title>новая версия</title>')
      const releases = () => readdirSync(path.join(dirs.releases, host)).sort()
      const before = releases()
      const keys = Object.fromEntries(
        Array.from({ length: 2000 }, (_, i) => [`page-${i}/index.html`, 'k'.repeat(40)]),
      )
      fill()
      try {
        expect(() => publishHost(dirs, host, built, gen + 1, keys)).toThrow(/ENOSPC/)
      } finally {
        free()
      }
      expect(liveGeneration(dirs, host)).toBe(gen)
      expect(releases()).toEqual(before)
    })
  },
)
