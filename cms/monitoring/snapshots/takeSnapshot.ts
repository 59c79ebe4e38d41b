import { createLocalReq, type Payload } from 'payload'
import { snapshotQuarter } from '../../../domain/monitoring/quarters'
import { networkRows } from '../networkRows'
import { replaceQuarter } from './replaceQuarter'
import { snapshotRow, type SnapshotRow } from './snapshotRows'

export interface SnapshotResult {
  quarter: string
  orgs: number
}

/** Every org of the network once, as a snapshot row at `now` (networkRows). */
export async function networkSnapshotRows(payload: Payload, now: Date): Promise<SnapshotRow[]> {
  const rows = await networkRows(await createLocalReq({}, payload), now)
  return rows.map(snapshotRow)
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
