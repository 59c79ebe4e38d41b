import { describe, expect, it } from 'vitest'
import { parseVideoUrl } from '../../domain/richText/videoLink'

const YT = 'dQw4w9WgXcQ'
const RT = '0123456789abcdef0123456789abcdef'

describe('parseVideoUrl', () => {
  it('reads the YouTube link shapes and frames the no-cookie player', () => {
    for (const url of [
      `https://www.youtube.com/watch?v=${YT}`,
      `https://youtube.com/watch?v=${YT}&t=42s`,
      `https://m.youtube.com/watch?v=${YT}`,
      `https://youtu.be/${YT}?si=abc`,
      `https://www.youtube.com/shorts/${YT}`,
      `https://www.youtube.com/embed/${YT}`,
      `https://www.youtube-nocookie.com/embed/${YT}`,
      `  http://www.youtube.com/live/${YT}  `,
    ]) {
      expect(parseVideoUrl(url), url).toEqual({
        provider: 'youtube',
        providerName: 'YouTube',
        id: YT,
        embedUrl: `https://www.youtube-nocookie.com/embed/${YT}?autoplay=1`,
        watchUrl: `https://www.youtube.com/watch?v=${YT}`,
      })
    }
  })

  it('reads RuTube video, shorts and embed links', () => {
    for (const url of [
      `https://rutube.ru/video/${RT}/`,
      `https://rutube.ru/video/${RT}/?r=wd`,
      `https://rutube.ru/shorts/${RT}/`,
      `https://rutube.ru/play/embed/${RT}`,
    ]) {
      expect(parseVideoUrl(url), url).toMatchObject({
        provider: 'rutube',
        id: RT,
        embedUrl: `https://rutube.ru/play/embed/${RT}`,
        watchUrl: `https://rutube.ru/video/${RT}/`,
      })
    }
  })

  it('reads VK Video links of groups and people, over a list and the embed link', () => {
    expect(parseVideoUrl('https://vkvideo.ru/video-22822305_456242311')).toEqual({
      provider: 'vk',
      providerName: 'VK Видео',
      id: '-22822305_456242311',
      embedUrl: 'https://vkvideo.ru/video_ext.php?oid=-22822305&id=456242311&autoplay=1',
      watchUrl: 'https://vkvideo.ru/video-22822305_456242311',
    })
    expect(parseVideoUrl('https://vk.com/video12345_67890')?.id).toBe('12345_67890')
    expect(parseVideoUrl('https://vk.com/video?z=video-1_2%2Fpl_cat_trends')?.id).toBe('-1_2')
    expect(parseVideoUrl('https://vk.com/video_ext.php?oid=-5&id=7&hash=0a1b2c')?.embedUrl).toBe(
      'https://vkvideo.ru/video_ext.php?oid=-5&id=7&hash=0a1b2c&autoplay=1',
    )
  })

  it('refuses scripts, other hosts and look-alike hosts', () => {
    for (const url of [
      'javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ',
      `data:text/html,<script>alert(1)</script>`,
      `https://youtube.com.evil.ru/watch?v=${YT}`,
      `https://evil.ru/watch?v=${YT}`,
      `https://evilyoutube.com/watch?v=${YT}`,
      `https://rutube.ru.evil.ru/video/${RT}/`,
      `https://notvk.com/video-1_2`,
      `https://vkvideo.ru.evil.ru/video-1_2`,
      `https://www.youtube.com@evil.ru/watch?v=${YT}`,
      `https://user:pass@www.youtube.com/watch?v=${YT}`,
      `https://www.youtube.com:8443/watch?v=${YT}`,
      `ftp://www.youtube.com/watch?v=${YT}`,
      `//www.youtube.com/watch?v=${YT}`,
      `www.youtube.com/watch?v=${YT}`,
    ]) {
      expect(parseVideoUrl(url), url).toBeUndefined()
    }
  })

  it('refuses ids of the wrong shape, over-long ids and over-long links', () => {
    for (const url of [
      'https://www.youtube.com/watch?v=short',
      `https://www.youtube.com/watch?v=${YT}x`,
      `https://www.youtube.com/watch?v=${YT.slice(0, 10)}"`,
      `https://youtu.be/${YT}/extra`,
      'https://www.youtube.com/channel/UCabcdefghijk',
      `https://rutube.ru/video/${RT}0/`,
      `https://rutube.ru/video/${RT.toUpperCase()}/`,
      `https://rutube.ru/channel/${RT}/`,
      'https://vkvideo.ru/video-1_2345678901234',
      'https://vkvideo.ru/video-0_5',
      'https://vk.com/video_ext.php?oid=-5&id=7&hash=<x>',
      'https://vk.com/video_ext.php?oid=-5',
      'https://vk.com/wall-1_2',
      `https://www.youtube.com/watch?v=${YT}&x=${'a'.repeat(600)}`,
    ]) {
      expect(parseVideoUrl(url), url).toBeUndefined()
    }
  })

  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 42, {}, ['https://youtu.be/' + YT], ''])
      expect(parseVideoUrl(value)).toBeUndefined()
  })
})
