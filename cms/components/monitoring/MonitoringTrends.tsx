import type { PayloadRequest } from 'payload'
import { isPlatformAdmin } from '../../../domain/access/scope'
import type { OrgRow } from '../../../domain/monitoring/indicatorTypes'
import { countLights, trendShares, type TrendCount } from '../../../domain/monitoring/trendShares'
import { userOf } from '../../access/userOf'
import { idOf } from '../../services/refs'
import { mayRequestSnapshot } from '../../monitoring/snapshots/mayRequestSnapshot'
import { quarterCounts } from '../../monitoring/snapshots/quarterCounts'
import { OrgQuarterLights } from './OrgQuarterLights'
import { SnapshotButton } from './SnapshotButton'
import { TrendCharts } from './TrendCharts'
import { LIVE } from './trendTitle'

const TREND_CSS = `
.mon-trends { display: flex; flex-wrap: wrap; gap: 8px 16px; margin-bottom: var(--base); }
.mon-trend { margin: 0; width: 280px; }
.mon-trend figcaption { font-size: 13px; }
`

/** The live rows as the trend's last column («сейчас»). */
const liveCounts = (rows: readonly OrgRow[]): TrendCount[] =>
  countLights(
    rows.map((r) => ({
      quarter: LIVE,
      lights: Object.fromEntries(
        Object.entries(r.indicators).map(([id, result]) => [id, result.light]),
      ) as never,
    })),
  )

/**
 * «Динамика по кварталам» under the dashboard (issue 18): the stored quarterly snapshots of the
 * view's subtree, rolled up in SQL, plus the live figures; for an org without children its own
 * lights per quarter. The caller has already checked that the user may see `root` (the rows
 * came from subtreeIndicators).
 */
export async function MonitoringTrends({
  req,
  rows,
  api,
}: {
  req: PayloadRequest
  rows: readonly OrgRow[]
  api: string
}) {
  const root = rows[0]!
  const rootId = Number(root.id)
  const single = rows.length === 1
  const stored = await quarterCounts(req, single ? { only: rootId } : rootId)
  const counts = [...stored, ...liveCounts(rows)]
  const org = await req.payload.findByID({
    collection: 'organizations',
    id: rootId,
    select: { parent: true },
    depth: 0,
    overrideAccess: true,
    req,
  })
  const user = userOf(req)
  const may =
    isPlatformAdmin(user) || mayRequestSnapshot(user, { id: org.id, parent: idOf(org.parent) })
  const quarters = new Set(stored.map((c) => c.quarter)).size
  return (
    <section aria-labelledby="mon-trends-title">
      <style>{TREND_CSS}</style>
      <h2 id="mon-trends-title">Динамика по кварталам</h2>
      <p>
        {quarters === 0
          ? 'Сохранённых квартальных срезов пока нет: показаны только текущие данные.'
          : `Сохранённых срезов: ${quarters}; срез снимается в первый день каждого квартала.`}
      </p>
      {may ? <SnapshotButton url={`${api}/monitoring/${rootId}/snapshot`} /> : null}
      {single ? <OrgQuarterLights counts={counts} /> : <TrendCharts trend={trendShares(counts)} />}
    </section>
  )
}
