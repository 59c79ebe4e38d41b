import type { PayloadRequest } from 'payload'
import { moscowDay, moscowMidnight } from '../../../domain/time/moscow'
import { isFirstDayOfQuarter, snapshotQuarter } from '../../../domain/monitoring/quarters'
import { snapshotWaiting } from './snapshotWaiting'

/**
 * Whether the scheduled snapshot is due at `now`: on a quarter's first Moscow day, once (not if
 * that day already wrote the closing quarter's rows, nor while a run is queued).
 */
export async function snapshotDue(req: PayloadRequest, now: Date): Promise<boolean> {
  if (!isFirstDayOfQuarter(now)) return false
  if (await snapshotWaiting(req)) return false
  const dayStart = moscowMidnight(moscowDay(now)).toISOString()
  const { totalDocs } = await req.payload.count({
    collection: 'monitoring-snapshots',
    where: {
      and: [
        { quarter: { equals: snapshotQuarter(now) } },
        { takenAt: { greater_than_equal: dayStart } },
      ],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs === 0
}
