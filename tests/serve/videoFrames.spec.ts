import { describe, expect, it } from 'vitest'
import { MEDIA_CSP, SITE_CSP } from '../../serving/contentSecurityPolicy'
import { resolveRequest } from '../../serving/resolveRequest'
import { VIDEO_EMBED_ORIGINS, parseVideoUrl } from '../../domain/richText/videoLink'
import { memoryIndex } from './helpers/memoryIndex'

const directives = (csp: string) =>
  new Map(
    csp.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/)
      return [name, values] as const
    }),
  )

describe('frames on the sites: the video players only', () => {
  it('allows exactly the embed hosts of the video links in frame-src', () => {
    expect(directives(SITE_CSP).get('frame-src')).toEqual([
      'https://www.youtube-nocookie.com',
      'https://rutube.ru',
      'https://vkvideo.ru',
    ])
    // Every player a link can produce is on one of them.
    for (const url of [
      'https://youtu.be/dQw4w9WgXcQ',
      'https://rutube.ru/video/0123456789abcdef0123456789abcdef/',
      'https://vk.com/video-1_2',
    ])
      expect(VIDEO_EMBED_ORIGINS).toContain(new URL(parseVideoUrl(url)!.embedUrl).origin)
  })

  it('still forbids being framed, plug-ins and frames in uploads', () => {
    expect(directives(SITE_CSP).get('frame-ancestors')).toEqual(["'none'"])
    expect(directives(SITE_CSP).get('object-src')).toEqual(["'none'"])
    expect(directives(MEDIA_CSP).get('frame-src')).toBeUndefined()
    expect(directives(MEDIA_CSP).get('default-src')).toEqual(["'none'"])
  })

  it('sends that policy with the pages', () => {
    const index = memoryIndex(['mfp.localhost/index.html', 'mfp.localhost/404/index.html'])
    const answer = resolveRequest('mfp.localhost', '/', index)
    expect(directives(answer.headers['Content-Security-Policy']!).get('frame-src')).toEqual([
      ...VIDEO_EMBED_ORIGINS,
    ])
  })
})
