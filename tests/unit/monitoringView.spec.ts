import { describe, expect, it } from 'vitest'
import { filterRows } from '../../domain/monitoring/filterRows'
import { fixList, problemCounts } from '../../domain/monitoring/fixList'
import type { OrgRow } from '../../domain/monitoring/indicatorTypes'
import { pageRows } from '../../domain/monitoring/pageRows'
import { sortRows } from '../../domain/monitoring/sortRows'
import { parseViewQuery, viewSearch, type ViewQuery } from '../../domain/monitoring/viewQuery'
import fixture from '../fixtures/monitoring/rows.json'

const rows = fixture as unknown as OrgRow[]
const query = (search: string): ViewQuery => {
  const parsed = parseViewQuery(new URLSearchParams(search))
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.query
}
const names = (list: OrgRow[]) => list.map((r) => r.id)

describe('parseViewQuery', () => {
  it('defaults: by name, first page of 50, failing means red or amber', () => {
    expect(query('')).toEqual({ light: 'problem', sort: 'name', desc: false, page: 1, limit: 50 })
  })

  it('reads every filter and a descending sort', () => {
    expect(
      query(
        'kind=primary_org&parent=10&failing=news7&light=red&q=шахт&sort=-lastNews&page=2&limit=10',
      ),
    ).toEqual({
      kind: 'primary_org',
      parent: '10',
      failing: 'news7',
      light: 'red',
      q: 'шахт',
      sort: 'lastNews',
      desc: true,
      page: 2,
      limit: 10,
    })
  })

  it.each([
    ['kind=admin', 'Неизвестный вид организации.'],
    ['parent=1%20OR%201=1', 'Неверный идентификатор организации.'],
    ['failing=__proto__', 'Неизвестный показатель в фильтре.'],
    ['failing=constructor', 'Неизвестный показатель в фильтре.'],
    ['light=green', 'Фильтр цвета: red или problem.'],
    [`q=${'а'.repeat(101)}`, 'Строка поиска длиннее 100 знаков.'],
    ['q=%00drop', 'Строка поиска содержит недопустимые символы.'],
    ['q=abc%E2%80%AEgpj', 'Строка поиска содержит недопустимые символы.'],
    ['sort=name;DROP TABLE organizations', 'Нельзя сортировать по этому столбцу.'],
    ['sort=--name', 'Нельзя сортировать по этому столбцу.'],
    ['sort=toString', 'Нельзя сортировать по этому столбцу.'],
    ['page=0', 'Номер страницы — целое число от 1.'],
    ['page=1e3', 'Номер страницы — целое число от 1.'],
    ['limit=100000', 'Размер страницы — от 1 до 200.'],
    ['kind=union&kind=primary_org', 'Параметр «kind» указан несколько раз.'],
  ])('refuses %s in Russian', (search, message) => {
    expect(parseViewQuery(new URLSearchParams(search))).toEqual({ ok: false, message })
  })

  it('writes back what it reads (links keep the view)', () => {
    const q = query('kind=primary_org&failing=any&light=red&q=Шахта&sort=-problems&page=3')
    expect(query(viewSearch(q))).toEqual(q)
    expect(viewSearch(query(''))).toBe('')
  })
})

describe('filterRows', () => {
  it('by kind, by direct parent, by name (ё as е, any case)', () => {
    expect(names(filterRows(rows, query('kind=territorial_org')))).toEqual(['10', '14'])
    expect(names(filterRows(rows, query('parent=14')))).toEqual(['15'])
    expect(names(filterRows(rows, query('q=БЕРЕЗОВ')))).toEqual(['12'])
  })

  it('by a failing indicator: red and amber, or red only', () => {
    expect(names(filterRows(rows, query('failing=lastNews')))).toEqual(['11', '12'])
    expect(names(filterRows(rows, query('failing=lastNews&light=red')))).toEqual(['11'])
  })

  it('red ППО: any indicator red among primary orgs', () => {
    expect(names(filterRows(rows, query('kind=primary_org&failing=any&light=red')))).toEqual([
      '11',
      '12',
      '13',
    ])
  })
})

describe('sortRows', () => {
  it('by name in Russian collation, ties never shuffle', () => {
    const sorted = names(sortRows(rows, query('sort=name')))
    expect(sorted).toEqual(['13', '12', '11', '15', '14', '10'])
    expect(names(sortRows([...rows].reverse(), query('sort=name')))).toEqual(sorted)
  })

  it('an indicator: worst first, then by value; desc reverses', () => {
    expect(names(sortRows(rows, query('sort=lastNews'))).slice(0, 2)).toEqual(['11', '12'])
    expect(names(sortRows(rows, query('sort=-lastNews'))).slice(-2)).toEqual(['12', '11'])
  })

  it('by problems: most red first, then most amber', () => {
    expect(names(sortRows(rows, query('sort=problems'))).slice(0, 4)).toEqual([
      '11',
      '12',
      '13',
      '15', // one amber, as the Терком, and «ППО…» comes before «Терком…»
    ])
  })
})

describe('pageRows', () => {
  it('slices pages and counts them; past the end is empty', () => {
    expect(pageRows(rows, 2, 4)).toMatchObject({ page: 2, pages: 2, total: 6, limit: 4 })
    expect(pageRows(rows, 2, 4).rows.map((r) => r.id)).toEqual(['14', '15'])
    expect(pageRows(rows, 9, 4).rows).toEqual([])
    expect(pageRows([], 1, 50).pages).toBe(1)
  })
})

describe('fixList', () => {
  it('red first, then amber, each in column order, with the fix', () => {
    const row = rows.find((r) => r.id === '11')!
    expect(fixList(row).map((f) => [f.id, f.light])).toEqual([
      ['news7', 'red'],
      ['lastNews', 'red'],
      ['infoOfficer', 'amber'],
    ])
    expect(fixList(row)[1]).toMatchObject({
      label: 'Дней с последней новости',
      reason: 'нет новостей 47 дней при норме 7',
      fix: 'Опубликуйте новость',
    })
    expect(problemCounts(row)).toEqual({ red: 2, amber: 1 })
  })

  it('nothing to fix for an all-green or not-applicable row', () => {
    expect(fixList(rows.find((r) => r.id === '14')!)).toEqual([])
  })
})
