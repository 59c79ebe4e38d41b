import { z } from 'zod'
import { hostedHttpUrl, isoDateTime, slug } from './primitives'
import { id, mediaRef, provenance } from './parts'

/**
 * An event (анонс мероприятия) as a site shows it: the org's own or one that reaches it from
 * above, with its provenance. `ended` is decided when the snapshot is made (the worker records
 * a change when an event ends), so that a page never depends on the time it is rendered at.
 */
export const eventSchema = z.strictObject({
  id,
  title: z.string().min(1),
  /** Unique among the site's events; a received event clashing with another gets a suffix. */
  slug,
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  allDay: z.boolean().default(false),
  place: z.string().min(1).optional(),
  onlineUrl: hostedHttpUrl.optional(),
  registrationUrl: hostedHttpUrl.optional(),
  lead: z.string().default(''),
  html: z.string().default(''),
  cover: mediaRef.optional(),
  updatedAt: isoDateTime,
  ended: z.boolean(),
  provenance,
})

export type SiteEvent = z.infer<typeof eventSchema>
