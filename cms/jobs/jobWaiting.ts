import type { PayloadRequest, TaskConfig } from 'payload'

type TaskSlug = TaskConfig['slug']
type BeforeSchedule = NonNullable<
  NonNullable<NonNullable<TaskConfig['schedule']>[number]['hooks']>['beforeSchedule']
>

/**
 * Whether a job of `task` is queued and not yet started: then a schedule or a request adds
 * nothing (it would do the same work again). A job stuck «processing» after a crash, or failed
 * for good, does not count — Payload's default would let it block every later run — so the next
 * run finishes what it left (the jobs that use this are idempotent: delivery-log claims,
 * cursors, a quarter replaced whole).
 */
export async function jobWaiting(req: PayloadRequest, task: TaskSlug): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: task } },
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

/** A schedule's `beforeSchedule` that queues `task` unless one is waiting already. */
export const unlessWaiting =
  (task: TaskSlug): BeforeSchedule =>
  async ({ req }) => ({ shouldSchedule: !(await jobWaiting(req, task)), input: {} })
