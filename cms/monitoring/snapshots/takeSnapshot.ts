import { createLocalReq, type Payload } from 'payload'
import { snapshotQuarter } from '../../../domain/monitoring/quarters'
import { indicatorRows } from '../indicatorRows'
import { networkRootIds } from './networkRootIds'
import { replaceQuarter } from './replaceQuarter'
import { snapshotRow, type SnapshotRow } from './snapshotRows'

export interface SnapshotResult {
  quarter: string
  orgs: number
}

/**
 * Every org of the network once, as a snapshot row at `now`: the grouped statements of
 * indicatorRows from each root (a root has no ancestors), as the system — the job acts for
 * nobody, so no user's scope applies.
 */
export async function networkSnapshotRows(payload: Payload, now: Date): Promise<SnapshotRow[]> {
  const req = await createLocalReq({}, payload)
  const rows: SnapshotRow[] = []
  const seen = new Set<number>()
  for (const rootId of await networkRootIds(req)) {
    for (const row of await indicatorRows(req, { id: rootId, ancestors: [] }, { now })) {
      const snap = snapshotRow(row)
      if (seen.has(snap.org)) continue
      seen.add(snap.org)
      rows.push(snap)
    }
  }
  return rows
}

/**
 * Takes the monitoring's snapshot of the whole network, written as `quarter` (by default the
 * one `now` stands for: see snapshotQuarter). Idempotent: running a quarter again replaces its
 * rows.
 */
export async function takeSnapshot(
  payload: Payload,
  { now = new Date(), quarter = snapshotQuarter(now) }: { now?: Date; quarter?: string } = {},
): Promise<SnapshotResult> {
  const rows = await networkSnapshotRows(payload, now)
  await replaceQuarter(await createLocalReq({}, payload), quarter, now, rows)
  return { quarter, orgs: rows.length }
}
