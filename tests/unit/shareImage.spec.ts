import { describe, expect, it } from 'vitest'
import { shareImage } from '../../domain/contract/shareImage'
import type { MediaRef } from '../../domain/contract/snapshot'

const size = (name: string, width: number, height: number) => ({
  name,
  url: `/media/images/photo-${name}.webp`,
  width,
  height,
  mimeType: 'image/webp' as const,
})

/** A 4000×2250 phone photo with the sizes the Media collection makes at upload. */
const photo: MediaRef = {
  url: '/media/images/photo.jpg',
  alt: 'Собрание профкома',
  width: 4000,
  height: 2250,
  sizes: [
    size('thumbnail', 400, 300),
    size('card', 800, 450),
    size('small', 480, 270),
    size('medium', 960, 540),
    size('wide', 1600, 900),
  ],
}

describe('shareImage', () => {
  it('takes the largest size of the original’s proportions at most 1200 px wide', () => {
    expect(shareImage(photo)).toEqual({
      url: '/media/images/photo-medium.webp',
      width: 960,
      height: 540,
      alt: 'Собрание профкома',
    })
  })

  it('takes the largest cropped size when none of the proportions fits', () => {
    const cropped = { ...photo, sizes: [size('thumbnail', 400, 300), size('square', 600, 600)] }
    expect(shareImage(cropped).url).toBe('/media/images/photo-square.webp')
  })

  it('takes the narrowest size when every size is wider than 1200 px, never the original', () => {
    const wide = { ...photo, sizes: [size('huge', 2400, 1350), size('wide', 1600, 900)] }
    expect(shareImage(wide)).toMatchObject({ url: '/media/images/photo-wide.webp', width: 1600 })
  })

  it('keeps the original only when the upload has no size (an old upload, a small logo)', () => {
    const logo: MediaRef = {
      url: '/media/logos/x.png',
      alt: '',
      width: 256,
      height: 256,
      sizes: [],
    }
    expect(shareImage(logo)).toEqual({
      url: '/media/logos/x.png',
      width: 256,
      height: 256,
      alt: '',
    })
  })
})
