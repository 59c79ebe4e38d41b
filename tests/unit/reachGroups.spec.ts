import { describe, expect, it } from 'vitest'
import { groupByParent, NO_PARENT } from '../../domain/syndication/reachGroups'

const at = (...parents: (string | null)[]) => parents.map((parentName) => ({ parentName }))

describe('«Кто получит» by parent', () => {
  it('counts receivers under their parents, the largest groups first, then by name', () => {
    expect(
      groupByParent(at('Кузбасская ТО', 'Воркутинская ТО', 'Кузбасская ТО', 'Астраханская ТО')),
    ).toEqual([
      { parent: 'Кузбасская ТО', count: 2 },
      { parent: 'Астраханская ТО', count: 1 },
      { parent: 'Воркутинская ТО', count: 1 },
    ])
  })

  it('names a receiver without a parent, and keeps only the first groups', () => {
    expect(groupByParent(at(null, ' '))).toEqual([{ parent: NO_PARENT, count: 2 }])
    expect(groupByParent(at('А', 'Б', 'В'), 2)).toHaveLength(2)
  })
})
