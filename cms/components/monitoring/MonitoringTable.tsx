import { fixList } from '../../../domain/monitoring/fixList'
import { INDICATOR_LABELS } from '../../../domain/monitoring/indicatorLabels'
import { INDICATOR_IDS, type OrgRow } from '../../../domain/monitoring/indicatorTypes'
import type { RowPage } from '../../../domain/monitoring/pageRows'
import { kindLabel } from '../../../domain/monitoring/exportTable'
import type { ViewQuery, ViewSortKey } from '../../../domain/monitoring/viewQuery'
import { LightCell } from './LightCell'

interface Props {
  page: RowPage<OrgRow>
  query: ViewQuery
  /** The view's link with some parameters changed (sorting, paging, drilling down). */
  href: (change: Partial<ViewQuery> & { org?: string }) => string
}

function SortHeader({
  label,
  sortKey,
  query,
  href,
}: { label: string; sortKey: ViewSortKey } & Omit<Props, 'page'>) {
  const active = query.sort === sortKey
  // The first click on a column sorts ascending (worst first for an indicator); the next reverses.
  const next = active ? !query.desc : false
  return (
    <th scope="col" aria-sort={active ? (query.desc ? 'descending' : 'ascending') : undefined}>
      <a href={href({ sort: sortKey, desc: next, page: 1 })}>
        {label}
        {active ? (query.desc ? ' ↓' : ' ↑') : ''}
      </a>
    </th>
  )
}

/** The subtree's table: one row per org, each indicator a cell, «что исправить» at the end. */
export function MonitoringTable({ page, query, href }: Props) {
  const sortProps = { query, href }
  return (
    <>
      <div className="mon-scroll" role="region" aria-label="Показатели организаций" tabIndex={0}>
        <table>
          <caption className="mon-sr">
            Показатели организаций: страница {page.page} из {page.pages}
          </caption>
          <thead>
            <tr>
              <SortHeader label="Организация" sortKey="name" {...sortProps} />
              <SortHeader label="Уровень" sortKey="kind" {...sortProps} />
              <SortHeader label="Проблемы" sortKey="problems" {...sortProps} />
              {INDICATOR_IDS.map((id) => (
                <SortHeader key={id} label={INDICATOR_LABELS[id]} sortKey={id} {...sortProps} />
              ))}
              <th scope="col">Что исправить</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row) => {
              const fixes = fixList(row)
              const red = fixes.filter((f) => f.light === 'red').length
              return (
                <tr key={row.id} data-org={row.id}>
                  <th scope="row">
                    <a href={href({ org: String(row.id), page: 1, parent: undefined })}>
                      {row.name}
                    </a>
                  </th>
                  <td>{kindLabel(row.kind)}</td>
                  <td>
                    {red} красн., {fixes.length - red} жёлт.
                  </td>
                  {INDICATOR_IDS.map((id) => (
                    <LightCell
                      key={id}
                      result={row.indicators[id]}
                      cellId={`mon-${row.id}-${id}`}
                    />
                  ))}
                  <td>
                    {fixes.length === 0 ? (
                      'Всё в порядке'
                    ) : (
                      <ol className="mon-fixes">
                        {fixes.map((f) => (
                          <li key={f.id}>
                            <strong>
                              {f.light === 'red' ? '✕' : '!'} {f.label}:
                            </strong>{' '}
                            {f.reason}. {f.fix !== f.reason ? f.fix : null}
                          </li>
                        ))}
                      </ol>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <nav className="mon-pager" aria-label="Страницы">
        {page.page > 1 ? <a href={href({ page: page.page - 1 })}>← Назад</a> : null}
        <span>
          Страница {page.page} из {page.pages} · организаций: {page.total}
        </span>
        {page.page < page.pages ? <a href={href({ page: page.page + 1 })}>Вперёд →</a> : null}
      </nav>
    </>
  )
}
