import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../../config/paths'
import { SiteRenderer } from '../../../publishing/render/siteRenderer'
import { ROUTE_PLANS, type PlannedPage } from '../../../site/src/data/pagePlan'
import type { SiteData } from '../../../site/src/data/site'
import { relatedOf } from '../../../site/src/lib/relatedItems'
import { FIXTURES, fixtureJson } from '../fixtures'
import type { FixtureBuild } from '../helpers/fixtureBuild'

/** `src/pages/[...site]/news/[slug].astro` → `/[...site]/news/[slug]`, as Astro names routes. */
function routeOf(file: string): string {
  const route = `/${file}`.replace(/\.(astro|ts)$/, '').replace(/\/index$/, '')
  return route === '' ? '/' : route
}

/**
 * The publishing renderer (server output, imported into the worker) against the static build
 * of the same snapshots: the same files, byte for byte, and page keys that move only with what a
 * page shows.
 */
export function describeRenderer(build: FixtureBuild) {
  describe('the publishing renderer', () => {
    let renderer: SiteRenderer
    let sites: SiteData[]
    const load = (edit?: (json: Record<string, any>, name: string) => void) =>
      FIXTURES.map((name) => {
        const json = fixtureJson(name)
        edit?.(json, name)
        return renderer.siteData(json, `${name}.json`)
      })
    beforeAll(async () => {
      renderer = await SiteRenderer.open()
      sites = load()
    }, 120_000)

    it('has a plan for every route file of the site', () => {
      const pagesDir = path.join(PROJECT_ROOT, 'site', 'src', 'pages')
      const routes = readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(astro|ts)$/.test(f))
        .map(routeOf)
      expect(ROUTE_PLANS.map((p) => p.route).sort()).toEqual(routes.sort())
    })

    it('renders every file of the static build, byte for byte, and nothing else', async () => {
      const plan = renderer.plan(sites)
      const built = readdirSync(build.dir(), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(build.dir(), path.join(e.parentPath, e.name)))
        .filter((f) => !f.startsWith('_astro'))
        // Search indexes come from the index step, not the renderer (tests/int/searchIndex).
        .filter((f) => !f.includes('/_search/'))
      expect(plan.map((p) => p.file).sort()).toEqual(built.sort())
      for (const page of plan) {
        const expected = readFileSync(path.join(build.dir(), page.file))
        expect((await renderer.render(page)).equals(expected), page.file).toBe(true)
      }
    })

    it('changes the keys of the pages that show an edited item, and only those', () => {
      const before = new Map(renderer.plan(sites).map((p) => [p.file, p.key]))
      const edited = load((json, name) => {
        if (name === 'ugleprof') json.feed[3].title = `${json.feed[3].title} (уточнено)`
      })
      const changed = renderer
        .plan(edited)
        .filter((p: PlannedPage) => before.get(p.file) !== p.key)
        .map((p) => p.file)
      const slug = fixtureJson('ugleprof').feed[3].slug as string
      expect(changed).toContain(`ugleprof.localhost/news/${slug}/index.html`)
      expect(changed).toContain('ugleprof.localhost/rss.xml')
      expect(changed).toContain('ugleprof.localhost/news/index.html')
      expect(changed).not.toContain('ugleprof.localhost/contacts/index.html')
      const articles = changed.filter((f) => /\/news\/[^/]+\/index\.html$/.test(f))
      // Besides the item's own page, the articles that list it among their related items.
      const union = sites.find((site) => site.prefix === 'ugleprof.localhost')!
      const listing = union.snapshot.feed
        .filter((other) => relatedOf(union.snapshot.feed, other).some((r) => r.slug === slug))
        .map((other) => `ugleprof.localhost/news/${other.slug}/index.html`)
      expect(listing.length).toBeGreaterThan(0)
      expect(articles.filter((f) => !/\/news\/(page|own)\//.test(f)).sort()).toEqual(
        [`ugleprof.localhost/news/${slug}/index.html`, ...listing].sort(),
      )
      expect(changed.every((f) => f.startsWith('ugleprof.localhost/'))).toBe(true)
    })
  })
}
