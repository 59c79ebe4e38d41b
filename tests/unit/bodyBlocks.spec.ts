import { describe, expect, it } from 'vitest'
import { bodyMedia } from '../../cms/import/bodyMedia'
import { splitBodyBlocks } from '../../cms/import/bodyBlocks'
import { richTextProblems } from '../../domain/richText/richTextNodes'

const MD = [
  'Текст до.',
  '',
  '```gallery',
  'media:photo-a Первая подпись',
  'media:photo-b',
  '```',
  '',
  'Между блоками.',
  '',
  '```video',
  'https://rutube.ru/video/0123456789abcdef0123456789abcdef/',
  'title: Видеорассказ',
  'poster: media:photo-a',
  '```',
].join('\n')
const ids = new Map([
  ['photo-a', 11],
  ['photo-b', 12],
])

describe('photo reports and videos in bundle Markdown', () => {
  it('swaps media keys for ids and splits the body at the fences', () => {
    const md = bodyMedia(MD, (key) => ids.get(key) ?? Number.NaN)
    const segments = splitBodyBlocks(md)
    expect(segments.map((s) => ('block' in s ? 'block' : 'md'))).toEqual([
      'md',
      'block',
      'md',
      'block',
    ])
    const [, gallery, , video] = segments as { block: { fields: Record<string, unknown> } }[]
    expect(gallery!.block.fields).toMatchObject({
      blockType: 'gallery',
      images: [
        { image: 11, caption: 'Первая подпись' },
        { image: 12, caption: null },
      ],
    })
    expect(video!.block.fields).toMatchObject({
      blockType: 'video',
      url: 'https://rutube.ru/video/0123456789abcdef0123456789abcdef/',
      title: 'Видеорассказ',
      poster: 11,
    })
    const doc = {
      root: { type: 'root', children: segments.flatMap((s) => ('block' in s ? [s.block] : [])) },
    }
    expect(richTextProblems(doc)).toEqual([])
  })

  it('gives the same ids on every import and throws on an unknown key', () => {
    const md = bodyMedia(MD, (key) => ids.get(key)!)
    expect(JSON.stringify(splitBodyBlocks(md))).toBe(JSON.stringify(splitBodyBlocks(md)))
    expect(() =>
      bodyMedia('```gallery\nmedia:nope\nmedia:photo-a\n```', (key) => {
        if (!ids.has(key)) throw new Error(`unknown ${key}`)
        return ids.get(key)!
      }),
    ).toThrow('unknown nope')
  })

  it('leaves a body without fences as one Markdown part', () => {
    expect(splitBodyBlocks('Просто текст.\n\n```js\nx\n```')).toEqual([
      { markdown: 'Просто текст.\n\n```js\nx\n```' },
    ])
  })
})
