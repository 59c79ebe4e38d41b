import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { idOf } from '../../services/refs'
import { publishTransition } from '../../../domain/publishing/publishTransition'
import { storedReach } from '../../../domain/publishing/siteChange'
import { recordChange } from '../recordChange'
import { savedStates } from './savedStates'

type EventLike = {
  id: string | number
  title?: unknown
  organization?: unknown
  _status?: string | null
  reachDepth?: number | null
  receivers?: Record<string, boolean | null> | null
}

/**
 * An event travels like a post (same reach fields, same receivers), so its change is a `post`
 * change without a post id: the expansion then marks the owner and every org its reach arrives
 * at, before and after the edit (a narrowed reach clears the sites it left). There are no
 * reposts of events, which is what the missing id tells the expansion.
 */
export const trackEventChange: CollectionAfterChangeHook = async (args) => {
  const { doc, req } = args
  const { before, after } = await savedStates(args)
  const states = publishTransition(before as EventLike | null, after as EventLike | null)
  if (states.length === 0) return doc
  const title = String(states.at(-1)!.title ?? doc.title ?? doc.id)
  // An event may change its owner: each owner's sites, with the reach it had there.
  const owners = [...new Set(states.map((s) => String(idOf(s.organization))))]
  for (const owner of owners) {
    const mine = states.filter((s) => String(idOf(s.organization)) === owner)
    const org = idOf(mine[0]!.organization)
    if (org === null) continue
    await recordChange(
      req,
      { kind: 'post', org, reaches: mine.map(storedReach) },
      `Мероприятие: ${title}`,
    )
  }
  return doc
}

export const trackEventDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const [event] = publishTransition(doc as EventLike, null)
  const org = idOf(event?.organization)
  if (!event || org === null) return doc
  await recordChange(
    req,
    { kind: 'post', org, reaches: [storedReach(event)] },
    `Удалено мероприятие: ${String(event.title ?? event.id)}`,
  )
  return doc
}
