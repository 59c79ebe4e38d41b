import { describe, expect, it } from 'vitest'
import {
  articleRoutes,
  firstPages,
  laterPages,
  newsListRoutes,
  rubricListRoutes,
  siteRoutes,
  staticPageRoutes,
} from '../../site/src/data/routes'
import {
  absoluteUrl,
  fileUrl,
  href,
  outputPrefix,
  paths,
  routeParam,
} from '../../site/src/lib/urls'
import { fixtureSite, FIXTURES } from './fixtures'

const host = { host: 'kuzbass.localhost', origin: 'http://kuzbass.localhost:4321', basePath: '' }
const section = { ...host, basePath: '/org/shakhta' }

describe('URL helpers', () => {
  it('puts a host site in <host>/ and a section site in <host>/org/<slug>/', () => {
    expect(outputPrefix(host)).toBe('kuzbass.localhost')
    expect(outputPrefix(section)).toBe('kuzbass.localhost/org/shakhta')
  })

  it('makes root-relative hrefs that include the base path', () => {
    expect(href(host, paths.news())).toBe('/news/')
    expect(href(section, paths.news())).toBe('/org/shakhta/news/')
    expect(href(section, paths.home)).toBe('/org/shakhta/')
  })

  it('makes absolute URLs on the org origin; host files ignore the base path', () => {
    expect(absoluteUrl(section, paths.article('x'))).toBe(
      'http://kuzbass.localhost:4321/org/shakhta/news/x/',
    )
    expect(fileUrl(section, '/media/a.jpg')).toBe('http://kuzbass.localhost:4321/media/a.jpg')
  })

  it('paginates lists under …/page/<n>/ from page 2 on', () => {
    expect(paths.news(1)).toBe('/news/')
    expect(paths.news(2)).toBe('/news/page/2/')
    expect(paths.rubric('okhrana-truda')).toBe('/news/rubric/okhrana-truda/')
    expect(paths.rubric('okhrana-truda', 3)).toBe('/news/rubric/okhrana-truda/page/3/')
  })

  it('turns a prefix and a site path into a route param without edge slashes', () => {
    expect(routeParam('kuzbass.localhost/org/shakhta', '/o-nas/istoriya/')).toBe(
      'kuzbass.localhost/org/shakhta/o-nas/istoriya',
    )
    expect(routeParam('kuzbass.localhost')).toBe('kuzbass.localhost')
  })
})

describe('static paths', () => {
  const sites = FIXTURES.map(fixtureSite)
  const union = sites.filter((s) => s.prefix === 'ugleprof.localhost')

  it('splits 13 union items into list pages of 10 and 3', () => {
    const routes = newsListRoutes(union)
    expect(routes.map((r) => r.props.page.items.length)).toEqual([10, 3])
    expect(firstPages(routes)[0]!.params).toEqual({ site: 'ugleprof.localhost' })
    expect(laterPages(routes)[0]!.params).toEqual({ site: 'ugleprof.localhost', n: '2' })
  })

  it('has one rubric list per category in use', () => {
    const rubrics = firstPages(rubricListRoutes(union)).map((r) => r.params.rubric)
    expect(rubrics).toEqual(['kollektivnyy-dogovor', 'okhrana-truda', 'zarplata', 'molodezh'])
  })

  it('gives nested static pages of a section site one whole-path param', () => {
    const params = staticPageRoutes(sites).map((r) => r.params.path)
    expect(params).toContain('ugleprof.localhost/o-nas/istoriya')
    expect(params).toContain('ugleprof.localhost/org/severny/o-nas')
  })

  it('never makes two routes write the same URL', () => {
    const all = [
      ...siteRoutes(sites).map((r) => `${r.params.site}/`),
      ...firstPages(newsListRoutes(sites)).map((r) => `${r.params.site}${paths.news()}`),
      ...laterPages(newsListRoutes(sites)).map((r) => `${r.params.site}${paths.news(+r.params.n)}`),
      ...rubricListRoutes(sites).map(
        (r) => `${r.params.site}${paths.rubric(r.params.rubric, +r.params.n)}`,
      ),
      ...articleRoutes(sites).map((r) => `${r.params.site}${paths.article(r.params.slug)}`),
      ...staticPageRoutes(sites).map((r) => `${r.params.path}/`),
    ]
    expect(new Set(all).size).toBe(all.length)
  })
})
