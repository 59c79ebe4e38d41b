import type { PayloadRequest } from 'payload'
import type { IndicatorId, Light } from '../../../domain/monitoring/indicatorTypes'
import { lightCounts, type LightCounts } from '../../../domain/monitoring/territorialSummary'
import { idOf } from '../../services/refs'

const SNAPSHOTS = 'monitoring-snapshots'

interface SnapshotDoc {
  org: unknown
  quarter: string
  lights?: Partial<Record<IndicatorId, Light>>
}

/**
 * The latest stored monitoring snapshot (the quarterly `monitoring-snapshots`, when that
 * collection exists and holds rows), as a counter over any set of orgs for the monthly summary's
 * comparison; null otherwise: the summary then compares nothing. Two queries for the network.
 */
export async function previousSnapshot(
  req: PayloadRequest,
): Promise<{ label: string; counts: (orgIds: readonly string[]) => LightCounts } | null> {
  if (!req.payload.collections[SNAPSHOTS as never]) return null
  const find = (where: Record<string, unknown>, limit: number) =>
    req.payload.find({
      collection: SNAPSHOTS as never,
      where: where as never,
      sort: '-quarter',
      depth: 0,
      limit,
      pagination: false,
      overrideAccess: true,
      req,
    }) as unknown as Promise<{ docs: SnapshotDoc[] }>
  const [latest] = (await find({}, 1)).docs
  if (!latest) return null
  const { docs } = await find({ quarter: { equals: latest.quarter } }, 0)
  const lights = new Map(docs.map((d) => [String(idOf(d.org)), d.lights ?? {}]))
  return {
    label: `среза ${latest.quarter}`,
    counts: (orgIds) =>
      lightCounts(orgIds.flatMap((id) => (lights.has(id) ? [lights.get(id)!] : []))),
  }
}
