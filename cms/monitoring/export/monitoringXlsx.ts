import ExcelJS from 'exceljs'
import type { ExportTable } from '../../../domain/monitoring/exportTable'
import type { Light } from '../../../domain/monitoring/indicatorTypes'

/** Excel's own «хороший / нейтральный / плохой» styles: dark text on a light fill, readable. */
const FILLS: Record<Exclude<Light, 'none'>, { fill: string; font: string }> = {
  green: { fill: 'FFC6EFCE', font: 'FF006100' },
  amber: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  red: { fill: 'FFFFC7CE', font: 'FF9C0006' },
}

function addSheet(workbook: ExcelJS.Workbook, name: string, table: ExportTable) {
  const sheet = workbook.addWorksheet(name, {
    // The header and the org's name stay in view while scrolling 10,000 rows and 40 columns.
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
  })
  sheet.columns = table.header.map((header, i) => ({
    header,
    width: i === 0 ? 40 : header.endsWith('причина') || i === table.header.length - 1 ? 36 : 14,
  }))
  sheet.getRow(1).font = { bold: true }
  for (const cells of table.body) {
    // Text only: a value is never written as a formula, so `=HYPERLINK(…)` in a name stays text.
    const row = sheet.addRow(cells.map((c) => c.text))
    cells.forEach((c, i) => {
      if (!c.light || c.light === 'none') return
      const style = FILLS[c.light]
      const cell = row.getCell(i + 1)
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: style.fill } }
      cell.font = { color: { argb: style.font } }
    })
  }
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, table.body.length + 1), column: table.header.length },
  }
}

/**
 * The dashboard's view as a workbook: «Показатели» (one row per org, frozen header, filters,
 * fills per light, the reason in the next column) and «Сводка» (the roll-ups).
 */
export async function monitoringXlsx(
  rows: ExportTable,
  rollups: ExportTable,
): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Сайты профсоюзов'
  workbook.created = new Date()
  addSheet(workbook, 'Показатели', rows)
  addSheet(workbook, 'Сводка', rollups)
  return new Uint8Array(await workbook.xlsx.writeBuffer()) as Uint8Array<ArrayBuffer>
}
