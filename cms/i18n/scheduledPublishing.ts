import type { SchedulePublish } from 'payload'

/**
 * Scheduled publishing as Russian editors read time: Payload's drawer lists the times
 * «12:00 ДП … 11:55 ПП» by default; here «00:00 … 23:55», like the admin's dates (issue 19).
 */
export const SCHEDULED_PUBLISHING: SchedulePublish = { timeFormat: 'HH:mm' }
