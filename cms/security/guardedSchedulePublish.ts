import {
  canAccessAdmin,
  type CollectionSlug,
  type PayloadRequest,
  type ServerFunction,
} from 'payload'
import { mayUpdateDocument } from './mayUpdateDocument'

type ScheduleArgs = {
  deleteID?: number | string
  doc?: { relationTo: string; value: number | string }
  global?: string
  req: PayloadRequest
}

const REFUSED =
  'Запланировать или отменить публикацию можно только для материалов, которые вы можете изменять.'

/** Payload stores the scheduled document as `{ relationTo, value }` with the id as a string. */
async function mayPublish(req: PayloadRequest, input: unknown): Promise<boolean> {
  const { doc, global } = (input ?? {}) as Pick<ScheduleArgs, 'doc' | 'global'>
  if (global) return false // the project has no globals; nothing to schedule there
  if (!doc?.relationTo) return false
  const collection = req.payload.collections[doc.relationTo as CollectionSlug] as
    { customIDType?: string } | undefined
  const idType = collection?.customIDType
  const numeric = (idType ?? req.payload.db.defaultIDType) === 'number'
  return mayUpdateDocument(req, doc.relationTo, numeric ? Number(doc.value) : doc.value)
}

/**
 * Payload's schedule-publish server function deletes any scheduled job by id and queues a job
 * for any document, with access overridden. This wrapper first checks update access on the
 * document of the job being cancelled and of the one being scheduled.
 */
export function guardedSchedulePublish<A extends ScheduleArgs>(
  base: ServerFunction<any, any>,
): ServerFunction<A, Promise<unknown>> {
  return async (args) => {
    const { req, deleteID, doc, global } = args
    await canAccessAdmin({ req })
    if (deleteID !== undefined && deleteID !== null && deleteID !== '') {
      const job = await req.payload.findByID({
        collection: 'payload-jobs',
        id: deleteID,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      })
      if (!job || job.taskSlug !== 'schedulePublish' || !(await mayPublish(req, job.input)))
        return { error: REFUSED }
    }
    if ((doc || global) && !(await mayPublish(req, { doc, global }))) return { error: REFUSED }
    return base(args as never)
  }
}
