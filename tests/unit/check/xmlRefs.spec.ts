import { describe, expect, it } from 'vitest'
import { xmlRefs } from '../../../tools/checks/xmlRefs'

describe('xmlRefs', () => {
  it('reads sitemap locations', () => {
    expect(
      xmlRefs('<urlset><url><loc>http://a.localhost/news/?p=1&amp;q=2</loc></url></urlset>'),
    ).toEqual([{ where: '<loc>', url: 'http://a.localhost/news/?p=1&q=2' }])
  })

  it('reads RSS links, images and enclosures, and links inside item HTML; not guids', () => {
    const rss =
      '<rss><channel><link>http://a.localhost/news/</link><atom:link href="http://a.localhost/rss.xml" rel="self"/>' +
      '<image><url>http://a.localhost/media/images/a.png</url></image><item>' +
      '<guid isPermaLink="true">http://b.localhost/news/x/</guid>' +
      '<enclosure url="http://a.localhost/media/images/c.jpg" type="image/jpeg" length="1"/>' +
      '<description>&lt;a href="/o-nas/"&gt;о нас&lt;/a&gt;</description>' +
      '<content:encoded><![CDATA[<img src="/media/images/d.jpg" alt="">]]></content:encoded>' +
      '</item></channel></rss>'
    expect(xmlRefs(rss).map((r) => `${r.where} ${r.url}`)).toEqual([
      '<link> http://a.localhost/news/',
      '<url> http://a.localhost/media/images/a.png',
      '<atom:link href> http://a.localhost/rss.xml',
      '<enclosure url> http://a.localhost/media/images/c.jpg',
      '<description> a[href] /o-nas/',
      '<content:encoded> img[src] /media/images/d.jpg',
    ])
  })

  it('reads Atom link hrefs, logo and author uri; not ids', () => {
    const atom =
      '<feed><id>http://a.localhost/atom.xml</id><link rel="alternate" href="http://a.localhost/news/"/>' +
      '<logo>http://a.localhost/media/images/a.png</logo><author><uri>http://a.localhost/</uri></author>' +
      '<entry><content type="html">&lt;p&gt;&lt;a href="http://a.localhost/x/"&gt;x&lt;/a&gt;&lt;/p&gt;</content></entry></feed>'
    expect(xmlRefs(atom).map((r) => r.url)).toEqual([
      'http://a.localhost/media/images/a.png',
      'http://a.localhost/',
      'http://a.localhost/news/',
      'http://a.localhost/x/',
    ])
  })
})
