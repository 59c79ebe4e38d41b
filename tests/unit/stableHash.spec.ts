import { describe, expect, it } from 'vitest'
import { stableHash } from '../../cms/import/stableHash'

describe('stableHash', () => {
  it('is a 32-character hex string', () => {
    expect(stableHash({ a: 1 })).toMatch(/^[0-9a-f]{32}$/)
  })

  it('does not depend on key order, at any depth', () => {
    const a = { title: 'Новости', meta: { year: 2026, tags: ['a', 'b'] }, org: 'fnpr' }
    const b = { org: 'fnpr', meta: { tags: ['a', 'b'], year: 2026 }, title: 'Новости' }
    expect(stableHash(a)).toBe(stableHash(b))
  })

  it('sorts keys inside objects nested in arrays', () => {
    expect(stableHash([{ x: 1, y: 2 }])).toBe(stableHash([{ y: 2, x: 1 }]))
  })

  it('changes when a value changes', () => {
    expect(stableHash({ title: 'Новости' })).not.toBe(stableHash({ title: 'Новости!' }))
    expect(stableHash({ meta: { year: 2026 } })).not.toBe(stableHash({ meta: { year: 2025 } }))
  })

  it('distinguishes a number from its string form', () => {
    expect(stableHash({ n: 1 })).not.toBe(stableHash({ n: '1' }))
  })

  it('depends on array order', () => {
    expect(stableHash({ tags: ['a', 'b'] })).not.toBe(stableHash({ tags: ['b', 'a'] }))
  })

  it('changes when a key is renamed', () => {
    expect(stableHash({ title: 'x' })).not.toBe(stableHash({ name: 'x' }))
  })

  it('treats an undefined property as absent', () => {
    expect(stableHash({ title: 'x', cover: undefined })).toBe(stableHash({ title: 'x' }))
  })

  it('distinguishes null from an absent property', () => {
    expect(stableHash({ title: 'x', cover: null })).not.toBe(stableHash({ title: 'x' }))
  })

  it('is deterministic', () => {
    expect(stableHash({ a: [1, { b: 2 }] })).toBe(stableHash({ a: [1, { b: 2 }] }))
  })
})
