import type { AdminViewServerProps } from 'payload'
import { applyView } from '../../../domain/monitoring/applyView'
import { parseViewQuery, viewSearch, type ViewQuery } from '../../../domain/monitoring/viewQuery'
import { defaultMonitorOrg } from '../../monitoring/defaultMonitorOrg'
import { monitoringData, type MonitoringData } from '../../monitoring/monitoringData'
import {
  MONITORING_NEEDS_SQL,
  MonitoringNeedsSql,
  monitoringAvailable,
} from '../../monitoring/monitoringSql'
import { AdminViewFrame } from '../adminView/AdminViewFrame'
import { loadOrgView } from '../adminView/loadOrgView'
import { openAdminView } from '../adminView/openAdminView'
import { MonitoringBody } from './MonitoringBody'
import { MonitoringTrends } from './MonitoringTrends'
import { MONITORING_CSS } from './monitoringStyles'

const ID = /^\d{1,15}$/

const toParams = (searchParams: AdminViewServerProps['searchParams']) => {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(searchParams ?? {}))
    for (const v of Array.isArray(value) ? value : [value])
      if (v !== undefined) params.append(key, v)
  params.delete('org')
  return params
}

/**
 * /admin/monitoring?org=<id>: the whole subtree of an org the user may see (by default the
 * highest org they edit), filtered, sorted and paged on the server, with roll-ups at the top,
 * a drill-down into every org and the current view's XLSX and CSV.
 */
export async function MonitoringView(props: AdminViewServerProps) {
  const { req, base, orgId } = await openAdminView(props, {
    path: 'monitoring',
    defaultOrg: defaultMonitorOrg,
  })
  const parsed = parseViewQuery(toParams(props.searchParams))
  // Before the id: MongoDB's ids are not numbers, and nothing could be computed anyway.
  const data: MonitoringData | string = !monitoringAvailable(req.payload)
    ? MONITORING_NEEDS_SQL
    : !parsed.ok
      ? parsed.message
      : await loadOrgView(
          orgId && ID.test(orgId) ? orgId : null,
          (id) =>
            monitoringData(req, id).catch((error: unknown) => {
              if (error instanceof MonitoringNeedsSql) return MONITORING_NEEDS_SQL
              throw error
            }),
          'Нет доступа к мониторингу этой организации.',
        )
  const href = (query: ViewQuery) => (change: Partial<ViewQuery> & { org?: string }) => {
    const { org = orgId ?? '', ...rest } = change
    const search = viewSearch(
      org === orgId ? { ...query, ...rest } : { sort: query.sort, desc: query.desc },
    )
    return `${base}?org=${encodeURIComponent(org)}${search ? `&${search}` : ''}`
  }
  return (
    <AdminViewFrame props={props} viewType="monitoring" className="mon" css={MONITORING_CSS}>
      {typeof data === 'string' || !parsed.ok ? (
        <>
          <h1>Мониторинг информационной работы</h1>
          <p className="mon-error" role="alert">
            {typeof data === 'string' ? data : parsed.ok ? '' : parsed.message}
          </p>
          <p>
            <a href={base}>Открыть мониторинг своей организации</a>
          </p>
        </>
      ) : (
        <MonitoringBody
          data={data}
          view={applyView(data.rows, parsed.query)}
          query={parsed.query}
          href={href(parsed.query)}
          base={base}
          api={req.payload.config.routes.api}
        />
      )}
      {typeof data !== 'string' && parsed.ok ? (
        <MonitoringTrends req={req} rows={data.rows} api={req.payload.config.routes.api} />
      ) : null}
    </AdminViewFrame>
  )
}
