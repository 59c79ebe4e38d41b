import { rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { printStandPdf } from './standPdf'
import { routeFromFolders } from './standRoute'
import { standFolders } from './standFolders'

export interface PrintStandsResult {
  printed: string[]
  failed: { site: string; error: string }[]
}

/**
 * One pass of the stand job: for every published site whose latest print page is newer than its
 * PDF, print `<base>/stand/<week>.pdf` into the live release, beside the page it came from.
 * Written under a temporary name and renamed, so a reader gets the old PDF or the new one, never
 * half a file. The worker hard-links the PDFs into each new release (writeHost.ts), so a swap
 * does not lose them, and a new release with a re-rendered print page makes its PDF stale.
 * Runs in its own process (`npm run stands`), never in a request or in the worker's batch: a
 * PDF costs about half a second of a core.
 */
export async function printStands(
  browser: Browser,
  sitesDir: string,
  log: (line: string) => void = () => {},
): Promise<PrintStandsResult> {
  const result: PrintStandsResult = { printed: [], failed: [] }
  const stale = (await standFolders(sitesDir)).filter((stand) => stand.stale)
  if (stale.length === 0) return result
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await routeFromFolders(page, { hosts: sitesDir, assets: path.join(sitesDir, '_astro') })
    for (const stand of stale) {
      const site = `${stand.host}${stand.basePath}`
      try {
        const pdf = await printStandPdf(page, `http://${site}/stand/${stand.label}/`)
        const file = path.join(stand.dir, `${stand.label}.pdf`)
        const temporary = `${file}.${process.pid}.tmp`
        await writeFile(temporary, pdf)
        await rename(temporary, file)
        result.printed.push(`${site}/stand/${stand.label}.pdf`)
        log(`stand ${site}/stand/${stand.label}.pdf (${Math.round(pdf.length / 1024)} KB)`)
      } catch (error) {
        result.failed.push({ site, error: String(error) })
        log(`stand ${site}: ${String(error)}`)
      }
    }
  } finally {
    await context.close()
  }
  return result
}
