import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { createLocalReq, type Payload } from 'payload'
import { exportOrgSnapshot } from '../../cms/export/exportSnapshots'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import { siteHosts } from '../../cms/publishing/siteHosts'
import { runAstroBuild } from '../site/astroBuild'

export type HostBuild =
  | { host: string; status: 'built'; dir: string; pages: number }
  | { host: string; status: 'gone' }
  | { host: string; status: 'failed'; error: string }

export interface BatchBuild {
  results: HostBuild[]
  /** The batch's Astro output (its `_astro/` is added to the shared assets). */
  outDir: string
  seconds: number
  pages: number
  peakRssMb?: number
}

const countPages = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && e.name.endsWith('.html'),
  ).length

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n').slice(0, 6).join('\n')

/**
 * Builds the sites of `hosts` in ONE astro build (Astro's fixed cost of ~2 s is paid once per
 * batch, not per site) from fresh snapshots, into a new folder under `workDir`. A host whose
 * snapshot cannot be made fails alone; the others still build.
 */
export async function buildHosts(
  payload: Payload,
  hosts: readonly string[],
  workDir: string,
  loadDirectory: () => Promise<OrgDirectory> = () => OrgDirectory.load(payload),
): Promise<BatchBuild> {
  const started = performance.now()
  mkdirSync(workDir, { recursive: true })
  const batch = mkdtempSync(path.join(workDir, 'batch-'))
  const snapshots = path.join(batch, 'snapshots')
  const outDir = path.join(batch, 'out')
  mkdirSync(snapshots)
  let directory = await loadDirectory()
  let sites = siteHosts(directory)
  // A host marked by another worker after our load (a new or renamed org): read the orgs again
  // rather than take its site offline as gone.
  if (hosts.some((h) => !sites.has(h))) {
    directory = await OrgDirectory.load(payload)
    sites = siteHosts(directory)
  }
  const req = await createLocalReq({}, payload)
  const results = new Map<string, HostBuild>()
  for (const host of hosts) {
    const site = sites.get(host)
    if (!site) {
      results.set(host, { host, status: 'gone' })
      continue
    }
    try {
      for (const org of site.orgs) await exportOrgSnapshot(req, directory, org, snapshots)
    } catch (error) {
      results.set(host, {
        host,
        status: 'failed',
        error: `Данные сайта не прошли проверку: ${firstLine(error)}`,
      })
    }
  }
  const toBuild = hosts.filter((h) => !results.has(h))
  let build: Awaited<ReturnType<typeof runAstroBuild>> | undefined
  if (toBuild.length > 0) {
    build = await runAstroBuild({ snapshots, out: outDir })
    for (const host of toBuild) {
      const dir = path.join(outDir, host)
      results.set(
        host,
        build.ok
          ? { host, status: 'built', dir, pages: countPages(dir) }
          : {
              host,
              status: 'failed',
              error: `Сборка сайта не удалась (код ${build.exitCode}): ${build.log.split('\n').slice(-12).join('\n')}`,
            },
      )
    }
  }
  return {
    results: hosts.map((h) => results.get(h)!),
    outDir,
    seconds: (performance.now() - started) / 1000,
    pages: build?.pages ?? 0,
    peakRssMb: build?.peakRssMb,
  }
}
