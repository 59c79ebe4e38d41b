import { describe, expect, it } from 'vitest'
import { DEV_SECRET, isDevelopmentMode, resolveSecret } from '../../cms/lib/secret'

const STRONG = 'f3a9c1e07b5d4a2e9c8b7a6f5e4d3c2b1a0f9e8d'

describe('resolveSecret', () => {
  it('falls back to the development secret only in an explicit development mode', () => {
    expect(resolveSecret({ NODE_ENV: 'development' })).toBe(DEV_SECRET)
    expect(resolveSecret({ NODE_ENV: 'test' })).toBe(DEV_SECRET)
    expect(resolveSecret({ UNION_SITES_DEV: '1' })).toBe(DEV_SECRET)
  })

  it('refuses to start without a secret in every other environment, not only "production"', () => {
    for (const NODE_ENV of [undefined, 'production', 'staging', 'prod', 'Production', '']) {
      expect(() => resolveSecret({ NODE_ENV }), String(NODE_ENV)).toThrow(/PAYLOAD_SECRET/)
    }
    expect(() => resolveSecret({ UNION_SITES_DEV: 'yes' })).toThrow(/PAYLOAD_SECRET/)
  })

  it('refuses the development secret itself and short secrets outside development', () => {
    expect(() => resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: DEV_SECRET })).toThrow(
      /development secret/,
    )
    expect(() => resolveSecret({ PAYLOAD_SECRET: 'x'.repeat(31) })).toThrow(/too short/)
    expect(resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: STRONG })).toBe(STRONG)
  })

  it('lets development use any secret it is given', () => {
    expect(resolveSecret({ NODE_ENV: 'test', PAYLOAD_SECRET: 'short' })).toBe('short')
    expect(isDevelopmentMode({ NODE_ENV: 'staging' })).toBe(false)
  })
})
