import { z } from 'zod'
import { PUBLISH_STATUSES } from '../../domain/contentTypes'
import { reachEntry } from './entries'
import { isoDate, key, postSlug } from './primitives'

const httpsUrl = z.url({ protocol: /^https$/ })
/** «10:00»: a local time of day in the bundle's time zone. */
const timeOfDay = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'a time like 10:00')

/**
 * One event of events/*.json. Its day is either fixed (`startsAt`, ISO) or `inDays` after the
 * day of the import, so that a demo's events stay upcoming whenever it is seeded.
 */
export const eventEntry = z
  .object({
    key,
    org: key,
    title: z.string().min(5),
    slug: postSlug.optional(),
    startsAt: isoDate.optional(),
    inDays: z.number().int().min(-3650).max(3650).optional(),
    /** With `inDays`: the local start time (none: an all-day event). */
    time: timeOfDay.optional(),
    durationHours: z
      .number()
      .positive()
      .max(24 * 14)
      .optional(),
    allDay: z.boolean().default(false),
    place: z.string().min(3).optional(),
    onlineUrl: httpsUrl.optional(),
    registrationUrl: httpsUrl.optional(),
    lead: z.string().min(10),
    /** Markdown. */
    description: z.string().default(''),
    cover: key.optional(),
    reach: reachEntry.optional(),
    status: z.enum(PUBLISH_STATUSES).default('published'),
  })
  .strict()
  .refine((e) => (e.startsAt === undefined) !== (e.inDays === undefined), {
    message: 'give either startsAt or inDays',
    path: ['startsAt'],
  })
  .refine((e) => e.place !== undefined || e.onlineUrl !== undefined, {
    message: 'give a place or an onlineUrl',
    path: ['place'],
  })

export type EventEntry = z.infer<typeof eventEntry>
