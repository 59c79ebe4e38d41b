import { describe, expect, it } from 'vitest'
import { MAILING_RETENTION_DAYS, retentionCutoffs } from '../../domain/mailings/retention'

describe('retentionCutoffs', () => {
  it('puts each cutoff its number of whole days before now', () => {
    const now = new Date('2026-12-07T03:45:00Z')
    expect(retentionCutoffs(now)).toEqual({
      pending: '2026-11-30T03:45:00.000Z',
      ended: '2026-11-02T03:45:00.000Z',
      deliveries: '2026-09-08T03:45:00.000Z',
    })
  })

  it('keeps a departed address longer than the four weeks of the editors’ trend', () => {
    expect(MAILING_RETENTION_DAYS.ended).toBeGreaterThan(28)
    expect(MAILING_RETENTION_DAYS.pending).toBeLessThan(MAILING_RETENTION_DAYS.ended)
  })
})
