import { describe, expect, it } from 'vitest'
import { CHART_COLORS, svgChart } from '../../cms/components/charts/svgChart'

describe('svgChart (echarts SSR)', () => {
  const svg = svgChart({
    categories: ['III кв. 2026', 'IV кв. 2026', 'сейчас'],
    series: [{ name: 'В норме', type: 'line', values: [20, null, 75], color: CHART_COLORS.green }],
    width: 260,
    height: 120,
    percent: true,
    // As the trends draw it: every quarter labelled (echarts would otherwise drop labels that
    // would overlap at this width).
    everyLabel: true,
  })

  it('is plain SVG hidden from screen readers, without echarts’ hover styles or script', () => {
    expect(svg.startsWith('<svg aria-hidden="true" focusable="false" ')).toBe(true)
    expect(svg).not.toMatch(/<style|<script|class="zr/)
  })

  it('without everyLabel, labels that would overlap are dropped rather than drawn over each other', () => {
    const crowded = svgChart({
      categories: ['III кв. 2026', 'IV кв. 2026', 'сейчас'],
      series: [
        { name: 'В норме', type: 'line', values: [20, null, 75], color: CHART_COLORS.green },
      ],
      width: 260,
      height: 120,
    })
    expect(crowded).not.toContain('IV кв. 2026')
    expect(crowded).toContain('сейчас')
  })

  it('labels in Russian, shares in per cent, the theme’s colour', () => {
    expect(svg).toContain('IV кв. 2026') // one line here; the trends break it in two
    expect(svg).toContain('сейчас')
    expect(svg).toContain('100 %')
    expect(svg).toContain(CHART_COLORS.green)
  })
})
