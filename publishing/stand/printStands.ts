import { rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { printStandPdf } from './standPdf'
import { routeFromFolders } from './standRoute'
import { standFolders, type StandFolder } from './standFolders'

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
 * PDF costs about half a second of a core. A week's PDF that exists is printed again only when
 * `reprintAfterMs` has passed since: a federation item changes the stand of every site below it,
 * and 10,000 PDFs are some 80 minutes of a core — once per item would never catch up.
 */
export async function printStands(
  browser: Browser,
  sitesDir: string,
  log: (line: string) => void = () => {},
  reprintAfterMs = 0,
  now = Date.now(),
): Promise<PrintStandsResult> {
  const result: PrintStandsResult = { printed: [], failed: [] }
  const due = (stand: StandFolder) =>
    stand.stale && (stand.printedAt === undefined || now - stand.printedAt >= reprintAfterMs)
  // A week without a PDF yet first: a reader at the «Стенд» link gets nothing until it exists.
  const stale = (await standFolders(sitesDir))
    .filter(due)
    .sort((a, b) => Number(a.printedAt !== undefined) - Number(b.printedAt !== undefined))
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
