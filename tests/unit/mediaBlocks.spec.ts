import { describe, expect, it } from 'vitest'
import { lexicalHtml } from '../../cms/richText/html/lexicalHtml'
import { richTextBlockMedia, richTextProblems } from '../../domain/richText/richTextNodes'
import { absoluteHtml } from '../../site/src/lib/absoluteHtml'
import { feedBlocksHtml } from '../../site/src/lib/feedBlocksHtml'
import { doc, para, text } from '../helpers/lexicalNodes'
import { galleryBlock, videoBlock } from '../helpers/mediaBlockNodes'

const photo = (id: number, name: string, caption?: string) => ({
  id,
  alt: `Фото ${name} "<b>"`,
  caption,
  filename: `${name}.jpg`,
  mimeType: 'image/jpeg',
  width: 4000,
  height: 3000,
  sizes: {
    thumbnail: {
      filename: `${name}-400x300.webp`,
      width: 400,
      height: 300,
      mimeType: 'image/webp',
    },
    small: { filename: `${name}-480x360.webp`, width: 480, height: 360, mimeType: 'image/webp' },
    medium: { filename: `${name}-960x720.webp`, width: 960, height: 720, mimeType: 'image/webp' },
    wide: { filename: `${name}-1600x1200.webp`, width: 1600, height: 1200, mimeType: 'image/webp' },
  },
})
const a = photo(1, 'a', 'Своя подпись А')
const b = photo(2, 'b', 'Своя подпись Б')
const RT = 'https://rutube.ru/video/0123456789abcdef0123456789abcdef/'

describe('photo report HTML', () => {
  const html = lexicalHtml(
    doc(
      para(text('Текст')),
      galleryBlock([{ image: a, caption: 'Подпись <script>alert(1)</script>' }, { image: b }]),
      galleryBlock([{ image: b }, { image: a }]),
    ),
  )

  it('shows a grid of thumbnails from the upload-time sizes, never the original', () => {
    const thumbs = html.match(/<a class="rt-gallery__open"[^>]*><img [^>]*>/g) ?? []
    expect(thumbs).toHaveLength(4)
    expect(thumbs[0]).toContain('id="rt-gallery-1-1-open" href="#rt-gallery-1-1"')
    expect(thumbs[0]).toContain('src="/media/images/a-1600x1200.webp"')
    expect(thumbs[0]).toContain(
      'srcset="/media/images/a-400x300.webp 400w, /media/images/a-480x360.webp 480w, /media/images/a-960x720.webp 960w, /media/images/a-1600x1200.webp 1600w"',
    )
    expect(thumbs[0]).toMatch(/ sizes="[^"]+" width="4000" height="3000"/)
    expect(thumbs[0]).toContain('alt="Фото a &quot;&lt;b&gt;&quot;" loading="lazy"')
    expect(html).not.toMatch(/\/media\/images\/[ab]\.jpg/)
    // The second gallery of the text has ids of its own.
    expect(thumbs[2]).toContain('href="#rt-gallery-2-1"')
  })

  it('opens each photo in an overlay with previous, next and close links', () => {
    const box = /<section class="rt-lightbox" id="rt-gallery-1-1"[\s\S]*?<\/section>/.exec(html)![0]
    expect(box).toContain('role="dialog" aria-label="Фото 1 из 2"')
    expect(box).toContain('sizes="100vw"')
    expect(box).toContain('href="#rt-gallery-1-2">Следующее')
    expect(box).toContain('href="#rt-gallery-1-2">Предыдущее')
    expect(box).toContain('href="#rt-gallery-1-1-open">Закрыть')
    // Every fragment a link names is an id of the text.
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]))
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(ids).toContain(target)
  })

  it('escapes captions; the gallery caption replaces the image own one', () => {
    expect(html).toContain('<figcaption>Подпись &lt;script&gt;alert(1)&lt;/script&gt;</figcaption>')
    expect(html).not.toContain('<script')
    const first = /<div class="rt-gallery" id="rt-gallery-1">[\s\S]*?<\/div><\/div>/.exec(html)![0]
    expect(first).not.toContain('Своя подпись А')
    expect(first).toContain('<figcaption>Своя подпись Б</figcaption>')
  })

  it('leaves out images that were not loaded and a gallery with none', () => {
    expect(lexicalHtml(doc(galleryBlock([{ image: 5 }, { image: 6 }])))).toBe('')
    const one = lexicalHtml(doc(galleryBlock([{ image: 5 }, { image: a }])))
    expect(one.match(/<section /g)).toHaveLength(1)
  })

  it('gives feeds the photos without the overlays and the fragment links', () => {
    const feed = feedBlocksHtml(absoluteHtml(html, 'https://ppo.example.ru'))
    expect(feed).not.toContain('rt-lightbox')
    expect(feed).not.toContain('href="#')
    expect(feed).toContain('<img src="https://ppo.example.ru/media/images/a-1600x1200.webp"')
  })
})

