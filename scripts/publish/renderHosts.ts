import { linkSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import { siteHosts } from '../../cms/publishing/siteHosts'
import type { SiteData } from '../../site/src/data/site'
import type { BatchBuild, BuildContext, BuildStep, HostBuild, PageKeys } from './hostBuild'
import { liveRelease, type ReleaseDirs } from './releases'
import { SiteRenderer } from './renderer/siteRenderer'
import { collectSnapshots } from '../../cms/export/collectSnapshots'

const firstLines = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n').slice(0, 6).join('\n')

/**
 * Writes every file of one host into `dir`. A file whose key (all its inputs and the renderer's
 * code) equals the live release's is hard-linked from it instead of rendered: a federation post
 * re-renders a site's home, news lists and feeds, not its older articles or contacts.
 */
async function renderHost(
  renderer: SiteRenderer,
  host: string,
  sites: SiteData[],
  dir: string,
  dirs: ReleaseDirs,
) {
  const live = liveRelease(dirs, host)
  const keys: PageKeys = {}
  const made = new Set<string>()
  let rendered = 0
  for (const page of renderer.plan(sites)) {
    const file = page.file.slice(host.length + 1)
    const target = path.join(dir, file)
    const parent = path.dirname(target)
    if (!made.has(parent)) mkdirSync(parent, { recursive: true })
    made.add(parent)
    keys[file] = page.key
    if (live?.keys[file] === page.key) {
      try {
        linkSync(path.join(live.dir, file), target)
        continue
      } catch {
        // Gone or on another file system: render it.
      }
    }
    writeFileSync(target, await renderer.render(page))
    rendered++
  }
  return { pages: Object.keys(keys).length, rendered, keys }
}

/**
 * Builds the sites of `hosts` with the long-lived renderer from fresh snapshots, each host into
 * its own folder of the batch. A host whose data fails validation or rendering fails alone.
 */
export async function renderHosts(
  renderer: SiteRenderer,
  payload: Payload,
  hosts: readonly string[],
  context: BuildContext,
): Promise<BatchBuild> {
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
  const snapshots = await collectSnapshots(payload, directory, wanted)
  context.progress?.(`${wanted.length} snapshot(s) read`)
  const results: HostBuild[] = []
  let pages = 0
  let rendered = 0
  for (const host of hosts) {
    const site = sites.get(host)
    if (!site) {
      results.push({ host, status: 'gone' })
      continue
    }
    let data: SiteData[]
    try {
      data = site.orgs.map((org) => {
        const key = directory.get(org)!.key
        const snapshot = snapshots.get(String(org))
        if (snapshot instanceof Error) throw snapshot
        return renderer.siteData(snapshot, key)
      })
    } catch (error) {
      const message = `Данные сайта не прошли проверку: ${firstLines(error)}`
      results.push({ host, status: 'failed', error: message })
      continue
    }
    try {
      context.progress?.(`rendering ${host}`)
      const dir = path.join(scratch, host)
      const built = await renderHost(renderer, host, data, dir, context.dirs)
      results.push({ host, status: 'built', dir, pages: built.pages, keys: built.keys })
      pages += built.pages
      rendered += built.rendered
    } catch (error) {
      results.push({
        host,
        status: 'failed',
        error: `Сборка сайта не удалась: ${firstLines(error)}`,
      })
    }
  }
  return {
    results,
    assets: renderer.build.assets,
    scratch,
    seconds: (performance.now() - started) / 1000,
    pages,
    rendered,
  }
}

/** The default build step: renderHosts with a renderer opened on first use and kept. */
export function renderStep(): BuildStep {
  let renderer: Promise<SiteRenderer> | undefined
  return async (payload, hosts, context) =>
    renderHosts(await (renderer ??= SiteRenderer.open()), payload, hosts, context)
}
