/**
 * Video in article text: a link pasted from RuTube, VK Video or YouTube, parsed into what the
 * sites need — the provider, the video's id, the player to frame after the reader's click and
 * the page on the host for readers without JavaScript. Only known hosts and URL shapes pass:
 * the embed URL is rebuilt from the id, never copied from the input, so a stored link cannot
 * frame another host or carry a `javascript:` URL onto a page.
 */

export type VideoProvider = 'youtube' | 'rutube' | 'vk'

export interface VideoLink {
  provider: VideoProvider
  /** The provider's name for readers. */
  providerName: string
  /** YouTube's 11-character id, RuTube's 32 hex digits, VK's `<oid>_<id>`. */
  id: string
  /** The player, framed only after a click (autoplay where the host supports it). */
  embedUrl: string
  /** The video's page on its host: the link when JavaScript is off. */
  watchUrl: string
}

/** The origins the sites may frame (serving/contentSecurityPolicy.ts: frame-src). */
export const VIDEO_EMBED_ORIGINS = [
  'https://www.youtube-nocookie.com',
  'https://rutube.ru',
  'https://vkvideo.ru',
] as const

export const VIDEO_URL_ERROR =
  'Ссылка на видео не подходит: вставьте адрес ролика с RuTube (rutube.ru/video/…), VK Видео (vkvideo.ru/video-…_…) или YouTube (youtube.com/watch?v=… или youtu.be/…)'

/** Longer input is not a link someone pasted from a video page. */
const MAX_LENGTH = 500

const YOUTUBE_HOSTS = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'youtu.be',
  'youtube-nocookie.com',
  'www.youtube-nocookie.com',
])
const RUTUBE_HOSTS = new Set(['rutube.ru', 'www.rutube.ru', 'm.rutube.ru'])
const VK_HOSTS = new Set([
  'vk.com',
  'www.vk.com',
  'm.vk.com',
  'vk.ru',
  'vkvideo.ru',
  'www.vkvideo.ru',
  'm.vkvideo.ru',
])

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/
const RUTUBE_ID = /^[0-9a-f]{32}$/
const VK_OID = /^-?[1-9][0-9]{0,11}$/
const VK_ID = /^[1-9][0-9]{0,11}$/
const VK_HASH = /^[0-9a-f]{1,32}$/

function youtube(url: URL): VideoLink | undefined {
  const parts = url.pathname.split('/').filter(Boolean)
  let id: string | null | undefined
  if (url.hostname === 'youtu.be') id = parts.length === 1 ? parts[0] : undefined
  else if (url.pathname === '/watch') id = url.searchParams.get('v')
  else if (parts.length === 2 && ['embed', 'shorts', 'live', 'v'].includes(parts[0]!)) id = parts[1]
  if (!id || !YOUTUBE_ID.test(id)) return undefined
  return {
    provider: 'youtube',
    providerName: 'YouTube',
    id,
    embedUrl: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`,
    watchUrl: `https://www.youtube.com/watch?v=${id}`,
  }
}

function rutube(url: URL): VideoLink | undefined {
  const match = /^\/(?:video|shorts|play\/embed)\/([^/]+)\/?$/.exec(url.pathname)
  const id = match?.[1]
  if (!id || !RUTUBE_ID.test(id)) return undefined
  return {
    provider: 'rutube',
    providerName: 'RuTube',
    id,
    embedUrl: `https://rutube.ru/play/embed/${id}`,
    watchUrl: `https://rutube.ru/video/${id}/`,
  }
}

function vk(url: URL): VideoLink | undefined {
  let oid: string | null | undefined
  let id: string | null | undefined
  let hash: string | null = null
  const inPath = /^\/(?:video|clip)(-?[0-9]+)_([0-9]+)\/?$/.exec(url.pathname)
  // vk.com/video?z=video-1_2%2Fpl… : a video opened over a list.
  const inZ = /^video(-?[0-9]+)_([0-9]+)(?:\/.*)?$/.exec(url.searchParams.get('z') ?? '')
  if (inPath) [, oid, id] = inPath
  else if (url.pathname === '/video_ext.php') {
    oid = url.searchParams.get('oid')
    id = url.searchParams.get('id')
    hash = url.searchParams.get('hash')
    if (hash !== null && !VK_HASH.test(hash)) return undefined
  } else if (inZ) [, oid, id] = inZ
  if (!oid || !id || !VK_OID.test(oid) || !VK_ID.test(id)) return undefined
  return {
    provider: 'vk',
    providerName: 'VK Видео',
    id: `${oid}_${id}`,
    embedUrl: `https://vkvideo.ru/video_ext.php?oid=${oid}&id=${id}${hash ? `&hash=${hash}` : ''}&autoplay=1`,
    watchUrl: `https://vkvideo.ru/video${oid}_${id}`,
  }
}

/** The video a pasted link names, or undefined when it is not a known host's video URL. */
export function parseVideoUrl(input: unknown): VideoLink | undefined {
  if (typeof input !== 'string') return undefined
  const text = input.trim()
  if (text === '' || text.length > MAX_LENGTH) return undefined
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return undefined
  }
  // A login or a port in the link is not a video page; http is accepted and framed over https.
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
  if (url.username || url.password || url.port) return undefined
  const host = url.hostname
  if (YOUTUBE_HOSTS.has(host)) return youtube(url)
  if (RUTUBE_HOSTS.has(host)) return rutube(url)
  if (VK_HOSTS.has(host)) return vk(url)
  return undefined
}
