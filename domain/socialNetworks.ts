import { z } from 'zod'

/** How a channel is listed on the site: «Мы в соцсетях» or «Мессенджеры». */
export type SocialGroup = 'network' | 'messenger'

export interface SocialChannel {
  label: string
  group: SocialGroup
  /** Accepted hosts (a `www.` prefix is accepted too). */
  hosts: readonly string[]
  /** When set, the URL's path must start with one of these. */
  paths?: readonly string[]
}

/**
 * Social networks and messengers the union documents name, each accepting only its own hosts
 * (and paths). The ONE list: the CMS fields, the import format, the snapshot contract and the
 * site's links are all built from it, so another channel is one line here.
 */
export const SOCIAL_NETWORKS = {
  vk: { label: 'ВКонтакте', group: 'network', hosts: ['vk.com', 'vk.ru', 'm.vk.com'] },
  telegram: { label: 'Telegram', group: 'network', hosts: ['t.me', 'telegram.me'] },
  ok: { label: 'Одноклассники', group: 'network', hosts: ['ok.ru', 'm.ok.ru'] },
  dzen: { label: 'Дзен', group: 'network', hosts: ['dzen.ru'] },
  rutube: { label: 'RuTube', group: 'network', hosts: ['rutube.ru'] },
  youtube: {
    label: 'YouTube',
    group: 'network',
    hosts: ['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be'],
  },
  // Messengers: a channel or chat a member joins. Where a host also serves other things (vk.me
  // is VK's messenger, whatsapp.com its whole site), only the join/channel paths are accepted.
  max: { label: 'MAX', group: 'messenger', hosts: ['max.ru'], paths: ['/'] },
  telegramChat: {
    label: 'Чат в Telegram',
    group: 'messenger',
    hosts: ['t.me', 'telegram.me'],
    paths: ['/'],
  },
  vkChat: { label: 'Чат ВКонтакте', group: 'messenger', hosts: ['vk.me'], paths: ['/join/'] },
  whatsapp: {
    label: 'Канал в WhatsApp',
    group: 'messenger',
    hosts: ['whatsapp.com'],
    paths: ['/channel/'],
  },
} as const satisfies Record<string, SocialChannel>

export type SocialNetwork = keyof typeof SOCIAL_NETWORKS
export const SOCIAL_NETWORK_KEYS = Object.keys(SOCIAL_NETWORKS) as SocialNetwork[]

/** The channels of one group, in the list's order. */
export const socialKeysOf = (group: SocialGroup): SocialNetwork[] =>
  SOCIAL_NETWORK_KEYS.filter((key) => SOCIAL_NETWORKS[key].group === group)

/**
 * An org's channels as a zod object: every network optional, no other key. The import format and
 * the snapshot differ only in how strict a URL is, so each passes its own URL schema.
 */
export function socialLinksSchema<U extends z.ZodType<string>>(url: U) {
  const shape = Object.fromEntries(SOCIAL_NETWORK_KEYS.map((network) => [network, url]))
  return z.strictObject(shape as Record<SocialNetwork, U>).partial()
}

export type UrlProblem = 'not-a-url' | 'not-https' | 'wrong-host' | 'wrong-path'

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
    const channel: SocialChannel = SOCIAL_NETWORKS[network]
    const allowed = channel.hosts
    if (!allowed.includes(host) && !allowed.some((h) => host === `www.${h}`)) return 'wrong-host'
    if (url.protocol !== 'https:') return 'not-https'
    // Userinfo (https://t.me@evil.example/) is refused: browsers show it, readers misread it.
    if (url.username || url.password) return 'wrong-host'
    const paths = channel.paths
    if (paths && !paths.some((p) => url.pathname.startsWith(p) && url.pathname.length > p.length))
      return 'wrong-path'
  }
  return null
}
