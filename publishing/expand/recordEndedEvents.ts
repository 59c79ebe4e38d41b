import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
} from 'payload'
import { recordChange } from '../../cms/publishing/recordChange'
import { idOf } from '../../cms/services/refs'
import { NAMED_ORGS_SELECT, storedReach } from '../../domain/publishing/siteChange'

/** How many ended events one check handles; the rest wait for the next check. */
const BATCH = 500
/** A worker checks at most this often: an ended event leaves «Анонсы» within about a minute. */
export const ENDED_CHECK_MS = 60_000

const lastCheck = new WeakMap<Payload, number>()

/**
 * Time passes without an edit: an event that has ended must leave «Анонсы» of every site that
 * shows it. Finds the published events that ended since their last save or check (one query on
 * the `(_status, endsAt)` index with the `endRecorded` flag), records one change per event
 * with its reach, as a save would, and sets the flag — in one transaction, so an event is
 * announced once, or again after a failure, never lost. Several workers may race: a change
 * recorded twice only rebuilds the same sites twice. Returns how many events it recorded.
 */
export async function recordEndedEvents(payload: Payload, now = new Date()): Promise<number> {
  const req = await createLocalReq({}, payload)
  const { docs } = await payload.find({
    collection: 'events',
    where: {
      and: [
        { _status: { equals: 'published' } },
        { endsAt: { less_than_equal: now.toISOString() } },
        { endRecorded: { not_equals: true } },
      ],
    },
    select: {
      title: true,
      organization: true,
      reachDepth: true,
      receivers: true,
      reach: NAMED_ORGS_SELECT,
    },
    depth: 0,
    limit: BATCH,
    overrideAccess: true,
    req,
  })
  if (docs.length === 0) return 0
  await initTransaction(req)
  try {
    for (const event of docs) {
      const org = idOf(event.organization)
      if (org === null) continue
      const change = { kind: 'post' as const, org, reaches: [storedReach(event)] }
      await recordChange(req, change, `Мероприятие прошло: ${event.title}`)
    }
    // The main row only: no new version, no hooks (this is not an editor's save).
    await payload.db.updateMany({
      collection: 'events',
      where: { id: { in: docs.map((d) => d.id) } },
      data: { endRecorded: true },
      req,
    })
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  return docs.length
}

/** recordEndedEvents at most once per ENDED_CHECK_MS per worker process (a round runs often). */
export async function recordEndedEventsEvery(payload: Payload, now = Date.now()): Promise<void> {
  // A Payload without events (the rounds' unit tests run on a stub) has nothing to check.
  if (!payload.collections?.events) return
  if (now - (lastCheck.get(payload) ?? 0) < ENDED_CHECK_MS) return
  lastCheck.set(payload, now)
  await recordEndedEvents(payload, new Date(now))
}
