import type { PayloadRequest } from 'payload'
import { jobWaiting } from '../../jobs/jobWaiting'

/**
 * Whether a snapshot job is queued and not yet started: then another request or schedule adds
 * nothing (it would compute the same network again); a job stuck after a crash never blocks the
 * next quarter (jobWaiting).
 */
export const snapshotWaiting = (req: PayloadRequest): Promise<boolean> =>
  jobWaiting(req, 'snapshotMonitoring')
