import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import { importBundle } from '../../cms/import/importBundle'
import { hostMarks } from '../../cms/publishing/siteHosts'
import { openQueue } from '../../cms/publishing/queue/openQueue'
import { liveGeneration } from '../../publishing/release/releases'
import { demoWithoutFiles } from '../helpers/demoWithoutFiles'
import { readDeveloperConfig } from '../../config'
import { childOptionsArgument } from '../../tools/lib/childOptions'
import { startChild, type Child } from '../helpers/faults/childProcess'
import { faultEditorOptions } from '../helpers/faults/faultEditorOptions'
import { faultWorkerOptions } from '../helpers/faults/faultWorkerOptions'
import { contentBuildDifferences } from '../helpers/cleanBuild'
import { sleep, until } from '../helpers/faults/faultWorkers'
import { rng } from '../helpers/random'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { httpGet } from '../serve/helpers/httpGet'

const { FAULT_SEED: SEED, FAULT_LEASE_MS } = readDeveloperConfig()
const KILLS = 8
let t: TestPayload
let payload: Payload
let root: string
const children = new Set<Child>()
/** Set when the test is over: no process is started again after that. */
let settled = false

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  root = mkdtempSync(path.join(tmpdir(), 'union-sites-kill-'))
  await importBundle(payload, demoWithoutFiles())
})
afterAll(async () => {
  settled = true
  await Promise.all([...children].map((c) => c.kill()))
  await t?.close()
  rmSync(root, { recursive: true, force: true })
})

/** Per post of the editor's log: the last acknowledged state, and the one in flight after it. */
function editorClaims() {
  const posts = new Map<string, { acked?: string; inFlight?: string }>()
  for (const line of readFileSync(path.join(root, 'editor.log'), 'utf8').split('\n')) {
    const [kind, post, ...rest] = line.split(' ')
    const state = rest.join(' ')
    if (!post || post.startsWith('new:') || (kind !== 'try' && kind !== 'ack')) continue
    const entry = posts.get(post) ?? {}
    if (kind === 'ack') posts.set(post, { acked: state })
    else posts.set(post, { ...entry, inFlight: state })
  }
  return posts
}

