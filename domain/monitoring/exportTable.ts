import { fixList } from './fixList'
import { INDICATOR_LABELS, LIGHT_LABELS } from './indicatorLabels'
import { INDICATOR_IDS, type Light, type OrgRow, type Rollup } from './indicatorTypes'
import { ORG_KIND_SHORT_LABELS, type OrgKind } from '../org/orgKinds'

/** One cell of an exported table: its text, and the light that colours it (indicator cells). */
export interface ExportCell {
  text: string
  light?: Light
}

export interface ExportTable {
  header: string[]
  body: ExportCell[][]
}

export const kindLabel = (kind: string) => ORG_KIND_SHORT_LABELS[kind as OrgKind] ?? kind
/** An indicator told in words, never by colour alone: «✕ плохо». */
export const lightText = (light: Light) => `${LIGHT_LABELS[light].sign} ${LIGHT_LABELS[light].word}`

/**
 * The rows of the view as a table, the same for XLSX and CSV: the org's name, level, parent and
 * depth, then per indicator its light in words and, in the next column, the reason with its
 * figures; last, «что исправить» (red first). The parent is named, not numbered, when it is in
 * the subtree.
 */
export function exportTable(rows: readonly OrgRow[], names: ReadonlyMap<string, string>) {
  const header = [
    'Организация',
    'Уровень',
    'Вышестоящая',
    'Глубина',
    ...INDICATOR_IDS.flatMap((id) => [INDICATOR_LABELS[id], `${INDICATOR_LABELS[id]}: причина`]),
    'Что исправить',
  ]
  const body = rows.map((row): ExportCell[] => [
    { text: row.name },
    { text: kindLabel(row.kind) },
    { text: row.parentId === undefined ? '' : (names.get(String(row.parentId)) ?? '') },
    { text: String(row.depth) },
    ...INDICATOR_IDS.flatMap((id): ExportCell[] => {
      const result = row.indicators[id]
      const light = result?.light ?? 'none'
      return [{ text: lightText(light), light }, { text: result?.reason ?? '' }]
    }),
    {
      text: fixList(row)
        .map((f) => `${f.label}: ${f.fix}`)
        .join('; '),
    },
  ])
  return { header, body } satisfies ExportTable
}

const share = (part: number, whole: number) =>
  whole === 0 ? '—' : `${Math.round((100 * part) / whole)}% (${part} из ${whole})`

/** The roll-ups as a table: per level or child subtree, the share of orgs meeting each indicator. */
export function rollupTable(rollups: readonly Rollup[]): ExportTable {
  const header = ['Группа', 'Организаций', ...INDICATOR_IDS.map((id) => INDICATOR_LABELS[id])]
  const body = rollups.map((r): ExportCell[] => [
    { text: r.label },
    { text: String(r.orgs) },
    ...INDICATOR_IDS.map((id) => {
      const c = r.indicators[id]
      return { text: c ? share(c.green, c.applies) : '—' }
    }),
  ])
  return { header, body }
}
