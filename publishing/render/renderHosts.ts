import { mkdirSync, mkdtempSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import { clashMessageEn } from '../../domain/hosts/addressClashes'
import { hostRefusal, siteHosts } from '../../cms/publishing/siteHosts'
import type { SiteData } from '../../site/src/data/site'
import type { BatchBuild, BuildContext, BuiltHost, HostBuild, HostByHostBuild } from './buildStep'
import { SiteRenderer } from './siteRenderer'
import { FILE_THREADS } from '../release/files/fileWriter'
import { writeHost } from '../release/writeHost'
import { publishFailureMessage } from '../worker/publishFailure'
import { collectSnapshots } from '../snapshot/collectSnapshots'

/** Hosts rendered or being written at once: bounds the bytes waiting for the file threads. */
const HOSTS_IN_FLIGHT = 4 + 2 * FILE_THREADS

const firstLines = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n').slice(0, 6).join('\n')

/**
 * Builds the sites of `hosts` with the long-lived renderer from fresh snapshots, each host into
 * its own folder of the batch, and yields each host as soon as it is built (a few render at
 * once), so it can go live while the others render. Returns the whole batch. A host whose data
 * fails validation or rendering fails alone.
 */
export async function* renderHosts(
  renderer: SiteRenderer,
  payload: Payload,
  hosts: readonly string[],
  context: BuildContext,
): AsyncGenerator<BuiltHost, BatchBuild, undefined> {
  const started = performance.now()
  mkdirSync(context.workDir, { recursive: true })
  const scratch = mkdtempSync(path.join(context.workDir, 'batch-'))
  let directory = await context.loadDirectory()
  let sites = siteHosts(directory)
  // A host marked by another worker after our load (a new or renamed org): read the orgs again
  // rather than take its site offline as gone.
  if (hosts.some((h) => !sites.has(h))) {
    directory = await OrgDirectory.load(payload)
    sites = siteHosts(directory)
  }
  const wanted = hosts.flatMap((h) => sites.get(h)?.orgs ?? [])
  const sourcesStarted = performance.now()
  const { snapshots, seconds: sourceParts } = await collectSnapshots(payload, directory, wanted)
  const sourcesSeconds = (performance.now() - sourcesStarted) / 1000
  context.progress?.(`${wanted.length} snapshot(s) read`)
  let validateSeconds = 0
  const rendering = performance.now()
  const results = new Array<HostBuild>(hosts.length)
  const builtWith = { assets: renderer.build.assets, renderer: renderer.build.id }
  const done = (index: number): BuiltHost => ({ index, result: results[index]!, builtWith })
  const inFlight = new Set<Promise<void>>()
  /** Hosts whose folders are written, not yielded yet. */
  const finished: number[] = []
  let pages = 0
  let rendered = 0
  for (const [i, host] of hosts.entries()) {
    const site = sites.get(host)
    if (!site) {
      results[i] = { host, status: 'gone' }
      yield done(i)
      continue
    }
    // Two orgs claiming one address: publish neither over the live site (issue 12, host hijack).
    const refusal = hostRefusal(site)
    if (refusal) {
      console.error(`[publish] ${host}: ${site.clashes.map(clashMessageEn).join('; ')}`)
      results[i] = { host, status: 'failed', error: refusal }
      yield done(i)
      continue
    }
    const validating = performance.now()
    let data: SiteData[] | undefined
    try {
      data = site.orgs.map((org) => {
        const snapshot = snapshots.get(String(org))
        if (snapshot instanceof Error) throw snapshot
        return renderer.siteData(snapshot, directory.get(org)!.key)
      })
    } catch (error) {
      const message = `Данные сайта не прошли проверку: ${firstLines(error)}`
      results[i] = { host, status: 'failed', error: message }
    }
    validateSeconds += (performance.now() - validating) / 1000
    if (!data) {
      yield done(i)
      continue
    }
    context.progress?.(`rendering ${host}`)
    const dir = path.join(scratch, host)
    // A few hosts at once: one renders while the others' files are written.
    const job: Promise<void> = writeHost(renderer, context.files, host, data, dir, context.dirs)
      .then(
        (built) => {
          results[i] = { host, status: 'built', dir, pages: built.pages, keys: built.keys }
          pages += built.pages
          rendered += built.rendered
        },
        (error: unknown) => {
          const message = publishFailureMessage(error, 'Сборка сайта не удалась')
          results[i] = { host, status: 'failed', error: message }
        },
      )
      .finally(() => {
        inFlight.delete(job)
        finished.push(i)
      })
    inFlight.add(job)
    if (inFlight.size >= HOSTS_IN_FLIGHT) await Promise.race(inFlight)
    // Every host written meanwhile, not only the one the race reported.
    for (const index of finished.splice(0)) yield done(index)
  }
  while (inFlight.size > 0 || finished.length > 0) {
    if (finished.length === 0) await Promise.race(inFlight)
    for (const index of finished.splice(0)) yield done(index)
  }
  const renderSeconds = (performance.now() - rendering) / 1000 - validateSeconds
  return {
    results,
    ...builtWith,
    scratch,
    seconds: (performance.now() - started) / 1000,
    pages,
    rendered,
    phases: { sourcesSeconds, sourceParts, validateSeconds, renderSeconds },
  }
}

/** The default build step: renderHosts with a renderer opened once (or ahead, by warmUp) and kept. */
export function renderStep(): HostByHostBuild & { warmUp(): Promise<string> } {
  let renderer: Promise<SiteRenderer> | undefined
  const open = () => (renderer ??= SiteRenderer.open())
  async function* step(...[payload, hosts, context]: Parameters<HostByHostBuild>) {
    return yield* renderHosts(await open(), payload, hosts, context)
  }
  return Object.assign(step, { warmUp: async () => (await open()).build.id })
}
