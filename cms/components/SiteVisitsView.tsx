import type { VisitStats } from '../visits/visitStats'

const W = 600
const H = 140
const dayLabel = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}`
const number = (n: number) => n.toLocaleString('ru-RU')

/**
 * The per-day bars: views (light) behind visits (dark), drawn as plain SVG — hidden from screen
 * readers, who get the same figures as the table below it.
 */
function Bars({ days }: { days: VisitStats['days'] }) {
  const max = Math.max(1, ...days.map((d) => d.views))
  const step = W / days.length
  const bar = Math.max(1, step * 0.8)
  return (
    <svg viewBox={`0 0 ${W} ${H + 16}`} width="100%" aria-hidden="true" focusable="false">
      {days.map((d, i) => {
        const views = (d.views / max) * H
        const visits = (d.visits / max) * H
        return (
          <g key={d.day}>
            <rect x={i * step} y={H - views} width={bar} height={views} fill="#9db8d9" />
            <rect x={i * step} y={H - visits} width={bar} height={visits} fill="#1f4e8c" />
          </g>
        )
      })}
      <text x={0} y={H + 14} fontSize="11">
        {dayLabel(days[0]?.day ?? '')}
      </text>
      <text x={W} y={H + 14} fontSize="11" textAnchor="end">
        {dayLabel(days[days.length - 1]?.day ?? '')}
      </text>
    </svg>
  )
}

/**
 * The figures of «Посещаемость» (SiteVisits.tsx fetches them): totals, the chart and, for
 * screen readers and anyone who wants the numbers, the same figures as tables.
 */
export function SiteVisitsView({ stats, period }: { stats: VisitStats; period: number }) {
  return (
    <>
      <p>
        За {period} дней: визитов — <strong>{number(stats.totals.visits)}</strong>, просмотров —{' '}
        <strong>{number(stats.totals.views)}</strong>.
      </p>
      <figure>
        <Bars days={stats.days} />
        <figcaption>Тёмные столбцы — визиты, светлые — просмотры, по дням (МСК).</figcaption>
      </figure>
      <details>
        <summary>Таблица по дням</summary>
        <table>
          <caption>Визиты и просмотры по дням</caption>
          <thead>
            <tr>
              <th scope="col">День</th>
              <th scope="col">Визиты</th>
              <th scope="col">Просмотры</th>
            </tr>
          </thead>
          <tbody>
            {stats.days.map((d) => (
              <tr key={d.day}>
                <th scope="row">{d.day}</th>
                <td>{number(d.visits)}</td>
                <td>{number(d.views)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <table>
        <caption>Популярные страницы</caption>
        <thead>
          <tr>
            <th scope="col">Страница</th>
            <th scope="col">Просмотры</th>
            <th scope="col">Визиты</th>
          </tr>
        </thead>
        <tbody>
          {stats.pages.map((p) => (
            <tr key={p.path}>
              <th scope="row">{p.path}</th>
              <td>{number(p.views)}</td>
              <td>{number(p.visits)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {stats.pages.length === 0 ? <p>Просмотров за период нет.</p> : null}
      <table>
        <caption>Откуда приходят (сайты)</caption>
        <thead>
          <tr>
            <th scope="col">Сайт</th>
            <th scope="col">Переходы</th>
          </tr>
        </thead>
        <tbody>
          {stats.referrers.map((r) => (
            <tr key={r.domain}>
              <th scope="row">{r.domain}</th>
              <td>{number(r.visits)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {stats.referrers.length === 0 ? <p>Переходов с других сайтов за период нет.</p> : null}
    </>
  )
}
