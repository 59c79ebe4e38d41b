import { describe, expect, it } from 'vitest'
import { checkUrl, socialKeysOf, SOCIAL_NETWORKS } from '../../domain/socialNetworks'
import { validateSocialUrl } from '../../cms/fields/validators'

describe('the one list of channels', () => {
  it('splits into social networks and messengers, every key in exactly one group', () => {
    expect(socialKeysOf('messenger')).toEqual(['max', 'telegramChat', 'vkChat', 'whatsapp'])
    expect(socialKeysOf('network')).toEqual(['vk', 'telegram', 'ok', 'dzen', 'rutube', 'youtube'])
    expect(socialKeysOf('network').length + socialKeysOf('messenger').length).toBe(
      Object.keys(SOCIAL_NETWORKS).length,
    )
  })
})

describe('checkUrl for messengers', () => {
  it('accepts the channel and chat links each messenger gives', () => {
    expect(checkUrl('https://max.ru/join/AbCdEf123', 'max')).toBeNull()
    expect(checkUrl('https://t.me/+AbCdEf123', 'telegramChat')).toBeNull()
    expect(checkUrl('https://t.me/joinchat/AbCdEf123', 'telegramChat')).toBeNull()
    expect(checkUrl('https://vk.me/join/AbCdEf123', 'vkChat')).toBeNull()
    expect(checkUrl('https://whatsapp.com/channel/0029VaAbCdEf', 'whatsapp')).toBeNull()
    expect(checkUrl('https://www.whatsapp.com/channel/0029VaAbCdEf', 'whatsapp')).toBeNull()
  })

  it('refuses look-alike and hostile hosts', () => {
    expect(checkUrl('https://max.ru.evil.example/join/x', 'max')).toBe('wrong-host')
    expect(checkUrl('https://maх.ru/join/x', 'max')).toBe('wrong-host') // Cyrillic х
    expect(checkUrl('https://t.me.phish.example/+x', 'telegramChat')).toBe('wrong-host')
    expect(checkUrl('https://vk.me@evil.example/join/x', 'vkChat')).toBe('wrong-host')
    expect(checkUrl('https://evilwhatsapp.com/channel/x', 'whatsapp')).toBe('wrong-host')
    expect(checkUrl('https://whatsapp.com.evil.example/channel/x', 'whatsapp')).toBe('wrong-host')
  })

  it('refuses a messenger host outside its join or channel paths', () => {
    expect(checkUrl('https://vk.me/some_user', 'vkChat')).toBe('wrong-path')
    expect(checkUrl('https://vk.me/join/', 'vkChat')).toBe('wrong-path')
    expect(checkUrl('https://whatsapp.com/download', 'whatsapp')).toBe('wrong-path')
    expect(checkUrl('https://t.me/', 'telegramChat')).toBe('wrong-path')
  })

  it('refuses plain http and other schemes', () => {
    expect(checkUrl('http://vk.me/join/x', 'vkChat')).toBe('not-https')
    expect(checkUrl('javascript:alert(1)', 'max')).toBe('not-https')
  })
})

describe('validateSocialUrl messages', () => {
  it('names the messenger and its hosts in Russian', () => {
    expect(validateSocialUrl('max')('https://max.ru.evil.example/x')).toMatch(
      /Это не ссылка на MAX: адрес должен вести на max\.ru/,
    )
    expect(validateSocialUrl('whatsapp')('https://whatsapp.com/download')).toMatch(
      /whatsapp\.com\/channel\//,
    )
  })
})
