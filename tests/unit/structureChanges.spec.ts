import { describe, expect, it } from 'vitest'
import { structureChanges, type StructureSettings } from '../../domain/org/structureChanges'

const school: StructureSettings = {
  slug: 'shkola-1234',
  kind: 'primary_org',
  parentName: 'Московская городская организация',
  membershipNames: [],
  hostingMode: 'subdomain',
  customDomain: null,
}

describe('structureChanges', () => {
  it('asks nothing when only everyday settings changed', () => {
    expect(structureChanges(school, { ...school }, 0)).toEqual([])
  })

  it('names the old and the new subdomain and says the old links stop working', () => {
    const [change] = structureChanges(school, { ...school, slug: 'school-1234' }, 0)
    expect(change).toContain('поддомен «shkola-1234» станет «school-1234»')
    expect(change).toContain('Старые ссылки')
  })

  it('says the whole subtree moves with the org, in a correct plural', () => {
    const moved = { ...school, parentName: 'Кузбасская территориальная организация' }
    expect(structureChanges(school, moved, 1)[0]).toContain(
      'вместе со всеми нижестоящими (1 организация) перейдёт из «Московская городская организация» в «Кузбасская территориальная организация»',
    )
    expect(structureChanges(school, moved, 3)[0]).toContain('(3 организации)')
    expect(structureChanges(school, moved, 12)[0]).toContain('(12 организаций)')
    expect(structureChanges(school, moved, 0)[0]).toMatch(/^Организация перейдёт из/)
  })

  it('names the levels, the memberships joined and left, and the hosting', () => {
    const changed = structureChanges(
      { ...school, membershipNames: ['МФП'] },
      {
        ...school,
        kind: 'territorial_org',
        membershipNames: ['Союз А'],
        hostingMode: 'section',
      },
      2,
    )
    expect(changed).toHaveLength(3)
    expect(changed[0]).toContain('станет «Территориальная организация профсоюза»')
    expect(changed[1]).toBe(
      'Организация вступит в «Союз А» и выйдет из «МФП»: изменится, какие материалы приходят на её сайт и на сайты нижестоящих.',
    )
    expect(changed[2]).toContain('«Раздел на сайте вышестоящей организации»')
  })

  it('a new own domain is named when the org already has one', () => {
    const own = { ...school, hostingMode: 'custom' as const, customDomain: 'school.ru' }
    expect(structureChanges(own, { ...own, customDomain: 'school1234.ru' }, 0)).toEqual([
      'Собственный домен изменится: school.ru станет school1234.ru.',
    ])
  })
})
