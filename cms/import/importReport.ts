import type { UpsertAction } from './upsert'

export type ImportCounts = Record<UpsertAction, number>
export type ImportReport = Record<string, ImportCounts>

export function tally(report: ImportReport, collection: string, action: UpsertAction): void {
  const counts = (report[collection] ??= { created: 0, updated: 0, unchanged: 0 })
  counts[action]++
}

export function changedCount(report: ImportReport): number {
  return Object.values(report).reduce((sum, c) => sum + c.created + c.updated, 0)
}

export function formatReport(report: ImportReport): string {
  return Object.entries(report)
    .map(
      ([collection, c]) =>
        `${collection}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`,
    )
    .join('\n')
}
