import type { Payload } from 'payload'
import { takeSnapshot } from '../../cms/monitoring/snapshots/takeSnapshot'
import { timeRepeated, type Stats } from './stats'

/**
 * The quarterly snapshot of the whole synthetic network (issue 18's target: 10,000 orgs under a
 * minute): the job's work itself, subtreeIndicators from each root and the batched insert, run
 * 3 times on the same quarter (each rerun replaces the rows, as a second job would).
 */
export async function snapshotBench(
  payload: Payload,
): Promise<{ snapshot: Stats; snapshotRows: number }> {
  let snapshotRows = 0
  const snapshot = await timeRepeated(3, 0, async () => {
    snapshotRows = (await takeSnapshot(payload, { quarter: '2000-Q1' })).orgs
  })
  return { snapshot, snapshotRows }
}
