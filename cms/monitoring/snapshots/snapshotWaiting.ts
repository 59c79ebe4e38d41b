import type { PayloadRequest } from 'payload'

/**
 * Whether a snapshot job is queued and not yet started: then another request or schedule adds
 * nothing (it would compute the same network again). A job stuck «processing» after a crash
 * does not count, so it never blocks the next quarter.
 */
export async function snapshotWaiting(req: PayloadRequest): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'snapshotMonitoring' } },
        { completedAt: { exists: false } },
        { processing: { equals: false } },
        { hasError: { not_equals: true } },
      ],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}
