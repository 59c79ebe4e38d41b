import { describe, expect, it } from 'vitest'
import {
  PREVIEW_TTL_SECONDS,
  signPreview,
  verifyPreview,
} from '../../cms/draftPreview/previewToken'

const SECRET = 'a-test-secret-of-more-than-thirty-two-characters'
const NOW = 1_800_000_000
const grant = { collection: 'posts' as const, id: '42', user: '7', exp: NOW + PREVIEW_TTL_SECONDS }

describe('a preview link’s token', () => {
  it('gives back the grant it was signed with, until it expires', () => {
    const token = signPreview(SECRET, grant)
    expect(verifyPreview(SECRET, token, NOW)).toEqual(grant)
    expect(verifyPreview(SECRET, token, grant.exp)).toEqual(grant)
    expect(verifyPreview(SECRET, token, grant.exp + 1)).toBe('expired')
  })

  it('refuses a token signed with another secret or altered in any part', () => {
    const token = signPreview(SECRET, grant)
    expect(verifyPreview(`${SECRET}x`, token, NOW)).toBe('forged')
    const [body, signature] = token.split('.') as [string, string]
    // Another document under the same signature.
    const other = Buffer.from(JSON.stringify({ ...grant, id: '43' })).toString('base64url')
    expect(verifyPreview(SECRET, `${other}.${signature}`, NOW)).toBe('forged')
    const flipped = signature.startsWith('A') ? `B${signature.slice(1)}` : `A${signature.slice(1)}`
    expect(verifyPreview(SECRET, `${body}.${flipped}`, NOW)).toBe('forged')
  })

  it('refuses what is not a token before checking anything', () => {
    for (const bad of [undefined, 42, '', 'abc', 'a.b', `${'x'.repeat(500)}.${'y'.repeat(43)}`])
      expect(verifyPreview(SECRET, bad, NOW)).toBe('malformed')
  })

  it('refuses a well-signed grant of the wrong shape', () => {
    const signed = (value: unknown) => {
      const token = signPreview(SECRET, value as typeof grant)
      return verifyPreview(SECRET, token, NOW)
    }
    expect(signed({ ...grant, collection: 'users' })).toBe('malformed')
    expect(signed({ ...grant, id: '../etc' })).toBe('malformed')
    expect(signed({ ...grant, exp: 'soon' })).toBe('malformed')
  })
})
