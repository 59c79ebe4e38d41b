import { describe, expect, it } from 'vitest'
import { HOSTS, SITES, attr, tags, type FixtureBuild } from '../helpers/fixtureBuild'

/** The search page, the header's box, the scope files and each host's index in the build. */
export function describeSearch(build: FixtureBuild): void {
  const { read, exists } = build

  describe('search in the built sites', () => {
    it('every page has the header search box: a GET form to the site’s own search page', () => {
      for (const site of SITES) {
        const html = read(`${site}/index.html`)
        const form = tags(html, 'form').find((t) => attr(t, 'class')?.includes('header-search'))
        expect(form, site).toBeDefined()
        expect(attr(form!, 'method')).toBe('get')
        const basePath = site.includes('/') ? site.slice(site.indexOf('/')) : ''
        expect(attr(form!, 'action')).toBe(`${basePath}/search/`)
      }
    })

    it('the search page: form with q, a status region, a bundled script, no inline code of its own', () => {
      const html = read('zarechnaya.localhost/search/index.html')
      const input = tags(html, 'input').find((t) => attr(t, 'id') === 'search-query')!
      expect(attr(input, 'name')).toBe('q')
      expect(attr(input, 'type')).toBe('search')
      expect(html).toMatch(/<label for="search-query">Что найти<\/label>/)
      expect(html).toMatch(/role="status"/)
      expect(html).toContain('data-scope="/search-scope.json"')
      const modules = tags(html, 'script').filter((t) => attr(t, 'type') === 'module')
      expect(modules.some((t) => /^\/_astro\/[\w.-]+\.js$/.test(attr(t, 'src') ?? ''))).toBe(true)
      expect(html).toContain('Поиск работает в браузере и требует JavaScript')
      // A section site: its own search page and scope under its base path.
      expect(read('ugleprof.localhost/org/severny/search/index.html')).toContain(
        'data-scope="/org/severny/search-scope.json"',
      )
    })

    it('each host has one index of its own, each site a scope file', () => {
      for (const host of HOSTS) {
        expect(exists(`${host}/_search/pagefind-entry.json`), host).toBe(true)
        expect(exists(`${host}/_search/wasm.ru.pagefind`), host).toBe(true)
        expect(exists(`${host}/_search/pagefind-ui.js`), host).toBe(false)
      }
      for (const site of SITES) expect(exists(`${site}/search-scope.json`), site).toBe(true)
      const scope = JSON.parse(read('zarechnaya.localhost/search-scope.json'))
      expect(scope.indexes).toEqual([
        '/_search/zarechnaya.localhost/',
        '/_search/ugleprof.localhost/',
        '/_search/localhost/',
      ])
    })
  })
}
