import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openQueue } from '../../cms/publishing/queue/openQueue'
import type { HostMark } from '../../domain/publishing/queueTypes'
import { keepPoolAlive } from '../../cms/db/keepPoolAlive'
import { configValue, readDeveloperConfig } from '../../config'
import { liveGeneration } from '../../publishing/release/releases'
import { sitePages } from '../helpers/faults/contentBuild'
import {
  repeated,
  sleep,
  startFaultWorker,
  until,
  workerLines,
  type FaultWorker,
} from '../helpers/faults/faultWorkers'
import { controlledPostgres, type ControlledPostgres } from '../helpers/faults/pgControl'
import { testDb } from '../helpers/testPayload'

const HOSTS = 300
const WORKERS = 2
const OUTAGE_MS = 6000
const onPostgres = testDb() === 'postgres'

let pg: ControlledPostgres
let payload: Payload
let root: string

/** A query right after the restart may meet a connection the server dropped: ask again. */
async function retrying<T>(fn: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await fn()
    } catch (error) {
      if (i >= 20) throw error
      await sleep(250)
    }
  }
}

beforeAll(async () => {
  if (!onPostgres) return
  pg = controlledPostgres(readDeveloperConfig().TEST_FAULT_POSTGRES_PORT)
  root = mkdtempSync(path.join(tmpdir(), 'union-sites-pg-fault-'))
  process.env.DATA_DIR = root
  process.env.DATABASE_URI = pg.uri
  process.env.PAYLOAD_SECRET = 'integration-test-secret'
  process.env.LOG_LEVEL = configValue('LOG_LEVEL') ?? 'fatal'
  const { bootPayload } = await import('../../cms/lib/bootPayload')
  payload = await bootPayload()
  keepPoolAlive(payload.db)
})
afterAll(async () => {
  if (!onPostgres) return
  await payload?.destroy().catch(() => {})
  pg?.close()
  rmSync(root, { recursive: true, force: true })
})

// Needs a PostgreSQL server of its own to stop and start; SQLite has no server to lose.
describe.skipIf(!onPostgres)(
  'PostgreSQL stopped during a federation-wide publish (TEST_DB=postgres only)',
  () => {
    it('the workers wait, resume by themselves, and publish every change exactly once', async () => {
      const org = await payload.create({
        collection: 'organizations',
        data: { name: 'Федерация для проверки сбоя базы', kind: 'federation' } as never,
      })
      const post = (title: string) =>
        payload.create({
          collection: 'posts',
          data: { title, organization: org.id, _status: 'published' } as never,
        })
      await post('Обращение до сбоя')
      const queue = openQueue(payload)
      const hosts = Array.from(
        { length: HOSTS },
        (_, i) => `h${String(i).padStart(4, '0')}.localhost`,
      )
      const marks: HostMark[] = hosts.map((host) => ({ host, org: org.id, orgPath: `/${org.id}/` }))
      await queue.mark(marks, 'федеральная публикация')

      const options = { root, batch: 10, leaseMs: 4000, buildDelayMs: 150 }
      const workers: FaultWorker[] = Array.from({ length: WORKERS }, () =>
        startFaultWorker(options),
      )
      const done = () => workerLines(root).filter((l) => l.startsWith('done ')).length
      const outputs = () => workers.map((w) => w.output()).join('\n')
      // Both workers booted (a worker that starts during the outage is another story) and busy.
      const ready = () => workerLines(root).filter((l) => l === 'ready').length
      await until(
        'the publish to be under way',
        () => ready() === WORKERS && done() >= 40,
        90_000,
      ).catch((e: Error) => {
        throw new Error(`${e.message}\n${outputs()}`)
      })

      pg.stop()
      const stoppedAt = Date.now()
      await sleep(OUTAGE_MS)
      // Nobody published while the database was away.
      const whileDown = done()
      pg.start()
      expect(Date.now() - stoppedAt).toBeGreaterThanOrEqual(OUTAGE_MS)

      await retrying(() => post('Обращение после сбоя'))
      await retrying(() => queue.mark(marks, 'федеральная публикация снова'))
      const died = () => workers.filter((w) => w.child.exitCode !== null || w.child.signalCode)
      await until(
        'the queue to empty',
        async () => {
          if (died().length > 0) return true
          const backlog = await queue.backlog()
          return backlog.hosts === 0 && backlog.changes === 0
        },
        60_000,
      ).catch((e: Error) => {
        throw new Error(`${e.message}\n${outputs()}`)
      })
      expect(died().map((w) => w.output())).toEqual([])
      expect(whileDown).toBeLessThan(HOSTS)

      // Every worker rode out the outage and stops cleanly.
      for (const w of workers) w.child.kill('SIGTERM')
      expect(await Promise.all(workers.map((w) => w.exited)), outputs()).toEqual(
        Array(WORKERS).fill(0),
      )

      const lines = workerLines(root)
      const swaps = lines.filter((l) => l.startsWith('swap '))
      const dones = lines.filter((l) => l.startsWith('done '))
      expect(repeated(swaps), 'a generation swapped in twice').toEqual([])
      expect(repeated(dones), 'a generation recorded twice').toEqual([])

      const dirs = { live: path.join(root, 'sites'), releases: path.join(root, 'releases') }
      const { docs } = await payload.find({
        collection: 'site-builds',
        where: { host: { in: hosts } },
        select: { host: true, requested: true, built: true, leaseOwner: true },
        limit: 0,
        pagination: false,
        depth: 0,
      })
      expect(docs).toHaveLength(HOSTS)
      const clean = await sitePages(payload, hosts)
      for (const row of docs) {
        // Two marks, and the posts' changes when they reach the org's hosts: at least 2.
        expect(Number(row.requested), row.host).toBeGreaterThanOrEqual(2)
        expect(Number(row.built), row.host).toBe(Number(row.requested))
        expect(row.leaseOwner ?? null, row.host).toBeNull()
        expect(liveGeneration(dirs, row.host), row.host).toBe(Number(row.built))
        const live = readFileSync(path.join(dirs.live, row.host, 'index.html'), 'utf8')
        expect(live, row.host).toBe(clean.get(row.host))
      }
      expect(clean.get(hosts[0]!)).toContain('Обращение после сбоя')

      // The outage is reported, but not once per poll: a few lines per worker.
      for (const w of workers) {
        const noise = w
          .output()
          .split('\n')
          .filter((l) => /^\[worker \S+\] (?!published )/.test(l))
        expect(noise.length, w.output()).toBeGreaterThan(0)
        expect(noise.length, w.output()).toBeLessThanOrEqual(8)
      }
    })
  },
)
