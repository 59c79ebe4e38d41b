import type { PayloadRequest } from 'payload'
import type { OrgRow } from '../../domain/monitoring/indicatorTypes'
import { indicatorRows } from './indicatorRows'

/**
 * Every org's monitoring row, computed ONCE per network root (orgs without a parent: a
 * federation, an independent union) with the grouped statements of indicatorRows, as the system
 * (no user: the snapshot and reminder jobs act for nobody and decide themselves who sees what).
 * Never one subtree computation per org.
 */
export async function networkRows(req: PayloadRequest, now: Date): Promise<OrgRow[]> {
  const { docs } = await req.payload.find({
    collection: 'organizations',
    where: { parent: { exists: false } },
    select: {},
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const rows: OrgRow[] = []
  const seen = new Set<string>()
  for (const root of docs) {
    // A root has no ancestors; its rows carry depth and parent, enough to rebuild subtrees.
    for (const row of await indicatorRows(req, { id: root.id, ancestors: [] }, { now })) {
      if (seen.has(row.id)) continue
      seen.add(row.id)
      rows.push(row)
    }
  }
  return rows
}
