import { INDICATOR_LABELS } from '../../../domain/monitoring/indicatorLabels'
import { INDICATOR_IDS, type Rollup } from '../../../domain/monitoring/indicatorTypes'

const percent = (part: number, whole: number) =>
  whole === 0 ? '—' : `${Math.round((100 * part) / whole)}%`

/** One roll-up table: per group, the share of orgs meeting each indicator (green of applicable). */
export function MonitoringRollups({
  title,
  rollups,
  drill,
}: {
  title: string
  rollups: readonly Rollup[]
  /** A link into a child subtree, for the per-child table. */
  drill?: (orgId: string) => string
}) {
  if (rollups.length === 0) return null
  return (
    <div className="mon-scroll" role="region" aria-label={title} tabIndex={0}>
      <table>
        <caption>
          <strong>{title}</strong>: доля организаций в норме
        </caption>
        <thead>
          <tr>
            <th scope="col">Группа</th>
            <th scope="col">Организаций</th>
            {INDICATOR_IDS.map((id) => (
              <th scope="col" key={id}>
                {INDICATOR_LABELS[id]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rollups.map((r) => (
            <tr key={`${r.kind ?? ''}-${r.subtreeOf ?? ''}-${r.label}`}>
              <th scope="row">
                {drill && r.subtreeOf ? (
                  <a href={drill(String(r.subtreeOf))}>{r.label}</a>
                ) : (
                  r.label
                )}
              </th>
              <td>{r.orgs}</td>
              {INDICATOR_IDS.map((id) => {
                const c = r.indicators[id]
                return (
                  <td key={id} title={c ? `в норме ${c.green} из ${c.applies}` : undefined}>
                    {c ? percent(c.green, c.applies) : '—'}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
