import { INDICATOR_LABELS, LIGHT_LABELS } from '../../../domain/monitoring/indicatorLabels'
import { INDICATOR_IDS, type Light } from '../../../domain/monitoring/indicatorTypes'
import type { TrendCount } from '../../../domain/monitoring/trendShares'
import { CHART_COLORS, svgChart } from '../charts/svgChart'
import { trendTitle } from './trendTitle'

/**
 * One org's lights per quarter (and now): a table with the sign and word of each light, and a
 * chart of how many indicators were green, amber and red each quarter (a picture only: the
 * table holds the same facts).
 */
export function OrgQuarterLights({ counts }: { counts: readonly TrendCount[] }) {
  const quarters = [...new Set(counts.map((c) => c.quarter))].sort()
  const light = new Map(counts.map((c) => [`${c.quarter}|${c.indicator}`, c.light]))
  const tally = (quarter: string, l: Light) =>
    counts.filter((c) => c.quarter === quarter && c.light === l).length
  const series = (['green', 'amber', 'red'] as const).map((l) => ({
    name: LIGHT_LABELS[l].word,
    type: 'bar' as const,
    values: quarters.map((q) => tally(q, l)),
    color: CHART_COLORS[l],
  }))
  return (
    <>
      <div
        dangerouslySetInnerHTML={{
          __html: svgChart({
            categories: quarters.map(trendTitle),
            series,
            width: 520,
            height: 160,
            everyLabel: true,
          }),
        }}
      />
      <p>Столбцы: показатели в норме (зелёные), требующие внимания и плохие — по кварталам.</p>
      <div className="mon-scroll">
        <table>
          <caption>Показатели организации по кварталам</caption>
          <thead>
            <tr>
              <th scope="col">Показатель</th>
              {quarters.map((q) => (
                <th scope="col" key={q}>
                  {trendTitle(q)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {INDICATOR_IDS.map((id) => (
              <tr key={id}>
                <th scope="row">{INDICATOR_LABELS[id]}</th>
                {quarters.map((q) => {
                  const l = light.get(`${q}|${id}`) ?? 'none'
                  return (
                    <td key={q} className={`mon-light mon-${l}`}>
                      <span aria-hidden="true">{LIGHT_LABELS[l].sign}</span> {LIGHT_LABELS[l].word}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
