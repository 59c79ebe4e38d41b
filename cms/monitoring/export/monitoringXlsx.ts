import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import type { ExportTable } from '../../../domain/monitoring/exportTable'
import type { Light } from '../../../domain/monitoring/indicatorTypes'

/** Excel's own «хороший / нейтральный / плохой» styles: dark text on a light fill, readable. */
const FILLS: Record<Exclude<Light, 'none'>, { fill: string; font: string }> = {
  green: { fill: 'FFC6EFCE', font: 'FF006100' },
  amber: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  red: { fill: 'FFFFC7CE', font: 'FF9C0006' },
}

/**
 * One style object per light, shared by every cell of that light: the writer registers a
 * cell's style by the object, so 190,000 coloured cells cost three styles, not a copy each.
 */
const STYLES = Object.fromEntries(
  Object.entries(FILLS).map(([light, s]) => [
    light,
    {
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: s.fill } },
      font: { color: { argb: s.font } },
    } satisfies Partial<ExcelJS.Style>,
  ]),
) as Record<Exclude<Light, 'none'>, Partial<ExcelJS.Style>>

function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, table: ExportTable) {
  const sheet = workbook.addWorksheet(name, {
    // The header and the org's name stay in view while scrolling 10,000 rows and 40 columns.
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
  })
  sheet.columns = table.header.map((header, i) => ({
    header,
    width: i === 0 ? 40 : header.endsWith('причина') || i === table.header.length - 1 ? 36 : 14,
  }))
  sheet.getRow(1).font = { bold: true }
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, table.body.length + 1), column: table.header.length },
  }
  for (const cells of table.body) {
    // Text only: a value is never written as a formula, so `=HYPERLINK(…)` in a name stays text.
    const row = sheet.addRow(cells.map((c) => c.text))
    cells.forEach((c, i) => {
      if (c.light && c.light !== 'none') row.getCell(i + 1).style = STYLES[c.light]
    })
    // Written out now: the workbook never holds 10,000 rows of cell objects at once.
    row.commit()
  }
  sheet.commit()
}

/**
 * The dashboard's view as a workbook: «Показатели» (one row per org, frozen header, filters,
 * fills per light, the reason in the next column) and «Сводка» (the roll-ups). exceljs' streaming
 * writer: each row is serialised as it is added (the buffered workbook took 15 s for 10,000
 * rows on a loaded machine), the zip collected in memory for the response.
 */
export async function monitoringXlsx(
  rows: ExportTable,
  rollups: ExportTable,
): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new PassThrough()
  const chunks: Buffer[] = []
  stream.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve)
    stream.on('error', reject)
  })
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: true,
  })
  workbook.creator = 'Сайты профсоюзов'
  workbook.created = new Date()
  addSheet(workbook, 'Показатели', rows)
  addSheet(workbook, 'Сводка', rollups)
  await workbook.commit()
  await ended
  const out = Buffer.concat(chunks)
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength) as Uint8Array<ArrayBuffer>
}
