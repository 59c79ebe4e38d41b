import { describe, expect, it } from 'vitest'
import { isLive, publishTransition } from '../../domain/publishing/publishTransition'

const published = { id: 1, _status: 'published', title: 'A', reachDepth: 9 }
const unpublished = { ...published, _status: 'draft', updatedAt: 'later' }

describe('publishTransition', () => {
  it('an unpublish leaves the published state to clear from its sites', () => {
    expect(publishTransition(published, unpublished)).toEqual([published])
  })

  it('a publish brings the new state; an edit while published both states', () => {
    expect(publishTransition(unpublished, published)).toEqual([published])
    const narrowed = { ...published, reachDepth: 0, title: 'B' }
    expect(publishTransition(published, narrowed)).toEqual([published, narrowed])
  })

  it('a created or deleted document has only one state', () => {
    expect(publishTransition(null, published)).toEqual([published])
    expect(publishTransition(published, null)).toEqual([published])
    expect(publishTransition(undefined, unpublished)).toEqual([])
  })

  it('nothing when neither state was live or the published row is untouched (a draft saved beside it)', () => {
    expect(publishTransition(unpublished, { ...unpublished, title: 'C' })).toEqual([])
    expect(publishTransition(published, { ...published })).toEqual([])
  })

  it('rows without a status (collections without drafts) count as live', () => {
    expect(isLive({})).toBe(true)
    expect(isLive({ _status: 'draft' })).toBe(false)
    expect(isLive(null)).toBe(false)
  })
})
