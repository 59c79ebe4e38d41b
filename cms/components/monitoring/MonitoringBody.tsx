import type { applyView } from '../../../domain/monitoring/applyView'
import { viewSearch, type ViewQuery } from '../../../domain/monitoring/viewQuery'
import type { MonitoringData } from '../../monitoring/monitoringData'
import { MonitoringFilters } from './MonitoringFilters'
import { MonitoringRollups } from './MonitoringRollups'
import { MonitoringTable } from './MonitoringTable'

interface Props {
  data: MonitoringData
  view: ReturnType<typeof applyView>
  query: ViewQuery
  href: (change: Partial<ViewQuery> & { org?: string }) => string
  base: string
  api: string
}

/** The view once the subtree is loaded: title, roll-ups, filters, downloads, the table. */
export function MonitoringBody({ data, view, query, href, base, api }: Props) {
  const { root, rows } = data
  const withChildren = new Set(rows.map((r) => String(r.parentId ?? '')))
  const parents = rows
    .filter((r) => withChildren.has(String(r.id)))
    .map((r) => ({ id: String(r.id), name: r.name }))
  const exportHref = (format: 'xlsx' | 'csv') => {
    const search = viewSearch({ ...query, page: 1, limit: undefined })
    return `${api}/monitoring/${encodeURIComponent(String(root.id))}?${search ? `${search}&` : ''}format=${format}`
  }
  const rootHref = `${base}?org=${encodeURIComponent(String(root.id))}`
  return (
    <>
      <h1>Мониторинг: {root.name}</h1>
      <p>
        Организаций в структуре: {rows.length}. Наведите указатель на знак или перейдите к нему
        клавишей Tab, чтобы увидеть причину. <a href={base}>К моей организации</a>
      </p>
      <MonitoringRollups
        title="По уровням"
        rollups={data.rollups.filter((r) => r.kind && !r.subtreeOf)}
      />
      <MonitoringRollups
        title="По подчинённым организациям"
        rollups={data.rollups.filter((r) => r.subtreeOf)}
        drill={(id) => href({ org: id })}
      />
      <h2>Организации</h2>
      <MonitoringFilters
        orgId={String(root.id)}
        query={query}
        parents={parents}
        action={base}
        reset={rootHref}
      />
      <div className="mon-actions">
        <a href={exportHref('xlsx')} download>
          Скачать XLSX (текущая выборка)
        </a>
        <a href={exportHref('csv')} download>
          Скачать CSV
        </a>
      </div>
      {view.page.total === 0 ? (
        <p role="status">Под эти условия не подходит ни одна организация.</p>
      ) : (
        <MonitoringTable page={view.page} query={query} href={href} />
      )}
    </>
  )
}
