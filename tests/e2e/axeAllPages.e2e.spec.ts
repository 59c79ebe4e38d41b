import { expect, test } from '@playwright/test'
import { openHost, readPage, sweepPage } from './helpers/axeSweep'
import { demo, demoPageUrls } from './helpers/demo'

/**
 * Zero axe-core violations (WCAG 2.1 A/AA) on EVERY page of every demo site (~1,500 pages). The
 * pages are cut into contiguous shards (a host's pages stay together), the shards run on all
 * workers, and each host's pages are checked in one browser page (see helpers/axeSweep.ts).
 */
const SHARDS = 8

test.describe.configure({ mode: 'parallel' })

for (let shard = 0; shard < SHARDS; shard++) {
  test(`axe: demo pages, shard ${shard + 1} of ${SHARDS}`, async ({ page }) => {
    test.setTimeout(300_000)
    const all = demoPageUrls()
    const urls = all.slice(
      Math.floor((shard * all.length) / SHARDS),
      Math.floor(((shard + 1) * all.length) / SHARDS),
    )
    expect(urls.length).toBeGreaterThan(0)
    const violations: string[] = []
    let origin = ''
    const started = performance.now()
    for (const url of urls) {
      const own = new URL(url).origin
      if (own !== origin) await openHost(page, (origin = own))
      violations.push(...(await sweepPage(page, url, readPage(demo.outDir(), url))))
    }
    const seconds = (performance.now() - started) / 1000
    test.info().annotations.push({
      type: 'timing',
      description: `${urls.length} pages in ${seconds.toFixed(1)} s (${((seconds * 1000) / urls.length).toFixed(0)} ms/page)`,
    })
    expect(violations, `axe violations on ${urls[0]} … ${urls.at(-1)}`).toEqual([])
  })
}
