import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../config/paths'
import { openQueue } from '../../cms/publishing/queue/openQueue'
import type { HostMark } from '../../domain/publishing/queueTypes'
import { liveGeneration } from '../../publishing/release/releases'
import { childOptionsArgument } from '../../tools/lib/childOptions'
import { queueWorkerOptions } from '../helpers/publishing/queueWorkerOptions'
import { startTestPayload, testDb, type TestPayload } from '../helpers/testPayload'

const HOSTS = 1000
const WORKERS = 3
let t: TestPayload
let payload: Payload
let root: string

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  root = mkdtempSync(path.join(tmpdir(), 'union-sites-workers-'))
})
afterAll(async () => {
  await t?.close()
  rmSync(root, { recursive: true, force: true })
})

// Small batches make the workers claim often and contend: with the claim's SKIP LOCKED and
// re-check removed, this setting caught 9 double builds of 1,013.
function startWorker(): ChildProcess {
  return spawn(
    path.join(PROJECT_ROOT, 'node_modules/.bin/tsx'),
    [
      path.join(PROJECT_ROOT, 'tests/helpers/publishing/queueWorkerProcess.ts'),
      childOptionsArgument(queueWorkerOptions, { root, idleMs: 4000, batch: 3 }),
    ],
    { stdio: 'inherit' },
  )
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))

const readyCount = () =>
  readdirSync(root).filter(
    (f) => f.endsWith('.log') && readFileSync(path.join(root, f), 'utf8').startsWith('ready'),
  ).length

// The claim is what PostgreSQL's FOR UPDATE SKIP LOCKED makes safe; SQLite's single writer is
// exercised by the same code in publishQueue.int.spec.ts.
describe.runIf(testDb() === 'postgres')('several workers on one queue', () => {
  it(`${WORKERS} workers publish ${HOSTS} sites, each change exactly once in effect`, async () => {
    const org = await payload.create({
      collection: 'organizations',
      data: { name: 'Федерация для проверки очереди', kind: 'federation' } as never,
    })
    const queue = openQueue(payload)
    const mark = (i: number): HostMark => ({
      host: `h${String(i).padStart(4, '0')}.localhost`,
      org: org.id,
      orgPath: `/${org.id}/`,
    })
    // The org's own creation recorded a change; drop it so that only the synthetic hosts count.
    await payload.delete({ collection: 'publish-changes', where: {}, overrideAccess: true })
    await queue.mark(
      Array.from({ length: HOSTS }, (_, i) => mark(i)),
      'test',
    )

    const workers = Array.from({ length: WORKERS }, startWorker)
    const exits = workers.map(exited)
    // More changes arrive while the workers run: they must be built again, once each.
    for (let deadline = Date.now() + 120_000; readyCount() < WORKERS && Date.now() < deadline;)
      await new Promise((r) => setTimeout(r, 200))
    for (let round = 0; round < 10; round++) {
      const some = Array.from({ length: 30 }, () => mark(Math.floor(Math.random() * HOSTS)))
      await queue.mark(some, 'test again')
      await new Promise((r) => setTimeout(r, 150))
    }
    expect(await Promise.all(exits)).toEqual(Array(WORKERS).fill(0))

    const lines = readdirSync(root)
      .filter((f) => f.endsWith('.log'))
      .flatMap((f) => readFileSync(path.join(root, f), 'utf8').trim().split('\n'))
    const builds = lines.filter((l) => l.startsWith('build '))
    const done = lines.filter((l) => l.startsWith('done '))
    expect(new Set(done).size, 'a generation published twice').toBe(done.length)
    expect(builds.length, 'a build whose result was thrown away').toBe(done.length)

    const { docs } = await payload.find({
      collection: 'site-builds',
      select: { host: true, requested: true, built: true },
      limit: 0,
      pagination: false,
      depth: 0,
    })
    expect(docs).toHaveLength(HOSTS)
    const dirs = { live: path.join(root, 'sites'), releases: path.join(root, 'releases') }
    for (const row of docs) {
      expect(Number(row.built), row.host).toBe(Number(row.requested))
      expect(liveGeneration(dirs, row.host), row.host).toBe(Number(row.built))
    }
    const perWorker = readdirSync(root)
      .filter((f) => f.endsWith('.log'))
      .map((f) => readFileSync(path.join(root, f), 'utf8').split('\ndone ').length - 1)
    expect(
      perWorker.every((n) => n > 0),
      `work was shared: ${perWorker.join(', ')}`,
    ).toBe(true)
    expect(existsSync(path.join(root, 'work'))).toBe(true)
  })
})
