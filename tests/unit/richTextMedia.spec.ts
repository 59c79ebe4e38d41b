import { describe, expect, it } from 'vitest'
import { richTextMedia } from '../../domain/richText/richTextNodes'
import { doc, para, text, upload } from '../helpers/lexicalNodes'
import { galleryBlock, videoBlock } from '../helpers/mediaBlockNodes'

const RUTUBE = 'https://rutube.ru/video/0123456789abcdef0123456789abcdef/'

describe('richTextMedia: every image a text shows, once', () => {
  it('finds inline images, photo report images and video posters, populated or not', () => {
    const body = doc(
      para(text('Смена')),
      upload({ id: 7, filename: 'a.jpg' }),
      galleryBlock([{ image: 8 }, { image: { id: 9 } }, { image: 7 }]),
      videoBlock(RUTUBE, 'Сюжет', 10),
    )
    expect(richTextMedia(body).sort()).toEqual(['10', '7', '8', '9'])
  })

  it('leaves out documents, videos without a poster, and what is not a text', () => {
    expect(richTextMedia(doc(upload(3, 'documents'), videoBlock(RUTUBE)))).toEqual([])
    for (const value of [null, undefined, 'x', 42, { root: 'x' }])
      expect(richTextMedia(value)).toEqual([])
  })
})
