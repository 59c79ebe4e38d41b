import { stringify } from 'csv-stringify/sync'
import type { ExportTable } from '../../../domain/monitoring/exportTable'
import { csvCell, UTF8_BOM } from '../../../domain/subscriptions/csvCell'

/**
 * The view as CSV for Excel in a Russian locale: a BOM (UTF-8 is read as such), `;` between
 * cells (the list separator there), CRLF lines; every cell defused against formulas.
 */
export function monitoringCsv(table: ExportTable): string {
  const lines = [table.header, ...table.body.map((cells) => cells.map((c) => c.text))]
  return (
    UTF8_BOM +
    stringify(
      lines.map((cells) => cells.map(csvCell)),
      { delimiter: ';', record_delimiter: 'windows' },
    )
  )
}
