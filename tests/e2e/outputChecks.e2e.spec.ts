import { expect, test } from '@playwright/test'
import { checkSites } from '../../tools/checks/checkSites'
import { formatProblems } from '../../tools/checks/problem'
import { demo } from './helpers/demo'

/**
 * `npm run check:sites` on the whole demo build: every page valid HTML (one Nu Html Checker run),
 * every feed and sitemap well-formed, every internal link and /media/ upload present. The demo
 * holds the whole federation, so a link to any sub-domain site that is not built is broken.
 */
test('the demo build is valid HTML and XML, with no broken internal link', async () => {
  test.setTimeout(180_000)
  const report = await checkSites({ outDir: demo.outDir(), mediaDir: demo.mediaDir() })
  test.info().annotations.push({
    type: 'timing',
    description: `vnu: ${report.pages} pages in ${report.seconds.html?.toFixed(1)} s; ${report.xmlFiles} XML files; ${report.links.checked} links`,
  })
  expect(report.pages).toBeGreaterThan(1000)
  expect(report.xmlFiles).toBeGreaterThan(100)
  expect(report.links.mediaUnchecked).toBe(0)
  expect(formatProblems(report.problems), 'problems of the demo build').toBe('')
})
