import { describe, expect, it } from 'vitest'
import { siteLinkState } from '../../cms/siteLinks/siteLinkState'

const saved = '2026-12-07T10:00:00.000Z'

describe('siteLinkState', () => {
  it('is pending until the host is released after the save', () => {
    expect(siteLinkState(saved, undefined)).toBe('pending')
    expect(siteLinkState(saved, { publishedAt: '2026-12-07T09:59:59.000Z' })).toBe('pending')
    expect(siteLinkState(saved, { publishedAt: '2026-12-07T10:00:01.000Z' })).toBe('live')
  })

  it('stays pending when the host was marked before that release (the build may predate the save)', () => {
    expect(
      siteLinkState(saved, {
        publishedAt: '2026-12-07T10:00:02.000Z',
        pendingSince: '2026-12-07T10:00:01.000Z',
      }),
    ).toBe('pending')
  })

  it('is live when what waits was marked after the release (a later change)', () => {
    expect(
      siteLinkState(saved, {
        publishedAt: '2026-12-07T10:00:02.000Z',
        pendingSince: '2026-12-07T10:00:03.000Z',
      }),
    ).toBe('live')
  })
})
