import { beforeAll, describe, expect, it } from 'vitest'
import { checkSites, summarize, type SiteCheckReport } from '../../../tools/checks/checkSites'
import { formatProblems } from '../../../tools/checks/problem'
import type { FixtureBuild } from '../helpers/fixtureBuild'

/**
 * The output checks of `npm run check:sites` on the fixture build: valid HTML (Nu Html Checker,
 * one JVM for every page), well-formed XML, no broken internal link. The fixtures' uploads are
 * not in the repository, so /media/ links are counted and left unchecked here; the e2e suite
 * checks them on the demo build against its real uploads.
 */
export function describeOutputChecks(build: FixtureBuild): void {
  describe('output checks of the fixture build', () => {
    let report: SiteCheckReport
    const problems = (check: string) => report.problems.filter((p) => p.check === check)

    beforeAll(async () => {
      // The fixtures are five sites of a federation: links to its other sites are not followed.
      report = await checkSites({ outDir: build.dir(), partial: true })
      console.log(summarize(report))
    }, 60_000)

    it('reads every page and XML file of the output', () => {
      expect(report.pages).toBe(build.files('.html').length)
      expect(report.xmlFiles).toBeGreaterThan(0)
      expect(report.links.checked).toBeGreaterThan(100)
    })

    it('has only valid HTML pages', () => {
      expect(formatProblems(problems('html'))).toBe('')
    })

    it('has only well-formed XML files', () => {
      expect(formatProblems(problems('xml'))).toBe('')
    })

    it('has no broken internal links, fragments included', () => {
      expect(formatProblems(problems('links'))).toBe('')
    })
  })
}
