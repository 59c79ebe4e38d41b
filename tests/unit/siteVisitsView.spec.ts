// @vitest-environment happy-dom
import axe from 'axe-core'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { SiteVisitsView } from '../../cms/components/SiteVisitsView'
import { visitsChart } from '../../cms/components/charts/visitsChart'
import type { VisitStats } from '../../cms/visits/visitStats'

/** «Посещаемость» (issue 18): the chart is decoration; every figure is in a table too. */
const stats: VisitStats = {
  from: '2026-11-08',
  to: '2026-12-07',
  days: Array.from({ length: 30 }, (_, i) => ({
    day: `2026-11-${String(8 + i).padStart(2, '0')}`.replace(
      /11-(3[1-9])/,
      (_, d) => `12-0${d - 30}`,
    ),
    views: i * 3,
    visits: i,
  })),
  totals: { views: 1305, visits: 435 },
  pages: [{ path: '/news/', views: 900, visits: 300 }],
  referrers: [{ domain: 'yandex.ru', visits: 40 }],
}
stats.chart = visitsChart(stats.days)

describe('SiteVisitsView', () => {
  const html = renderToStaticMarkup(createElement(SiteVisitsView, { stats, period: 30 }))

  it('hides the SVG from screen readers and gives its figures as a table, with the tops', () => {
    document.body.innerHTML = `<main lang="ru"><h1>Организация</h1>${html}</main>`
    expect(document.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true')
    // echarts draws each day's two bars as paths; the axis labels are the days (dd.mm).
    expect(document.querySelectorAll('svg path').length).toBeGreaterThanOrEqual(60)
    expect(document.querySelector('svg')?.textContent).toContain('08.11')
    expect(document.querySelector('svg style')).toBeNull()
    const captions = [...document.querySelectorAll('caption')].map((c) => c.textContent)
    expect(captions).toEqual([
      'Визиты и просмотры по дням',
      'Популярные страницы',
      'Откуда приходят (сайты)',
    ])
    expect(document.querySelectorAll('details tbody tr')).toHaveLength(30)
    expect(document.body.textContent).toContain('визитов — 435')
    expect(document.body.textContent).toContain('/news/')
    expect(document.body.textContent).toContain('yandex.ru')
  })

  it('has no axe violations (WCAG 2.1 A/AA; contrast needs a real browser)', async () => {
    document.documentElement.lang = 'ru'
    document.body.innerHTML = `<main><h1>Организация</h1>${html}</main>`
    const result = await axe.run(document.body, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    })
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
    ).toEqual([])
  })
})
