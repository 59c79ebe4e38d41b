import { spawn } from 'node:child_process'
import { cpSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import { PROJECT_ROOT } from '../../config/paths'
import { openQueue } from '../../cms/publishing/queue/openQueue'
import { hostMarks } from '../../cms/publishing/siteHosts'
import { PublishWorker } from '../../publishing/worker/publishWorker'
import { liveGeneration, liveRelease, publishHost } from '../../publishing/release/releases'
import type { PreviewServer } from '../../serving/previewServer'
import { startPublishedDemo, type PublishedDemo } from '../helpers/publishing/publishedDemo'
import { tinyBuild } from '../helpers/publishing/tinyBuild'
import { httpGet } from '../serve/helpers/httpGet'

let demo: PublishedDemo
let payload: Payload
let root: string
let server: PreviewServer
const dirs = () => demo.dirs
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 120_000) {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(100))
    if (await check()) return
  throw new Error(`timed out waiting for ${what}`)
}

beforeAll(async () => {
  demo = await startPublishedDemo()
  ;({ payload, root, server } = demo)
})
afterAll(async () => demo?.close())

describe('a worker killed in the middle of a build', () => {
  it('leaves the old site online, and another worker redoes the work exactly once', async () => {
    const directory = await OrgDirectory.load(payload)
    const org = [...directory.orgs.values()].find((o) => o.key === 'ppo-mine-rassvet')!
    const { host, basePath } = directory.address(org.id)
    const newsList = async () =>
      (await httpGet(server.port, `${host}:${server.port}`, `${basePath}/news/`)).body.toString(
        'utf8',
      )
    const before = liveGeneration(dirs(), host)
    await payload.create({
      collection: 'posts',
      data: {
        title: 'Профком добился ремонта бытовок',
        organization: org.id,
        _status: 'published',
      } as never,
    })

    // Every site in the batch, rendered in full (releases without page keys), so the worker is
    // still rendering when it is killed: nothing goes live before the whole batch is rendered.
    await openQueue(payload).mark(hostMarks(directory, null), 'Полная пересборка')
    for (const h of readdirSync(dirs().releases))
      for (const f of readdirSync(path.join(dirs().releases, h)))
        if (f.endsWith('.keys.json')) rmSync(path.join(dirs().releases, h, f))

    const child = spawn(
      path.join(PROJECT_ROOT, 'node_modules/.bin/tsx'),
      [path.join(PROJECT_ROOT, 'scripts/worker.ts'), '--lease', '5', '--verbose'],
      { env: { ...process.env, SITES_DIR: dirs().live }, detached: true },
    )
    const exited = new Promise((resolve) => child.on('exit', resolve))
    let output = ''
    child.stdout.on('data', (data: Buffer) => (output += data.toString()))
    child.stderr.on('data', (data: Buffer) => (output += data.toString()))
    await until('the worker to start rendering', () => output.includes('] rendering '))
    process.kill(-child.pid!, 'SIGKILL')
    await exited
    expect(output).not.toContain('] published ')

    expect(liveGeneration(dirs(), host)).toBe(before)
    const old = await newsList()
    expect(old).toContain('<html')
    expect(old).not.toContain('Профком добился ремонта бытовок')
    const { docs } = await payload.find({
      collection: 'site-builds',
      where: { host: { equals: host } },
      limit: 1,
      depth: 0,
    })
    // Still leased by the dead worker, or already claimable again on a slow machine.
    expect(['building', 'pending']).toContain(docs[0]!.status)
    expect(Number(docs[0]!.requested)).toBeGreaterThan(Number(docs[0]!.built))

    let published = 0
    const rescuer = new PublishWorker(payload, {
      dirs: dirs(),
      workDir: path.join(root, 'work'),
      onPublished: (site) => site.host === host && published++,
    })
    // The killed worker's lease (5 s) runs out; then its hosts are claimable again.
    await until(
      'another worker to take over',
      async () => (await rescuer.runOnce()) !== null,
      60_000,
    )
    expect(published).toBe(1)
    expect(await newsList()).toContain('Профком добился ремонта бытовок')
    expect(liveGeneration(dirs(), host)).toBeGreaterThan(before)
    expect(await rescuer.runOnce()).toBeNull()
  })
})

describe('a worker killed between the swap and the queue update', () => {
  it('the next worker records the live release instead of building and swapping it again', async () => {
    const directory = await OrgDirectory.load(payload)
    const org = [...directory.orgs.values()].find((o) => o.key === 'ppo-mine-rassvet')!
    const queue = openQueue(payload)
    await queue.mark(hostMarks(directory, [String(org.id)]), 'Правка')
    // The killed worker: it claimed the site, built it and swapped it in, then died.
    const [site, ...others] = await queue.claim('killed-worker', 10, 1)
    expect(others).toEqual([])
    const copy = path.join(root, 'work', 'killed-build')
    cpSync(liveRelease(dirs(), site!.host)!.dir, copy, { recursive: true })
    expect(publishHost(dirs(), site!.host, copy, site!.gen)).toBe(true)
    const releases = readdirSync(path.join(dirs().releases, site!.host)).sort()
    await sleep(50)

    const built: string[] = []
    const recorded: string[] = []
    const next = new PublishWorker(payload, {
      dirs: dirs(),
      workDir: path.join(root, 'work'),
      build: tinyBuild((host) => built.push(host)),
      onPublished: (s) => recorded.push(`${s.host} ${s.gen}`),
    })
    expect((await next.runOnce())?.published).toEqual([site!.host])
    expect(built, 'the generation was built (and swapped in) a second time').toEqual([])
    expect(recorded).toEqual([`${site!.host} ${site!.gen}`])
    expect(readdirSync(path.join(dirs().releases, site!.host)).sort()).toEqual(releases)
    const { docs } = await payload.find({
      collection: 'site-builds',
      where: { host: { equals: site!.host } },
      depth: 0,
      limit: 1,
    })
    expect(Number(docs[0]!.built)).toBe(site!.gen)
    expect(docs[0]!.status).toBe('published')
    expect(await next.runOnce()).toBeNull()
  })
})
