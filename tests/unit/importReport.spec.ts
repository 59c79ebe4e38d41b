import { describe, expect, it } from 'vitest'
import { changedCount, formatReport, type ImportReport, tally } from '../../cms/import/importReport'

describe('tally', () => {
  it('starts a collection at zero and counts each action', () => {
    const report: ImportReport = {}
    tally(report, 'posts', 'created')
    tally(report, 'posts', 'created')
    tally(report, 'posts', 'unchanged')
    expect(report).toEqual({ posts: { created: 2, updated: 0, unchanged: 1 } })
  })

  it('keeps collections apart', () => {
    const report: ImportReport = {}
    tally(report, 'posts', 'updated')
    tally(report, 'pages', 'created')
    expect(report).toEqual({
      posts: { created: 0, updated: 1, unchanged: 0 },
      pages: { created: 1, updated: 0, unchanged: 0 },
    })
  })
})

describe('changedCount', () => {
  it('adds created and updated, not unchanged, across collections', () => {
    const report: ImportReport = {
      posts: { created: 2, updated: 1, unchanged: 10 },
      pages: { created: 0, updated: 3, unchanged: 4 },
    }
    expect(changedCount(report)).toBe(6)
  })

  it('is zero for a re-import that changed nothing and for an empty report', () => {
    expect(changedCount({ posts: { created: 0, updated: 0, unchanged: 9 } })).toBe(0)
    expect(changedCount({})).toBe(0)
  })
})

describe('formatReport', () => {
  it('prints one line per collection in insertion order', () => {
    const report: ImportReport = {}
    tally(report, 'organizations', 'created')
    tally(report, 'posts', 'unchanged')
    expect(formatReport(report)).toBe(
      'organizations: 1 created, 0 updated, 0 unchanged\nposts: 0 created, 0 updated, 1 unchanged',
    )
  })

  it('is empty for an empty report', () => {
    expect(formatReport({})).toBe('')
  })
})
