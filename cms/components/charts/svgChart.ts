import * as echarts from 'echarts'

/**
 * The admin's chart colours: the dashboard's light inks (monitoringStyles) and the visits
 * panel's blues, fixed so that they read the same in the light and the dark theme.
 */
export const CHART_COLORS = {
  green: '#006100',
  amber: '#6b3c00',
  red: '#9c0006',
  blue: '#1f4e8c',
  lightBlue: '#9db8d9',
  axis: '#6b7280',
} as const

export interface ChartSeries {
  name: string
  type: 'line' | 'bar'
  values: readonly (number | null)[]
  color: string
}

export interface ChartSpec {
  /** Labels along the x axis, in Russian («IV кв. 2026», «07.12»). */
  categories: readonly string[]
  series: readonly ChartSeries[]
  width: number
  height: number
  /** Shares in per cent: the y axis runs 0–100 with «%». */
  percent?: boolean
  /** Bars of all series drawn over each other (visits in front of views), not side by side. */
  overlap?: boolean
  /** Every category labelled (a few quarters); otherwise echarts skips those that would overlap (days). */
  everyLabel?: boolean
}

/**
 * A chart drawn on the server as SVG text (echarts' SSR renderer: no DOM, no script sent to the
 * browser). It is a picture for the eye only: `aria-hidden`, without echarts' hover styles, and
 * every chart stands next to a table with the same figures for screen readers.
 */
export function svgChart(spec: ChartSpec): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: spec.width,
    height: spec.height,
  })
  try {
    chart.setOption({
      animation: false,
      aria: { enabled: false },
      textStyle: { fontFamily: 'system-ui, sans-serif', fontSize: 11, color: CHART_COLORS.axis },
      grid: { left: spec.percent ? 40 : 44, right: 12, top: 10, bottom: 34 },
      xAxis: {
        type: 'category',
        data: [...spec.categories],
        axisLabel: {
          ...(spec.everyLabel ? { interval: 0 } : { hideOverlap: true }),
          fontSize: 10,
          color: CHART_COLORS.axis,
        },
        axisTick: { alignWithLabel: true },
      },
      yAxis: {
        type: 'value',
        minInterval: 1,
        ...(spec.percent ? { min: 0, max: 100, interval: 50 } : {}),
        axisLabel: { color: CHART_COLORS.axis, formatter: spec.percent ? '{value} %' : '{value}' },
      },
      series: spec.series.map((s) => ({
        name: s.name,
        type: s.type,
        data: [...s.values],
        color: s.color,
        silent: true,
        emphasis: { disabled: true },
        ...(s.type === 'line' ? { symbolSize: 6, connectNulls: false } : {}),
        ...(s.type === 'bar' && spec.overlap ? { barGap: '-100%' } : {}),
      })),
    })
    return chart
      .renderToSVGString()
      .replace(/<style[\s\S]*?<\/style>/g, '')
      .replace(/ class="zr\d+-cls-\d+"/g, '')
      .replace('<svg ', '<svg aria-hidden="true" focusable="false" ')
  } finally {
    chart.dispose()
  }
}
