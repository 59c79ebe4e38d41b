import { describe, expect, it } from 'vitest'
import { decodeEntities, extractRefs, srcsetUrls } from '../../../tools/checks/htmlRefs'

describe('extractRefs', () => {
  it('reads the URLs of links, stylesheets, images, scripts and social cards', () => {
    const { refs } = extractRefs(
      '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_astro/a.css">' +
        '<meta property="og:image" content="http://mfp.localhost:4321/media/images/x.png">' +
        "<script type=module src='/_astro/app.js'></script></head><body>" +
        '<a href="/news/?page=2&amp;x=1">Новости</a><img src=/media/a.jpg srcset="/media/a-480.jpg 480w, /media/a-960.jpg 960w" alt="">' +
        '<picture><source srcset="/media/a.avif" type="image/avif"></picture></body></html>',
    )
    expect(refs).toEqual([
      { where: 'link[href]', url: '/_astro/a.css' },
      { where: 'meta[og:image]', url: 'http://mfp.localhost:4321/media/images/x.png' },
      { where: 'script[src]', url: '/_astro/app.js' },
      { where: 'a[href]', url: '/news/?page=2&x=1' },
      { where: 'img[src]', url: '/media/a.jpg' },
      { where: 'img[srcset]', url: '/media/a-480.jpg' },
      { where: 'img[srcset]', url: '/media/a-960.jpg' },
      { where: 'source[srcset]', url: '/media/a.avif' },
    ])
  })

  it('ignores markup inside comments, scripts and styles', () => {
    const { refs } = extractRefs(
      '<!-- <a href="/gone/"> --><script type="application/ld+json">{"x":"<a href=\\"/no/\\">"}</SCRIPT>' +
        '<style>a[href="/nor/"]{}</style><a href="/yes/">да</a>',
    )
    expect(refs.map((r) => r.url)).toEqual(['/yes/'])
  })

  it('collects ids and a[name] as fragment targets; > inside a quoted value is not the tag end', () => {
    const { ids, refs } = extractRefs(
      '<main id="main" data-x="a>b"><a name="old"></a><h2 id=plain>x</h2></main><a href="#main">',
    )
    expect([...ids]).toEqual(['main', 'old', 'plain'])
    expect(refs).toEqual([{ where: 'a[href]', url: '#main' }])
  })
})

describe('srcsetUrls and entities', () => {
  it.each([
    ['a.jpg 480w, b.jpg 960w', ['a.jpg', 'b.jpg']],
    ['a.jpg, b.jpg 2x', ['a.jpg', 'b.jpg']],
    ['  /img,1.jpg 1x ,/img2.jpg 2x', ['/img,1.jpg', '/img2.jpg']],
    ['', []],
  ])('%j', (srcset, urls) => expect(srcsetUrls(srcset)).toEqual(urls))

  it('decodes named and numeric references, leaving unknown ones', () => {
    expect(decodeEntities('a&amp;b&#39;c&#x2F;d&quot;&nbsp;')).toBe('a&b\'c/d"&nbsp;')
  })
})
