import type { OrgId } from '../org/orgGraph'
import type { SyndicationGraph } from '../syndication/graph'
import { reachArrives } from '../syndication/receivers'
import type { Reach } from '../syndication/types'
import { eventEnd, hasEnded, type EventTimes } from './eventTimes'

/** How many past events a site keeps for «Прошедшие»: the archive, not the whole history. */
export const PAST_EVENTS_KEPT = 50

/** A published event as the snapshot loader reads it: its owner, reach and times. */
export interface EventReach extends EventTimes {
  id: OrgId
  org: OrgId
  reach: Reach
}

export interface SiteEvent<E extends EventReach> {
  event: E
  ended: boolean
}

/**
 * The events one org's site shows: its own and those of the orgs above it (parent and
 * membership edges, as posts travel) whose reach arrives at it. Upcoming ones first, soonest
 * first; then the newest `PAST_EVENTS_KEPT` past ones, latest first.
 */
export function siteEvents<E extends EventReach>(
  graph: SyndicationGraph,
  org: OrgId,
  events: readonly E[],
  now: Date,
): SiteEvent<E>[] {
  const kind = graph.org(org)?.kind ?? ''
  const above = graph.distances(org, 'up')
  const shown = events.filter((event) => {
    const distance = above.get(String(event.org))
    if (distance === undefined) return false
    return distance === 0 || reachArrives(event.reach, distance, kind, above)
  })
  const start = (e: EventTimes) => new Date(e.startsAt).getTime()
  const tie = (a: E, b: E) => String(a.id).localeCompare(String(b.id))
  const upcoming = shown
    .filter((e) => !hasEnded(e, now))
    .sort((a, b) => start(a) - start(b) || tie(a, b))
  const past = shown
    .filter((e) => hasEnded(e, now))
    .sort((a, b) => eventEnd(b).getTime() - eventEnd(a).getTime() || tie(a, b))
    .slice(0, PAST_EVENTS_KEPT)
  return [
    ...upcoming.map((event) => ({ event, ended: false })),
    ...past.map((event) => ({ event, ended: true })),
  ]
}
