import type { PayloadRequest } from 'payload'
import { applyView } from '../../../domain/monitoring/applyView'
import { exportTable, rollupTable } from '../../../domain/monitoring/exportTable'
import { parseViewQuery } from '../../../domain/monitoring/viewQuery'
import { contentDisposition } from '../../../domain/text/contentDisposition'
import { refuse } from '../../subscriptions/requestedOrg'
import type { MonitoringData } from '../monitoringData'
import { monitoringCsv } from './monitoringCsv'
import { monitoringXlsx } from './monitoringXlsx'

const FORMATS = ['json', 'xlsx', 'csv'] as const
type Format = (typeof FORMATS)[number]
const NO_STORE = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' }
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

async function rootSlug(req: PayloadRequest, id: string): Promise<string> {
  // Read after subtreeIndicators let the user see this org: only its slug, for the file name.
  const org = await req.payload
    .findByID({ collection: 'organizations', id, depth: 0, select: { slug: true }, req })
    .catch(() => null)
  return (org as { slug?: string } | null)?.slug || `org-${id}`
}

/**
 * The answer of GET /api/monitoring/:orgId once the subtree's rows are computed (and the user's
 * right to see them checked): the view's filters and sort (`kind`, `parent`, `failing`, `light`,
 * `q`, `sort`) applied server-side; JSON gets one page (`page`, `limit`) with the totals, and
 * `format=xlsx|csv` every row of the view. Roll-ups always cover the whole subtree. Anything
 * malformed is a Russian 400 before any work.
 */
export async function monitoringViewResponse(
  req: PayloadRequest,
  data: MonitoringData,
  now = new Date(),
): Promise<Response> {
  const params = new URL(req.url ?? 'http://localhost/').searchParams
  const formats = params.getAll('format')
  const format = (formats[0] ?? 'json') as Format
  if (formats.length > 1 || !FORMATS.includes(format))
    return refuse(400, 'Формат выгрузки: xlsx или csv.')
  const parsed = parseViewQuery(params)
  if (!parsed.ok) return refuse(400, parsed.message)
  const view = applyView(data.rows, parsed.query)
  if (format === 'json') {
    const { rows, ...paging } = view.page
    return Response.json(
      { root: data.root, rows, rollups: data.rollups, ...paging },
      {
        headers: NO_STORE,
      },
    )
  }
  const names = new Map(data.rows.map((r) => [String(r.id), r.name]))
  const table = exportTable(view.all, names)
  const name = `monitoring-${await rootSlug(req, String(data.root.id))}-${now.toISOString().slice(0, 10)}.${format}`
  const body =
    format === 'xlsx'
      ? await monitoringXlsx(table, rollupTable(data.rollups))
      : monitoringCsv(table)
  return new Response(body, {
    status: 200,
    headers: {
      ...NO_STORE,
      'Content-Type': format === 'xlsx' ? XLSX : 'text/csv; charset=utf-8',
      'Content-Disposition': contentDisposition(name),
    },
  })
}
