import { describe, expect, it } from 'vitest'
import { rollups } from '../../domain/monitoring/rollups'
import type { OrgRow } from '../../domain/monitoring/indicatorTypes'
import { noneIndicators } from '../../domain/monitoring/noneIndicators'

const row = (
  id: string,
  kind: string,
  depth: number,
  parentId: string | undefined,
  lights: Record<string, 'green' | 'amber' | 'red'>,
): OrgRow => {
  const indicators = noneIndicators('—')
  for (const [key, light] of Object.entries(lights))
    indicators[key as keyof typeof indicators] = {
      ...indicators[key as keyof typeof indicators],
      light,
    }
  return { id, name: `org ${id}`, kind, depth, ...(parentId ? { parentId } : {}), indicators }
}

const ROWS = [
  row('1', 'union', 0, undefined, { site: 'green' }),
  row('2', 'territorial_org', 1, '1', { site: 'red', hotline: 'amber' }),
  row('3', 'primary_org', 2, '2', { site: 'green' }),
  row('4', 'primary_org', 2, '2', { site: 'amber' }),
  row('5', 'primary_org', 1, '1', { site: 'green' }),
]

describe('rollups', () => {
  it('by kind: counts per level in the structure order, none left out of applies', () => {
    const byKind = rollups(ROWS, 'kind')
    expect(byKind.map((r) => [r.kind, r.orgs])).toEqual([
      ['union', 1],
      ['territorial_org', 1],
      ['primary_org', 3],
    ])
    expect(byKind[2]!.indicators.site).toEqual({ green: 2, amber: 1, red: 0, applies: 3 })
    expect(byKind[2]!.indicators.hotline).toEqual({ green: 0, amber: 0, red: 0, applies: 0 })
    expect(byKind[1]!.label).toBe('Терком')
  })
  it('by child: each child of the root with its whole subtree; the root in none', () => {
    const byChild = rollups(ROWS, 'child')
    expect(byChild.map((r) => [r.subtreeOf, r.label, r.orgs])).toEqual([
      ['2', 'org 2', 3],
      ['5', 'org 5', 1],
    ])
    expect(byChild[0]!.indicators.site).toEqual({ green: 1, amber: 1, red: 1, applies: 3 })
    expect(byChild[0]!.indicators.hotline).toEqual({ green: 0, amber: 1, red: 0, applies: 1 })
  })
  it('an empty set gives no roll-ups', () => {
    expect(rollups([], 'kind')).toEqual([])
    expect(rollups([], 'child')).toEqual([])
  })
})
