import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { SEGMENTS } from '../../domain/contract/siteUrls'
import { parseWeekLabel } from '../../domain/stand/isoWeek'

/** One site's latest stand in the published folder and whether its PDF is missing or stale. */
export interface StandFolder {
  host: string
  /** The site's base path on its host: "" or "/org/<slug>". */
  basePath: string
  label: string
  /** `<sitesDir>/<host><base>/stand/`. */
  dir: string
  /** True when the PDF is absent or older than the print page (re-rendered since). */
  stale: boolean
  /** When the PDF was printed (ms since the epoch); absent without one. */
  printedAt?: number
}

async function mtime(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mtimeMs
  } catch {
    return undefined
  }
}

async function entries(dir: string): Promise<string[]> {
  try {
    return await readdir(dir)
  } catch {
    return []
  }
}

/**
 * The latest week's print page of one site, if it has one. The worker re-renders a print page
 * exactly when something it shows changed (its plan key) and hard-links it otherwise, keeping its
 * time: a print page newer than its PDF is the whole «content changed» test, with no state of
 * our own to keep in step.
 */
async function standOf(sitesDir: string, host: string, basePath: string) {
  const dir = path.join(sitesDir, host, basePath, SEGMENTS.stand)
  const labels = (await entries(dir)).filter((name) => parseWeekLabel(name)).sort()
  const label = labels.at(-1)
  if (!label) return undefined
  const page = await mtime(path.join(dir, label, 'index.html'))
  if (page === undefined) return undefined
  const pdf = await mtime(path.join(dir, `${label}.pdf`))
  return { host, basePath, label, dir, stale: pdf === undefined || pdf < page, printedAt: pdf }
}

/** Every published site's latest stand: host sites and their sections (`/org/<slug>/`). */
export async function standFolders(sitesDir: string): Promise<StandFolder[]> {
  const found: StandFolder[] = []
  for (const host of await entries(sitesDir)) {
    if (host.startsWith('_') || host.startsWith('.')) continue
    const own = await standOf(sitesDir, host, '')
    if (own) found.push(own)
    const sections = path.join(sitesDir, host, SEGMENTS.sections)
    for (const slug of await entries(sections)) {
      const section = await standOf(sitesDir, host, `/${SEGMENTS.sections}/${slug}`)
      if (section) found.push(section)
    }
  }
  return found
}
