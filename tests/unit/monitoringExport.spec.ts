import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { exportTable, lightText, rollupTable } from '../../domain/monitoring/exportTable'
import { INDICATOR_IDS, type OrgRow, type Rollup } from '../../domain/monitoring/indicatorTypes'
import { csvCell } from '../../domain/subscriptions/csvCell'
import { contentDisposition } from '../../domain/text/contentDisposition'
import { monitoringCsv } from '../../cms/monitoring/export/monitoringCsv'
import { monitoringXlsx } from '../../cms/monitoring/export/monitoringXlsx'
import fixture from '../fixtures/monitoring/rows.json'

const rows = fixture as unknown as OrgRow[]
const names = new Map(rows.map((r) => [r.id, r.name]))
const table = exportTable(rows, names)
const rollup: Rollup = {
  label: 'ППО',
  kind: 'primary_org',
  orgs: 4,
  indicators: Object.fromEntries(
    INDICATOR_IDS.map((id) => [id, { green: 3, amber: 0, red: 1, applies: 4 }]),
  ) as Rollup['indicators'],
}
const HOSTILE = rows.find((r) => r.id === '13')!.name

describe('exportTable', () => {
  it('names the parent, tells each light in words, the reason next to it, fixes red first', () => {
    const zarechnaya = table.body[1]!
    expect(zarechnaya[0]!.text).toBe('ППО шахты «Заречная»')
    expect(zarechnaya[2]!.text).toBe('Терком Кузбасса')
    const lastNews = table.header.indexOf('Дней с последней новости')
    expect(zarechnaya[lastNews]).toEqual({ text: '✕ плохо', light: 'red' })
    expect(table.header[lastNews + 1]).toBe('Дней с последней новости: причина')
    expect(zarechnaya[lastNews + 1]!.text).toBe('нет новостей 47 дней при норме 7')
    expect(zarechnaya.at(-1)!.text).toMatch(
      /^Новости за 7 дней: .*; Дней с последней новости: .*; Ответственный/,
    )
  })
})

describe('monitoringCsv', () => {
  const csv = monitoringCsv(table)

  it('a BOM, `;`, CRLF, and reads back equal to the table', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv).toContain('\r\n')
    const back: string[][] = parse(csv.slice(1), { delimiter: ';' })
    expect(back[0]).toEqual(table.header)
    expect(back.slice(1)).toEqual(table.body.map((cells) => cells.map((c) => csvCell(c.text))))
    expect(back[3]![table.header.indexOf('Публичный отчёт')]).toBe(lightText('red'))
  })

  it('a formula in an org name comes out as text', () => {
    const back: string[][] = parse(csv.slice(1), { delimiter: ';' })
    expect(back.map((r) => r[0])).toContain(`'${HOSTILE}`)
    expect(back.every((r) => r.every((cell) => !/^[=+\-@]/.test(cell)))).toBe(true)
  })
})

describe('monitoringXlsx', () => {
  it('frozen header, auto-filter, fills per light, a roll-up sheet; reads back equal', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await monitoringXlsx(table, rollupTable([rollup]))).buffer as never)
    const sheet = workbook.getWorksheet('Показатели')!
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.autoFilter).toBeTruthy()
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1)
    expect(values(1)).toEqual(table.header)
    for (const [i, cells] of table.body.entries())
      expect(values(i + 2)).toEqual(cells.map((c) => c.text))
    const lastNews = table.header.indexOf('Дней с последней новости') + 1
    const fill = sheet.getRow(3).getCell(lastNews).fill as ExcelJS.FillPattern
    expect(fill.fgColor?.argb).toBe('FFFFC7CE')
    const summary = workbook.getWorksheet('Сводка')!
    expect((summary.getRow(2).values as unknown[]).slice(1, 4)).toEqual([
      'ППО',
      '4',
      '75% (3 из 4)',
    ])
  })

  it('a formula in an org name stays a string cell, never a formula', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await monitoringXlsx(table, rollupTable([]))).buffer as never)
    const sheet = workbook.getWorksheet('Показатели')!
    const cell = sheet.getRow(table.body.findIndex((r) => r[0]!.text === HOSTILE) + 2).getCell(1)
    expect(cell.type).toBe(ExcelJS.ValueType.String)
    expect(cell.value).toBe(HOSTILE)
    expect(cell.formula).toBeUndefined()
  })
})

describe('contentDisposition', () => {
  it('an ASCII fallback and the exact UTF-8 name (RFC 6266 / 8187)', () => {
    expect(contentDisposition('monitoring-ter-a-2026-12-07.xlsx')).toBe(
      `attachment; filename="monitoring-ter-a-2026-12-07.xlsx"; filename*=UTF-8''monitoring-ter-a-2026-12-07.xlsx`,
    )
    expect(contentDisposition('мониторинг "x"\r\n.csv')).toBe(
      `attachment; filename="____________x___.csv"; filename*=UTF-8''%D0%BC%D0%BE%D0%BD%D0%B8%D1%82%D0%BE%D1%80%D0%B8%D0%BD%D0%B3%20%22x%22%0D%0A.csv`,
    )
  })
})
