import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { eventDatesProblem, eventEnd, hasEnded } from '../../../../domain/publishing/eventTimes'

/**
 * Refuses an end before the start (a hook, not field validation: Payload skips validation for
 * drafts), stores the end the sites use (an empty end is the start, or the end of the day for
 * an all-day event) and whether the sites already know the event is over: the worker's
 * recordEndedEvents looks for published events that ended without a save since.
 */
export const checkEventDates: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  req,
  collection,
}) => {
  const startsAt = data.startsAt ?? originalDoc?.startsAt
  const endsAt = 'endsAt' in data ? data.endsAt : originalDoc?.endsAt
  const allDay = data.allDay ?? originalDoc?.allDay ?? false
  const problem = eventDatesProblem(startsAt, endsAt)
  if (problem)
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: startsAt ? 'endsAt' : 'startsAt', message: problem }],
      req,
    })
  const times = { startsAt: String(startsAt), endsAt: endsAt || null, allDay: Boolean(allDay) }
  data.endsAt = eventEnd(times).toISOString()
  // This save rebuilds the event's sites anyway, with the event already where it belongs.
  data.endRecorded = hasEnded(times, new Date())
  return data
}
