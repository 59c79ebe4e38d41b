import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { configValue } from '../../../config'
import { ENV } from '../consts'
import { parseSnapshot } from '../../../domain/contract/snapshot'
import { toSiteData, type SiteData } from './site'

/** Two snapshots must not claim the same output folder (same host and base path). */
function checkPrefixes(sites: SiteData[]): string[] {
  const owner = new Map<string, string>()
  const problems: string[] = []
  for (const site of sites) {
    const other = owner.get(site.prefix)
    if (other) problems.push(`${site.source} and ${other} both build "${site.prefix}"`)
    else owner.set(site.prefix, site.source)
  }
  return problems
}

/**
 * Reads and validates every *.json snapshot in `dir`. All invalid files are reported at once,
 * each naming its org and fields, and then the build stops: no site is built from bad data.
 */
export async function readSites(dir: string): Promise<SiteData[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort()
  const sites: SiteData[] = []
  const problems: string[] = []
  for (const file of files) {
    try {
      const text = await readFile(path.join(dir, file), 'utf8')
      sites.push(toSiteData(parseSnapshot(text, file), file))
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error))
    }
  }
  problems.push(...checkPrefixes(sites))
  if (problems.length > 0) {
    throw new Error(`${problems.length} snapshot problem(s) in ${dir}:\n${problems.join('\n')}`)
  }
  return sites.sort((a, b) => a.prefix.localeCompare(b.prefix))
}

let cached: Promise<SiteData[]> | undefined

/** All sites of this build, read once per process (every route's getStaticPaths shares them). */
export function loadSites(): Promise<SiteData[]> {
  const dir = configValue('SNAPSHOT_DIR')
  if (!dir) {
    return Promise.reject(new Error(`${ENV.snapshotDir} is not set: the folder of *.json snapshots`))
  }
  cached ??= readSites(path.resolve(dir))
  return cached
}
