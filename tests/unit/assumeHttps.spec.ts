import { describe, expect, it } from 'vitest'
import { assumeHttps } from '../../domain/text/assumeHttps'

describe('assumeHttps', () => {
  it('completes an address pasted without its scheme', () => {
    expect(assumeHttps('yandex.ru/maps/-/CDxZ4')).toBe('https://yandex.ru/maps/-/CDxZ4')
    expect(assumeHttps('  vk.com/profkom ')).toBe('https://vk.com/profkom')
    expect(assumeHttps('www.mosfed.ru')).toBe('https://www.mosfed.ru')
    expect(assumeHttps('//t.me/profkom')).toBe('https://t.me/profkom')
    expect(assumeHttps('профсоюз.рф/контакты')).toBe('https://профсоюз.рф/контакты')
  })

  it('leaves an address with a scheme, and what is not an address, to the validation', () => {
    expect(assumeHttps('https://vk.com/profkom')).toBe('https://vk.com/profkom')
    expect(assumeHttps('http://example.ru')).toBe('http://example.ru')
    expect(assumeHttps('javascript:alert(1)')).toBe('javascript:alert(1)')
    expect(assumeHttps('на карте у метро')).toBe('на карте у метро')
    expect(assumeHttps('localhost/admin')).toBe('localhost/admin')
    expect(assumeHttps('')).toBe('')
  })
})
