import { z } from 'zod'

/**
 * Social channels the union documents name, each accepting only its own hosts. The ONE list: the
 * CMS fields, the import format, the snapshot contract and the site's links are all built from it,
 * so a seventh network is one line here.
 */
export const SOCIAL_NETWORKS = {
  vk: { label: 'ВКонтакте', hosts: ['vk.com', 'vk.ru', 'm.vk.com'] },
  telegram: { label: 'Telegram', hosts: ['t.me', 'telegram.me'] },
  ok: { label: 'Одноклассники', hosts: ['ok.ru', 'm.ok.ru'] },
  dzen: { label: 'Дзен', hosts: ['dzen.ru'] },
  rutube: { label: 'RuTube', hosts: ['rutube.ru'] },
  youtube: {
    label: 'YouTube',
    hosts: ['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be'],
  },
} as const

export type SocialNetwork = keyof typeof SOCIAL_NETWORKS
export const SOCIAL_NETWORK_KEYS = Object.keys(SOCIAL_NETWORKS) as SocialNetwork[]

/**
 * An org's channels as a zod object: every network optional, no other key. The import format and
 * the snapshot differ only in how strict a URL is, so each passes its own URL schema.
 */
export function socialLinksSchema<U extends z.ZodType<string>>(url: U) {
  const shape = Object.fromEntries(SOCIAL_NETWORK_KEYS.map((network) => [network, url]))
  return z.strictObject(shape as Record<SocialNetwork, U>).partial()
}

export type UrlProblem = 'not-a-url' | 'not-https' | 'wrong-host'

/** Checks an absolute http(s) URL; with `network`, also that it points at that network. */
export function checkUrl(value: string, network?: SocialNetwork): UrlProblem | null {
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return 'not-a-url'
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'not-https'
  if (!url.hostname.includes('.')) return 'not-a-url'
  if (network) {
    const host = url.hostname.toLowerCase()
    const allowed: readonly string[] = SOCIAL_NETWORKS[network].hosts
    if (!allowed.includes(host) && !allowed.some((h) => host === `www.${h}`)) return 'wrong-host'
    if (url.protocol !== 'https:') return 'not-https'
  }
  return null
}
