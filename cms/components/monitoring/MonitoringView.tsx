import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import { Forbidden, NotFound, type AdminViewServerProps } from 'payload'
import { applyView } from '../../../domain/monitoring/applyView'
import { parseViewQuery, viewSearch, type ViewQuery } from '../../../domain/monitoring/viewQuery'
import { defaultMonitorOrg } from '../../monitoring/defaultMonitorOrg'
import { monitoringData, type MonitoringData } from '../../monitoring/monitoringData'
import {
  MONITORING_NEEDS_SQL,
  MonitoringNeedsSql,
  monitoringAvailable,
} from '../../monitoring/monitoringSql'
import { MonitoringBody } from './MonitoringBody'
import { MonitoringTrends } from './MonitoringTrends'
import { MONITORING_CSS } from './monitoringStyles'

const ID = /^\d{1,15}$/

const toParams = (searchParams: AdminViewServerProps['searchParams']) => {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(searchParams ?? {}))
    for (const v of Array.isArray(value) ? value : [value])
      if (v !== undefined) params.append(key, v)
  return params
}

async function load(req: AdminViewServerProps['initPageResult']['req'], orgId: string | null) {
  // Before the id: MongoDB's ids are not numbers, and nothing could be computed anyway.
  if (!monitoringAvailable(req.payload)) return MONITORING_NEEDS_SQL
  if (!orgId || !ID.test(orgId)) return 'Укажите организацию, которую вы редактируете.'
  try {
    return await monitoringData(req, orgId)
  } catch (error) {
    if (error instanceof Forbidden) return 'Нет доступа к мониторингу этой организации.'
    if (error instanceof NotFound) return 'Организация не найдена.'
    if (error instanceof MonitoringNeedsSql) return MONITORING_NEEDS_SQL
    throw error
  }
}

/**
 * /admin/monitoring?org=<id>: the whole subtree of an org the user may see (by default the
 * highest org they edit), filtered, sorted and paged on the server, with roll-ups at the top,
 * a drill-down into every org and the current view's XLSX and CSV.
 */
export async function MonitoringView(props: AdminViewServerProps) {
  const { initPageResult, searchParams } = props
  const { req, permissions, visibleEntities, locale } = initPageResult
  const admin = req.payload.config.routes.admin
  if (!req.user) redirect(`${admin}/login?redirect=${encodeURIComponent(`${admin}/monitoring`)}`)
  const params = toParams(searchParams)
  const orgId = params.get('org') || (await defaultMonitorOrg(req))
  params.delete('org')
  const parsed = parseViewQuery(params)
  const data: MonitoringData | string = parsed.ok ? await load(req, orgId) : parsed.message
  const base = `${admin}/monitoring`
  const href = (query: ViewQuery) => (change: Partial<ViewQuery> & { org?: string }) => {
    const { org = orgId ?? '', ...rest } = change
    const search = viewSearch(
      org === orgId ? { ...query, ...rest } : { sort: query.sort, desc: query.desc },
    )
    return `${base}?org=${encodeURIComponent(org)}${search ? `&${search}` : ''}`
  }
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={props.params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
      viewType="monitoring"
    >
      {/* The template has no main landmark of its own: the view's content is the page's main. */}
      <main>
        <Gutter className="mon">
          <style>{MONITORING_CSS}</style>
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
        </Gutter>
      </main>
    </DefaultTemplate>
  )
}
