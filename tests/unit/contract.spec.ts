import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { contactsEntry, socialEntry } from '../../content/schema/organization'
import { slug as importSlug } from '../../content/schema/primitives'
import { SLUG, slug, slugOfAtMost } from '../../domain/contract/primitives'
import { SOCIAL_NETWORK_KEYS } from '../../domain/socialNetworks'
import { contacts, social } from '../../domain/contract/parts'

/**
 * The import format and the snapshot share their rules through domain/contract. These pin what
 * each side accepts, including where they deliberately differ.
 */

describe('social links', () => {
  it('are the same six networks on both sides, each optional', () => {
    for (const schema of [socialEntry, social]) {
      expect(Object.keys(schema.shape)).toEqual(SOCIAL_NETWORK_KEYS)
      expect(schema.parse({})).toEqual({})
      expect(schema.parse({ vk: 'https://vk.com/fnpr' })).toEqual({ vk: 'https://vk.com/fnpr' })
    }
  })

  it('refuse an unknown network on both sides', () => {
    expect(socialEntry.safeParse({ facebook: 'https://facebook.com/x' }).success).toBe(false)
    expect(social.safeParse({ facebook: 'https://facebook.com/x' }).success).toBe(false)
  })

  it('need a DNS host name in a snapshot only', () => {
    const url = 'https://under_score.example/x'
    expect(socialEntry.safeParse({ vk: url }).success).toBe(true)
    expect(social.safeParse({ vk: url }).success).toBe(false)
  })
})

describe('contacts', () => {
  it('may be blank in an import file but not in a snapshot', () => {
    expect(contactsEntry.safeParse({ phone: '' }).success).toBe(true)
    expect(contacts.safeParse({ phone: '' }).success).toBe(false)
  })

  it('need a real e-mail address on both sides', () => {
    expect(contactsEntry.safeParse({ email: 'nope' }).success).toBe(false)
    expect(contacts.safeParse({ email: 'nope' }).success).toBe(false)
  })
})

describe('slugs', () => {
  const slugLike = fc.stringMatching(/^[a-z0-9-]{0,70}$/)

  it('follow one pattern: the snapshot has no length limit, the import 63 characters', () => {
    fc.assert(
      fc.property(slugLike, (value) => {
        expect(slug.safeParse(value).success).toBe(SLUG.test(value))
        expect(importSlug.safeParse(value).success).toBe(SLUG.test(value) && value.length <= 63)
      }),
    )
  })

  it('refuse double, leading and trailing dashes with one message naming the limit', () => {
    for (const bad of ['a--b', '-a', 'a-', '']) {
      const result = slugOfAtMost(63).safeParse(bad)
      expect(result.success).toBe(false)
      expect(result.error?.issues.map((i) => i.message)).toEqual([
        'a slug: a-z, 0-9 and single dashes inside, at most 63 characters',
      ])
    }
  })
})
