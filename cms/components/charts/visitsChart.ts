import { CHART_COLORS, svgChart } from './svgChart'

const dayLabel = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}`

/**
 * «Посещаемость»'s daily chart as SVG text, drawn on the server (the panel is a client
 * component: it receives the picture with the figures): views (light) behind visits (dark).
 */
export function visitsChart(
  days: readonly { day: string; views: number; visits: number }[],
): string {
  return svgChart({
    categories: days.map((d) => dayLabel(d.day)),
    series: [
      {
        name: 'Просмотры',
        type: 'bar',
        values: days.map((d) => d.views),
        color: CHART_COLORS.lightBlue,
      },
      { name: 'Визиты', type: 'bar', values: days.map((d) => d.visits), color: CHART_COLORS.blue },
    ],
    width: 600,
    height: 180,
    overlap: true,
  })
}