describe('video HTML', () => {
  it('shows a poster link to the host and carries the player for the script only', () => {
    const html = lexicalHtml(doc(videoBlock(RT, 'Митинг <1 мая>', a)))
    expect(html).toContain(
      'data-embed="https://rutube.ru/play/embed/0123456789abcdef0123456789abcdef"',
    )
    expect(html).toContain(`<a class="rt-video__link" href="${RT}"`)
    expect(html).toContain('aria-label="Смотреть видео: Митинг &lt;1 мая&gt;"')
    expect(html).toContain('<img src="/media/images/a-1600x1200.webp"')
    expect(html).toContain('alt=""')
    expect(html).toContain('<figcaption>Митинг &lt;1 мая&gt; · RuTube</figcaption>')
    expect(html).not.toContain('<iframe')
    expect(html).not.toContain('a.jpg')
  })

  it('shows a placeholder without a poster, never an image of the host', () => {
    const html = lexicalHtml(doc(videoBlock('https://youtu.be/dQw4w9WgXcQ')))
    expect(html).toContain('<span class="rt-video__placeholder"></span>')
    expect(html).toContain('aria-label="Смотреть видео: видео YouTube"')
    expect(html).toContain(
      'data-embed="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"',
    )
    expect(html).not.toMatch(/<img|ytimg|i\.ytimg/)
  })

  it('shows nothing for a stored link to another host or a script', () => {
    for (const url of ['javascript:alert(1)', 'https://youtube.com.evil.ru/watch?v=dQw4w9WgXcQ'])
      expect(lexicalHtml(doc(videoBlock(url, 'x')))).toBe('')
  })

  it('shows nothing for a block of an unknown kind, whatever its name', () => {
    for (const blockType of ['constructor', '__proto__', 'toString', 'x'])
      expect(lexicalHtml(doc({ type: 'block', version: 2, fields: { blockType } }))).toBe('')
  })
})

describe('refusing blocks the sites cannot render', () => {
  it('accepts a photo report of 2 to 30 images and a video of a known host', () => {
    expect(
      richTextProblems(
        doc(
          galleryBlock([{ image: 1, caption: 'x' }, { image: b }]),
          videoBlock(RT, 'Видео', 3),
          videoBlock('https://vkvideo.ru/video-1_2'),
        ),
      ),
    ).toEqual([])
  })

  it('names in Russian what is wrong', () => {
    const problem = (node: object) => richTextProblems(doc(node))
    expect(problem({ type: 'block', fields: { blockType: 'html', html: '<script>' } })[0]).toMatch(
      /блок «html» сайты не показывают/,
    )
    expect(problem({ type: 'inlineBlock', fields: { blockType: 'gallery' } })[0]).toMatch(
      /элемент «inlineBlock»/,
    )
    expect(problem(galleryBlock([{ image: 1 }]))[0]).toMatch(/от 2 до 30 фотографий/)
    expect(problem(galleryBlock(Array.from({ length: 31 }, () => ({ image: 1 }))))[0]).toMatch(
      /от 2 до 30/,
    )
    expect(
      problem(galleryBlock([{ image: 1 }, { image: { relationTo: 'documents', value: 2 } }]))[0],
    ).toMatch(/только изображения/)
    expect(
      problem(galleryBlock([{ image: 1 }, { image: { id: 2, mimeType: 'application/pdf' } }]))[0],
    ).toMatch(/только изображения/)
    expect(problem(galleryBlock([{ image: 1 }, { image: 'javascript:x' }]))[0]).toMatch(
      /только изображения/,
    )
    expect(
      problem(galleryBlock([{ image: 1 }, { image: 2, caption: 'x'.repeat(301) }]))[0],
    ).toMatch(/подпись длиннее/)
    expect(problem(videoBlock('https://youtube.com.evil.ru/watch?v=dQw4w9WgXcQ'))[0]).toMatch(
      /ссылка на видео не подходит.*RuTube/,
    )
    expect(problem(videoBlock(RT, 'x', { relationTo: 'documents', value: 1 }))[0]).toMatch(
      /обложкой может быть только изображение/,
    )
  })

  it('lists the images the blocks name, for the check that they exist', () => {
    expect(
      richTextBlockMedia(doc(galleryBlock([{ image: 4 }, { image: b }]), videoBlock(RT, 'x', 9))),
    ).toEqual([4, 2, 9])
  })
})
