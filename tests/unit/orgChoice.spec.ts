import { describe, expect, it } from 'vitest'
import {
  choiceCoverage,
  dashboardOrgs,
  narrowToChoice,
  offersOrgSwitcher,
  parseOrgChoice,
} from '../../domain/access/orgChoice'
import { switcherOptions } from '../../cms/components/orgSwitcher/switcherOptions'
import { whereQuery } from '../../cms/components/orgSwitcher/whereQuery'

const platform = { id: 1, role: 'platform-admin' as const }
const terkom = { id: 2, grants: [{ organization: 10, role: 'admin' as const, subtree: true }] }
const ppoEditor = { id: 3, grants: [{ organization: 11, role: 'editor' as const }] }
const twoPpo = {
  id: 4,
  grants: [
    { organization: { id: 11 }, role: 'editor' as const },
    { organization: 12, role: 'admin' as const, subtree: false },
  ],
}
// An admin and an editor grant on the same org: still one org, nothing to switch.
const sameOrgTwice = {
  id: 5,
  grants: [
    { organization: 11, role: 'editor' as const },
    { organization: { id: 11 }, role: 'admin' as const },
  ],
}

describe('who gets the organization switcher', () => {
  it('platform admins, subtree grants and several orgs; not one org, not the signed-out', () => {
    expect(offersOrgSwitcher(platform)).toBe(true)
    expect(offersOrgSwitcher(terkom)).toBe(true)
    expect(offersOrgSwitcher(twoPpo)).toBe(true)
    expect(offersOrgSwitcher(ppoEditor)).toBe(false)
    expect(offersOrgSwitcher(sameOrgTwice)).toBe(false)
    expect(offersOrgSwitcher({ id: 6, grants: [] })).toBe(false)
    expect(offersOrgSwitcher(null)).toBe(false)
  })
})

describe('the stored choice is untrusted input', () => {
  it('reads an org id, a number or a plain string', () => {
    expect(parseOrgChoice({ organization: 11 })).toBe(11)
    expect(parseOrgChoice({ organization: 'abc-12' })).toBe('abc-12')
  })

  it('anything else is «all my organizations»', () => {
    for (const value of [
      null,
      undefined,
      11,
      'x',
      {},
      { organization: null },
      { organization: -1 },
      { organization: 1.5 },
      { organization: '' },
      { organization: { in: [1, 2] } },
      { organization: "1' OR '1'='1" },
      { organization: 'x'.repeat(65) },
    ])
      expect(parseOrgChoice(value), JSON.stringify(value)).toBeNull()
  })
})

describe('a choice counts only inside the editor rights', () => {
  it('a platform admin may choose any org', () => {
    expect(choiceCoverage(platform, 999)).toBe('covered')
  })

  it('a direct grant covers its org, whatever the id form', () => {
    expect(choiceCoverage(twoPpo, 11)).toBe('covered')
    expect(choiceCoverage(twoPpo, '12')).toBe('covered')
    expect(choiceCoverage(terkom, 10)).toBe('covered')
  })

  it('without a subtree grant another org is outside', () => {
    expect(choiceCoverage(twoPpo, 13)).toBe('outside')
  })

  it('below a subtree grant only the org’s lineage tells', () => {
    expect(choiceCoverage(terkom, 11)).toBe('needs-lineage')
  })

  it('a user without a switcher has no choice at all, even of their own org', () => {
    expect(choiceCoverage(ppoEditor, 11)).toBe('outside')
    expect(choiceCoverage(null, 11)).toBe('outside')
  })
})

describe('the list filter only narrows', () => {
  const own = { orgLineage: { in: [10] } }
  const chosen = { organization: { equals: 11 } }

  it('joins the own filter and the choice with and', () => {
    expect(narrowToChoice<object>(own, chosen)).toEqual({ and: [own, chosen] })
  })

  it('without an own filter (a platform admin) the choice alone', () => {
    expect(narrowToChoice<object>(null, chosen)).toEqual(chosen)
  })
})

describe('dashboard panels follow the choice where they show that org', () => {
  it('the chosen org alone when the panel shows it', () => {
    expect(dashboardOrgs([10, 12], 12)).toEqual([12])
    expect(dashboardOrgs([10, 12], '12')).toEqual([12])
  })

  it('unchanged without a choice or when the chosen org is not one of the panel’s', () => {
    expect(dashboardOrgs([10, 12], null)).toEqual([10, 12])
    expect(dashboardOrgs([10], 11)).toEqual([10])
  })
})

describe('the switcher lists orgs in tree order', () => {
  it('each org followed by the orgs below it, siblings alphabetically, indented', () => {
    const options = switcherOptions([
      { id: 12, name: 'ППО шахты «Рассвет»', ancestors: [1, 2, 10] },
      { id: 10, name: 'Кузбасская ТО', ancestors: [1, 2] },
      { id: 11, name: 'Первичная организация', shortName: 'ППО «Восток»', ancestors: [1, 2, 10] },
      { id: 13, name: 'Цех № 3', ancestors: [1, 2, 10, 12] },
    ])
    expect(options).toEqual([
      { id: '10', label: 'Кузбасская ТО', level: 0 },
      { id: '11', label: 'ППО «Восток»', level: 1 },
      { id: '12', label: 'ППО шахты «Рассвет»', level: 1 },
      { id: '13', label: 'Цех № 3', level: 2 },
    ])
  })

  it('two unrelated grants are two roots', () => {
    const options = switcherOptions([
      { id: 2, name: 'Б', ancestors: [9] },
      { id: 1, name: 'А', ancestors: [8] },
    ])
    expect(options.map((o) => [o.id, o.level])).toEqual([
      ['1', 0],
      ['2', 0],
    ])
  })
})

describe('the switcher’s search as a REST query', () => {
  it('nests and/or, lists and operators in brackets', () => {
    const params = whereQuery({
      and: [
        { or: [{ id: { in: [10, 11] } }, { ancestors: { in: [10] } }] },
        { or: [{ name: { like: 'Рассвет' } }, { shortName: { like: 'Рассвет' } }] },
      ],
    })
    expect([...params]).toEqual([
      ['where[and][0][or][0][id][in][0]', '10'],
      ['where[and][0][or][0][id][in][1]', '11'],
      ['where[and][0][or][1][ancestors][in][0]', '10'],
      ['where[and][1][or][0][name][like]', 'Рассвет'],
      ['where[and][1][or][1][shortName][like]', 'Рассвет'],
    ])
  })

  it('a value with & or = stays one value', () => {
    expect(whereQuery({ name: { like: 'a&b=c' } }).toString()).toBe(
      'where%5Bname%5D%5Blike%5D=a%26b%3Dc',
    )
  })
})
