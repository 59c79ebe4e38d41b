import { INDICATOR_LABELS } from '../../../domain/monitoring/indicatorLabels'
import { INDICATOR_IDS } from '../../../domain/monitoring/indicatorTypes'
import type { Trend } from '../../../domain/monitoring/trendShares'
import { CHART_COLORS, svgChart } from '../charts/svgChart'
import { LIVE, trendTitle } from './trendTitle'

const percent = (share: number | null) => (share === null ? null : Math.round(share * 100))

/**
 * Per indicator, the share of the subtree's orgs meeting it in each stored quarter and now: a
 * small line chart each (a picture only) and one visually hidden table with the same figures.
 */
export function TrendCharts({ trend }: { trend: Trend }) {
  const quarters = trend.site.map((p) => p.quarter)
  const categories = quarters.map(trendTitle)
  // Short, in two lines under each point («4 кв.» over «2026»): five quarters fit a small chart.
  const axisLabels = quarters.map((q) =>
    q === LIVE ? 'сейчас' : `${q.slice(6)} кв.\n${q.slice(0, 4)}`,
  )
  return (
    <>
      <div className="mon-trends">
        {INDICATOR_IDS.map((id) => (
          <figure key={id} className="mon-trend">
            <figcaption>{INDICATOR_LABELS[id]}</figcaption>
            <div
              dangerouslySetInnerHTML={{
                __html: svgChart({
                  categories: axisLabels,
                  series: [
                    {
                      name: 'В норме',
                      type: 'line',
                      values: trend[id].map((p) => percent(p.share)),
                      color: CHART_COLORS.green,
                    },
                  ],
                  width: 280,
                  height: 120,
                  percent: true,
                  everyLabel: true,
                }),
              }}
            />
          </figure>
        ))}
      </div>
      <table className="mon-sr">
        <caption>Доля организаций в норме по кварталам</caption>
        <thead>
          <tr>
            <th scope="col">Показатель</th>
            {categories.map((title) => (
              <th scope="col" key={title}>
                {title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {INDICATOR_IDS.map((id) => (
            <tr key={id}>
              <th scope="row">{INDICATOR_LABELS[id]}</th>
              {trend[id].map((p) => (
                <td key={p.quarter}>
                  {p.share === null
                    ? 'не применяется'
                    : `${percent(p.share)} % (${p.green} из ${p.applies})`}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
