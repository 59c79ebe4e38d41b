import { describe, expect, it } from 'vitest'
import { markAsDraft } from '../../publishing/draftPreview/markAsDraft'

const PAGE =
  '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Новость</title></head>' +
  '<body class="site"><header>Шапка</header><main><h1>Новость</h1></main></body></html>'

describe('a rendered page marked as a draft’s preview', () => {
  const marked = markAsDraft(PAGE, {
    orgName: 'ППО «Школа № 1234»',
    siteOrigin: 'http://shkola-1234.localhost:4321/org/x/',
  })

  it('is not indexed, leaks no referrer and reads the live site’s addresses', () => {
    expect(marked).toContain('<head><base href="http://shkola-1234.localhost:4321/">')
    expect(marked).toContain('<meta name="robots" content="noindex, nofollow">')
    expect(marked).toContain('<meta name="referrer" content="no-referrer">')
  })

  it('says it is a draft above the site’s own header, with the name escaped', () => {
    const banner = marked.indexOf('role="status"')
    expect(banner).toBeGreaterThan(marked.indexOf('<body class="site">'))
    expect(banner).toBeLessThan(marked.indexOf('<header>'))
    expect(marked).toContain('на сайте «ППО «Школа № 1234»»')
    const hostile = markAsDraft(PAGE, { orgName: '<script>x</script>', siteOrigin: 'http://a.b/' })
    expect(hostile).not.toContain('<script>x')
    expect(hostile).toContain('&#60;script&#62;x')
  })

  it('keeps the page itself byte for byte', () => {
    const stripped = marked
      .replace(/<base[^>]*>|<meta name="(robots|referrer)"[^>]*>/g, '')
      .replace(/<div role="status"[^]*?<\/div>/, '')
    expect(stripped).toBe(PAGE)
  })

  it('refuses a page without head or body', () => {
    expect(() => markAsDraft('<p>x</p>', { orgName: 'a', siteOrigin: 'http://a.b/' })).toThrow()
  })
})
