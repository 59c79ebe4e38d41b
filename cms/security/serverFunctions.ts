import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import type { ServerFunction } from 'payload'
import { guardedSchedulePublish } from './guardedSchedulePublish'

/**
 * The admin's server functions that this project replaces, passed to handleServerFunctions in
 * app/(payload)/layout.tsx (they take precedence over Payload's own of the same name). The
 * guarded form-state is added there: its handler imports the admin's styles, which only Next
 * can load.
 */
export const serverFunctions: Record<string, ServerFunction<any, any>> = {
  'schedule-publish': guardedSchedulePublish(schedulePublishHandler),
}
