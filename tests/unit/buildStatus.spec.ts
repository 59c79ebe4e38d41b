import { describe, expect, it } from 'vitest'
import { buildStatus } from '../../domain/publishing/buildStatus'

const now = new Date('2026-12-01T12:00:00Z')

describe('buildStatus', () => {
  it('is published when nothing is pending', () => {
    expect(buildStatus({ requested: 3, built: 3 }, now)).toBe('published')
  })
  it('is pending when changes wait, failed when the last build failed', () => {
    expect(buildStatus({ requested: 4, built: 3 }, now)).toBe('pending')
    expect(buildStatus({ requested: 4, built: 3, lastError: 'Ошибка' }, now)).toBe('failed')
  })
  it('is building while a worker holds a live lease; an expired lease does not count', () => {
    expect(buildStatus({ requested: 4, built: 3, leaseUntil: '2026-12-01T12:01:00Z' }, now)).toBe(
      'building',
    )
    expect(buildStatus({ requested: 4, built: 3, leaseUntil: '2026-12-01T11:59:00Z' }, now)).toBe(
      'pending',
    )
  })
  it('reads numbers stored as text (PostgreSQL numeric)', () => {
    expect(buildStatus({ requested: '10', built: '9' }, now)).toBe('pending')
  })
})
