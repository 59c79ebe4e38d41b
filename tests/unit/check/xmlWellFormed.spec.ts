import { describe, expect, it } from 'vitest'
import { xmlProblem } from '../../../tools/checks/xmlWellFormed'

const rss = (item: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Новости</title>\n${item}</channel></rss>`

describe('xmlProblem', () => {
  it('accepts a feed with CDATA, comments and XML entities', () => {
    expect(
      xmlProblem(
        'f.xml',
        rss(
          '<!-- &nbsp; --><item><description><![CDATA[<p>&nbsp;</p>]]></description><title>A &amp; B &#171;</title></item>',
        ),
      ),
    ).toBeUndefined()
  })

  it.each([
    ['an unclosed tag', rss('<item><title>x</item>'), /closing tag/, 3],
    [
      'an HTML entity',
      rss('<item><title>a&nbsp;b</title></item>'),
      /entity &nbsp; is not defined/,
      3,
    ],
    ['a bare ampersand', rss('<title>A & B</title>'), /&/, 3],
    ['a control character', rss('<title>a\u0002</title>'), /U\+0002/, 3],
    ['two root elements', '<urlset></urlset><urlset></urlset>', /root/, 1],
    ['nothing', '  \n', /empty/, undefined],
  ])('reports %s with its line', (_, text, message, line) => {
    const problem = xmlProblem('sitemap.xml', text)
    expect(problem?.message).toMatch(message)
    expect(problem?.line).toBe(line)
    expect(problem?.file).toBe('sitemap.xml')
  })
})
