import { describe, expect, it } from 'vitest'
import { isValidDomain, normalizeDomain } from '../../domain/hosts/normalizeDomain'

describe('normalizeDomain', () => {
  it('converts a Cyrillic domain to punycode', () => {
    expect(normalizeDomain('профсоюз.рф')).toBe('xn--g1anacfhu6f.xn--p1ai')
  })

  it('gives the same punycode for upper-case Cyrillic', () => {
    expect(normalizeDomain('ПРОФСОЮЗ.РФ')).toBe('xn--g1anacfhu6f.xn--p1ai')
  })

  it('lower-cases, trims and drops a trailing dot', () => {
    expect(normalizeDomain('  MosFed.RU. ')).toBe('mosfed.ru')
  })

  it('keeps sub-domains and dashes inside labels', () => {
    expect(normalizeDomain('profkom-ped.mosfed.ru')).toBe('profkom-ped.mosfed.ru')
  })

  it('accepts an already punycoded TLD', () => {
    expect(normalizeDomain('mosfed.xn--p1ai')).toBe('mosfed.xn--p1ai')
  })

  it('accepts localhost and its sub-domains for development', () => {
    expect(normalizeDomain('localhost')).toBe('localhost')
    expect(normalizeDomain('mfp.localhost')).toBe('mfp.localhost')
    expect(normalizeDomain('Profkom.MFP.localhost.')).toBe('profkom.mfp.localhost')
  })

  it('rejects a URL with a scheme', () => {
    expect(normalizeDomain('https://x.ru')).toBeNull()
  })

  it('rejects paths, ports, credentials, queries and fragments', () => {
    expect(normalizeDomain('x.ru/news')).toBeNull()
    expect(normalizeDomain('x.ru:8080')).toBeNull()
    expect(normalizeDomain('user@x.ru')).toBeNull()
    expect(normalizeDomain('x.ru?a=1')).toBeNull()
    expect(normalizeDomain('x.ru#top')).toBeNull()
  })

  it('rejects inner spaces and the empty string', () => {
    expect(normalizeDomain('mos fed.ru')).toBeNull()
    expect(normalizeDomain('')).toBeNull()
    expect(normalizeDomain('   ')).toBeNull()
  })

  it('rejects a single label other than localhost', () => {
    expect(normalizeDomain('mosfed')).toBeNull()
    expect(normalizeDomain('xn--p1ai')).toBeNull()
  })

  it('rejects labels that start or end with a dash', () => {
    expect(normalizeDomain('-mosfed.ru')).toBeNull()
    expect(normalizeDomain('mosfed-.ru')).toBeNull()
    expect(normalizeDomain('-x.localhost')).toBeNull()
  })

  it('rejects empty labels and underscores', () => {
    expect(normalizeDomain('mos..ru')).toBeNull()
    expect(normalizeDomain('mos_fed.ru')).toBeNull()
  })

  it('rejects numeric and one-letter TLDs, including IP addresses', () => {
    expect(normalizeDomain('mosfed.123')).toBeNull()
    expect(normalizeDomain('192.168.0.1')).toBeNull()
    expect(normalizeDomain('mosfed.r')).toBeNull()
  })

  it('rejects a label longer than 63 characters', () => {
    expect(normalizeDomain(`${'a'.repeat(63)}.ru`)).toBe(`${'a'.repeat(63)}.ru`)
    expect(normalizeDomain(`${'a'.repeat(64)}.ru`)).toBeNull()
  })

  it('rejects a host name longer than 253 characters', () => {
    const labels = (count: number) => Array.from({ length: count }, () => 'a'.repeat(60)).join('.')
    expect(normalizeDomain(`${labels(4)}.ru`)).toBe(`${labels(4)}.ru`)
    expect(normalizeDomain(`${labels(5)}.ru`)).toBeNull()
  })
})

describe('isValidDomain', () => {
  it('agrees with normalizeDomain', () => {
    expect(isValidDomain('профсоюз.рф')).toBe(true)
    expect(isValidDomain('https://профсоюз.рф')).toBe(false)
  })
})