describe('a worker, the admin and the preview server killed at random moments', () => {
  it(`${KILLS} SIGKILLs (seed ${SEED}): nothing lost, nothing stuck, every site equals a clean build`, async () => {
    const random = rng(SEED)
    // ППО that own a host: their posts land on their own page of the content build.
    const directory = await OrgDirectory.load(payload)
    const owners = hostMarks(directory, null)
      .map((m) => m.org)
      .filter((org) => org !== null && directory.orgs.get(String(org))?.kind === 'primary_org')
      .slice(0, 6)
    const port = await freePort()
    const workerOptions = childOptionsArgument(faultWorkerOptions, {
      root,
      leaseMs: FAULT_LEASE_MS,
      batch: 5,
      // Each batch holds its lease a while, so that kills often land in the middle of one.
      buildDelayMs: 500,
    })
    const editorOptions = childOptionsArgument(faultEditorOptions, {
      root,
      orgs: owners.filter((org) => org !== null),
      seed: SEED,
    })
    const start: Record<string, () => Child> = {
      worker: () =>
        startChild('worker', 'tests/helpers/faults/faultWorkerProcess.ts', [workerOptions], {}),
      admin: () =>
        startChild('admin', 'tests/helpers/faults/editorProcess.ts', [editorOptions], {}),
      preview: () =>
        startChild(
          'preview',
          'scripts/serve-sites.ts',
          ['--out-dir', path.join(root, 'sites'), '--port', String(port), '--quiet'],
          { MEDIA_DIR: path.join(root, 'media') },
        ),
    }
    const running = new Map<string, Child>()
    // Like a supervisor (systemd, npm start's superviseChild), a process that exits by itself is
    // started again; such exits are counted and shown, they are not what this test kills.
    const killed = new Set<Child>()
    const crashes: string[] = []
    const launch = (name: string, key = name) => {
      const child = start[name]!()
      children.add(child)
      running.set(key, child)
      void child.exited.then(() => {
        if (killed.has(child) || settled) return
        crashes.push(`${key}: ${child.output().slice(-1500)}`)
        launch(name, key)
      })
    }
    const kill = (child: Child, signal?: NodeJS.Signals) => {
      killed.add(child)
      children.delete(child)
      return child.kill(signal)
    }
    launch('worker', 'worker1')
    launch('worker', 'worker2')
    launch('admin')
    launch('preview')
    // Every kind of process dies at least twice; the order and the moments come from the seed.
    const victims = ['worker1', 'worker2', 'admin', 'admin', 'preview', 'preview']
    while (victims.length < KILLS) victims.push(random.pick(['worker1', 'admin', 'preview']))
    victims.sort(() => random.next() - 0.5)
    await until('the editor to save', () => existsSync(path.join(root, 'editor.log')), 90_000)
    // A process is killed at a random moment of its work, not always while it boots.
    const ready = (key: string) =>
      until(
        `${key} to start`,
        async () =>
          key === 'preview'
            ? (await httpGet(port, `localhost:${port}`, '/')).status > 0
            : running.get(key)!.output().includes('ready'),
        90_000,
      )
    // A worker is killed while it holds leases (in the middle of a batch), so that its sites
    // must be taken over by the other one when the leases run out.
    let killedHolding = 0
    const holdsLeases = async (key: string) => {
      const id = /ready (\S+)/.exec(running.get(key)!.output())?.[1]
      const held = await payload.count({
        collection: 'site-builds',
        where: { leaseOwner: { equals: id } },
      })
      return held.totalDocs > 0
    }
    for (const victim of victims) {
      await ready(victim)
      await sleep(random.int(300, 2500))
      if (victim.startsWith('worker')) {
        // On a loaded machine (the CI's three lanes on two cores) a worker may take a while to
        // win a lease from the other one: wait long enough that the kill lands mid-batch.
        await until(`${victim} to hold leases`, () => holdsLeases(victim), 60_000).catch(() => {})
        if (await holdsLeases(victim)) killedHolding++
      }
      await kill(running.get(victim)!)
      launch(victim === 'admin' || victim === 'preview' ? victim : 'worker', victim)
    }
    expect(killedHolding, 'no worker was killed in the middle of a batch').toBeGreaterThan(0)
    await sleep(2000)
    // The last kill: the editor stops mid-write for good.
    await kill(running.get('admin')!)

    const queue = openQueue(payload)
    const outputs = () => [...running.values()].map((c) => `${c.name}:\n${c.output()}`).join('\n')
    await until(
      'the queue to settle',
      async () => {
        const backlog = await queue.backlog()
        if (backlog.hosts > 0 || backlog.changes > 0) return false
        const { totalDocs } = await payload.count({
          collection: 'site-builds',
          where: { leaseOwner: { exists: true } },
        })
        return totalDocs === 0
      },
      90_000,
    ).catch((e: Error) => {
      throw new Error(`${e.message}\n${outputs()}`)
    })

    // Nothing lost: every acknowledged save is in the database.
    const claims = editorClaims()
    const editorLog = readFileSync(path.join(root, 'editor.log'), 'utf8')
    expect(claims.size, editorLog.slice(0, 3000)).toBeGreaterThan(3)
    for (const [id, { acked, inFlight }] of claims) {
      const doc = await payload
        .findByID({
          collection: 'posts',
          id: /^\d+$/.test(id) ? Number(id) : id,
          depth: 0,
          disableErrors: true,
        })
        .catch(() => null)
      const state = !doc ? 'deleted' : doc._status === 'draft' ? 'draft' : `title:${doc.title}`
      expect([acked, inFlight], `post ${id}`).toContain(state)
    }

    // Every site equals a clean build, on disk and through the restarted preview server.
    const { docs: rows } = await payload.find({
      collection: 'site-builds',
      select: { host: true, requested: true, built: true },
      limit: 0,
      pagination: false,
      depth: 0,
    })
    const hosts = rows.map((r) => r.host)
    const dirs = { live: path.join(root, 'sites'), releases: path.join(root, 'releases') }
    const cleanDir = path.join(root, 'clean')
    const differences = await contentBuildDifferences(payload, hosts, cleanDir, dirs.live)
    const clean = (host: string) => readFileSync(path.join(cleanDir, host, 'index.html'), 'utf8')
    await until('the preview server to answer', async () => {
      const answer = await httpGet(port, `${hosts[0]}:${port}`, '/')
      return answer.status === 200
    })
    for (const row of rows) {
      expect(Number(row.built), row.host).toBe(Number(row.requested))
      expect(liveGeneration(dirs, row.host), row.host).toBe(Number(row.built))
      const answer = await httpGet(port, `${row.host}:${port}`, '/')
      expect(answer.status, row.host).toBe(200)
      expect(answer.body.toString('utf8'), row.host).toBe(clean(row.host))
    }
    expect(differences).toEqual([])
    // The editor's posts are on their sites.
    expect(hosts.map(clean).join('')).toMatch(/Новость \d+-\d+/)

    settled = true
    for (const key of ['worker1', 'worker2']) {
      await ready(key)
      const child = running.get(key)!
      expect(await kill(child, 'SIGTERM'), child.output()).toBe(0)
    }
    if (crashes.length > 0)
      console.warn(`restarted after exiting by themselves:\n${crashes.join('\n')}`)
  }, 240_000)
})
