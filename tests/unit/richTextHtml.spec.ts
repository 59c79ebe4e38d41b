import { describe, expect, it } from 'vitest'
import { lexicalHtml, type ResolveDoc } from '../../cms/richText/html/lexicalHtml'
import { richTextProblems } from '../../domain/richText/richTextNodes'
import { responsiveImage } from '../../domain/contract/responsiveImage'
import { localLinks } from '../../site/src/lib/localLinks'
import { absoluteHtml } from '../../site/src/lib/absoluteHtml'
import { doc, para, text, upload } from '../helpers/lexicalNodes'

const photo = {
  id: 7,
  alt: 'Митинг у проходной',
  caption: 'Митинг 1 мая <у шахты>',
  filename: 'miting.jpg',
  mimeType: 'image/jpeg',
  width: 4000,
  height: 3000,
  sizes: {
    thumbnail: { filename: 'miting-400x300.webp', width: 400, height: 300, mimeType: 'image/webp' },
    card: { filename: 'miting-800x450.webp', width: 800, height: 450, mimeType: 'image/webp' },
    small: { filename: 'miting-480x360.webp', width: 480, height: 360, mimeType: 'image/webp' },
    wide: { filename: 'miting-1600x1200.webp', width: 1600, height: 1200, mimeType: 'image/webp' },
  },
}
const internal = (relationTo: string, value: unknown, ...children: object[]) => ({
  type: 'link',
  version: 3,
  children,
  fields: { linkType: 'internal', doc: { relationTo, value }, newTab: false },
  indent: 0,
  direction: null,
  format: '',
})
const post = { id: 5, title: 'Коллективный договор подписан', slug: 'koldogovor', organization: 2 }
const resolve: ResolveDoc = (relationTo, value) =>
  relationTo === 'posts' && (value as { id?: number })?.id === 5
    ? { url: 'https://mfp.example.ru/news/koldogovor/', title: post.title }
    : undefined

describe('rich text images', () => {
  it('renders an uploaded image as a figure with the upload-time sizes, alt and caption', () => {
    const html = lexicalHtml(doc(upload(photo)))
    expect(html).toMatch(/^<figure class="rt-figure"><img [^>]*><figcaption>/)
    expect(html).toContain('src="/media/images/miting-1600x1200.webp"')
    expect(html).toContain(
      'srcset="/media/images/miting-400x300.webp 400w, /media/images/miting-480x360.webp 480w, /media/images/miting-1600x1200.webp 1600w"',
    )
    expect(html).toContain('width="4000" height="3000"')
    expect(html).toContain('alt="Митинг у проходной"')
    expect(html).toContain('loading="lazy" decoding="async"')
    expect(html).toContain('<figcaption>Митинг 1 мая &lt;у шахты&gt;</figcaption>')
    expect(html).not.toContain('/api/media')
    expect(html).not.toContain('src=""')
  })

  it('leaves out an image whose file is not loaded, and writes no caption when there is none', () => {
    expect(lexicalHtml(doc(upload(7)))).toBe('')
    expect(lexicalHtml(doc(upload({ ...photo, caption: null })))).not.toContain('figcaption')
  })

  it('never sends the original when a size of its proportions exists, and only then', () => {
    const ref = { url: '/media/images/o.jpg', alt: '', width: 4000, height: 3000, sizes: [] }
    expect(responsiveImage(ref)).toEqual({ src: '/media/images/o.jpg' })
    const cropped = {
      name: 'card',
      url: '/media/images/c.webp',
      width: 800,
      height: 450,
      mimeType: 'image/webp' as const,
    }
    expect(responsiveImage({ ...ref, sizes: [cropped] })).toEqual({ src: '/media/images/o.jpg' })
  })
})

describe('rich text links', () => {
  it('renders an internal link as its target URL, never href="#"', () => {
    const html = lexicalHtml(
      doc(para(text('См. '), internal('posts', post, text('договор')))),
      resolve,
    )
    expect(html).toBe('<p>См. <a href="https://mfp.example.ru/news/koldogovor/">договор</a></p>')
  })

  it('keeps the words of a link to something without a public URL', () => {
    const html = lexicalHtml(doc(para(internal('posts', { id: 9 }, text('черновик')))), resolve)
    expect(html).toBe('<p>черновик</p>')
  })

  it('renders a relationship node as a link card, never «unknown node»', () => {
    const html = lexicalHtml(
      doc({ type: 'relationship', version: 2, format: '', relationTo: 'posts', value: post }),
      resolve,
    )
    expect(html).toBe(
      '<p class="rt-card"><a href="https://mfp.example.ru/news/koldogovor/">Коллективный договор подписан</a></p>',
    )
    expect(
      lexicalHtml(doc({ type: 'relationship', relationTo: 'posts', value: 99 }), resolve),
    ).toBe('')
    expect(lexicalHtml(doc({ type: 'block', fields: {} }, para(text('да'))))).toBe('<p>да</p>')
  })

  it('turns links to the reader site into paths and leaves other hosts alone', () => {
    const html =
      '<a href="https://mfp.example.ru/news/a/">a</a><a href="https://fnpr.example.ru/news/b/">b</a><a href="https://mfp.example.ru">h</a>'
    expect(localLinks(html, 'https://mfp.example.ru')).toBe(
      '<a href="/news/a/">a</a><a href="https://fnpr.example.ru/news/b/">b</a><a href="/">h</a>',
    )
  })
})

describe('richTextProblems', () => {
  it('accepts what the sites render', () => {
    expect(
      richTextProblems(
        doc(para(text('x')), upload(photo), internal('pages', { id: 1 }, text('y'))),
      ),
    ).toEqual([])
    expect(richTextProblems(null)).toEqual([])
  })

  it('names in Russian a node, an upload or a link the sites cannot render', () => {
    expect(richTextProblems(doc({ type: 'block', fields: { blockType: 'x' } }))).toEqual([
      'блок «x» сайты не показывают: в текст можно вставить фоторепортаж или видео',
    ])
    expect(richTextProblems(doc(upload(1, 'documents')))[0]).toMatch(/только изображение/)
    expect(richTextProblems(doc(para(internal('users', 1, text('u')))))[0]).toMatch(
      /новости и страницы/,
    )
    expect(richTextProblems({ root: 'x' })).toEqual(['текст не в формате редактора'])
  })
})

describe('rich text in feeds', () => {
  it('gives images in the text and their sizes absolute URLs; links stay canonical', () => {
    const html = absoluteHtml(
      lexicalHtml(doc(upload(photo), para(internal('posts', post, text('договор')))), resolve),
      'https://ppo.example.ru',
    )
    expect(html).toContain('src="https://ppo.example.ru/media/images/miting-1600x1200.webp"')
    expect(html).toContain('srcset="https://ppo.example.ru/media/images/miting-400x300.webp 400w, ')
    expect(html).toContain('href="https://mfp.example.ru/news/koldogovor/"')
    expect(html).not.toMatch(/(src|href)="\//)
  })
})
