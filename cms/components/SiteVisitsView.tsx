import type { VisitStats } from '../visits/visitStats'

const number = (n: number) => n.toLocaleString('ru-RU')

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
        {/* Drawn on the server by the same chart helper as the monitoring's trends (visitsChart):
            aria-hidden SVG text; the table below has the figures. */}
        {stats.chart ? <div dangerouslySetInnerHTML={{ __html: stats.chart }} /> : null}
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
