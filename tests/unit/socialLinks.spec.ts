import { describe, expect, it } from 'vitest'
import {
  checkUrl,
  SOCIAL_NETWORK_KEYS,
  SOCIAL_NETWORKS,
  type SocialChannel,
} from '../../domain/socialNetworks'

describe('checkUrl without a network', () => {
  it('accepts absolute http and https addresses', () => {
    expect(checkUrl('https://mosfed.ru/contacts')).toBeNull()
    expect(checkUrl('http://mosfed.ru')).toBeNull()
  })

  it('trims surrounding spaces', () => {
    expect(checkUrl('  https://mosfed.ru  ')).toBeNull()
  })

  it('reports text that is not a URL', () => {
    expect(checkUrl('mosfed.ru')).toBe('not-a-url')
    expect(checkUrl('vk.com/mosfed')).toBe('not-a-url')
    expect(checkUrl('')).toBe('not-a-url')
  })

  it('reports a host without a dot as not a URL', () => {
    expect(checkUrl('https://localhost/page')).toBe('not-a-url')
  })

  it('reports other schemes as not https', () => {
    expect(checkUrl('ftp://mosfed.ru/file')).toBe('not-https')
    expect(checkUrl('mailto:info@mosfed.ru')).toBe('not-https')
  })
})

describe('checkUrl with a network', () => {
  it('accepts both vk.com and vk.ru for VK', () => {
    expect(checkUrl('https://vk.com/mosfed', 'vk')).toBeNull()
    expect(checkUrl('https://vk.ru/mosfed', 'vk')).toBeNull()
    expect(checkUrl('https://m.vk.com/mosfed', 'vk')).toBeNull()
  })

  it('accepts t.me and telegram.me for Telegram', () => {
    expect(checkUrl('https://t.me/mosfed', 'telegram')).toBeNull()
    expect(checkUrl('https://telegram.me/mosfed', 'telegram')).toBeNull()
  })

  it('accepts youtube.com, its www and mobile hosts and youtu.be for YouTube', () => {
    expect(checkUrl('https://youtube.com/@mosfed', 'youtube')).toBeNull()
    expect(checkUrl('https://www.youtube.com/@mosfed', 'youtube')).toBeNull()
    expect(checkUrl('https://m.youtube.com/@mosfed', 'youtube')).toBeNull()
    expect(checkUrl('https://youtu.be/dQw4w9WgXcQ', 'youtube')).toBeNull()
  })

  it('accepts a www. prefix on any network host', () => {
    expect(checkUrl('https://www.vk.com/mosfed', 'vk')).toBeNull()
    expect(checkUrl('https://www.ok.ru/mosfed', 'ok')).toBeNull()
    expect(checkUrl('https://www.dzen.ru/mosfed', 'dzen')).toBeNull()
    expect(checkUrl('https://www.rutube.ru/channel/1', 'rutube')).toBeNull()
  })

  it('compares host names case-insensitively', () => {
    expect(checkUrl('HTTPS://VK.COM/mosfed', 'vk')).toBeNull()
  })

  it('rejects another network host', () => {
    expect(checkUrl('https://vk.com/mosfed', 'telegram')).toBe('wrong-host')
    expect(checkUrl('https://t.me/mosfed', 'vk')).toBe('wrong-host')
    expect(checkUrl('https://youtube.com/@mosfed', 'rutube')).toBe('wrong-host')
  })

  it('rejects look-alike hosts', () => {
    expect(checkUrl('https://evilvk.com/mosfed', 'vk')).toBe('wrong-host')
    expect(checkUrl('https://vk.com.example.ru/mosfed', 'vk')).toBe('wrong-host')
    expect(checkUrl('https://fake.t.me/mosfed', 'telegram')).toBe('wrong-host')
  })

  it('requires https for a network link', () => {
    expect(checkUrl('http://vk.com/mosfed', 'vk')).toBe('not-https')
  })

  it('reports the wrong host before the scheme', () => {
    expect(checkUrl('http://t.me/mosfed', 'vk')).toBe('wrong-host')
  })

  it('reports text that is not a URL before anything network-specific', () => {
    expect(checkUrl('@mosfed', 'telegram')).toBe('not-a-url')
  })

  it('accepts the first listed host of every network', () => {
    for (const network of SOCIAL_NETWORK_KEYS) {
      const { hosts, paths } = SOCIAL_NETWORKS[network] as SocialChannel
      expect(checkUrl(`https://${hosts[0]}${paths?.[0] ?? '/'}x`, network)).toBeNull()
    }
  })
})
